package dev.voicebridge.protocol.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The local server's two frames per session that matter at 1000 sessions: reading an {@code
 * input_audio_buffer.append} of 20 ms at 24 kHz (50 a second per session) into the session's
 * reused buffers, and writing a {@code response.audio.delta} of 100 ms at 24 kHz. Lives in the
 * server's package because both paths are package-private.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LocalServerFramesBenchmark {

  private final PooledByteBufAllocator alloc = PooledByteBufAllocator.DEFAULT;
  private final AppendScratch scratch = new AppendScratch();
  private final short[] response = new short[2400];
  private final byte[] deltaAudio = new byte[4800];
  private ByteBuf append;

  /** Noise-like audio, so base64 sees every byte value. */
  @Setup
  public void setUp() {
    byte[] pcm = new byte[960];
    new SplittableRandom(7).nextBytes(pcm);
    byte[] json =
        ("{\"type\":\"input_audio_buffer.append\",\"audio\":\""
                + Base64.getEncoder().encodeToString(pcm)
                + "\",\"event_id\":\"evt_0001\"}")
            .getBytes(StandardCharsets.US_ASCII);
    append = alloc.directBuffer(json.length).writeBytes(json);
    SplittableRandom random = new SplittableRandom(8);
    for (int i = 0; i < response.length; i++) {
      response[i] = (short) random.nextInt();
    }
  }

  /** Releases the append frame. */
  @TearDown
  public void tearDown() {
    append.release();
  }

  /** An append frame, as Netty hands it over (direct memory), to decoded bytes. */
  @Benchmark
  public int readAppend() {
    return AppendFastPath.read(append, 1 << 20, scratch);
  }

  /** A 100 ms delta from the response's samples to the frame's JSON in a pooled buffer. */
  @Benchmark
  public int writeDelta() {
    int bytes = AudioConversions.encodeOutput(OutputFormat.PCM16, response, 0, 2400, deltaAudio);
    int size = DeltaJson.length("resp_0001", "item_0001", bytes);
    ByteBuf frame = alloc.directBuffer(size, size);
    DeltaJson.write("resp_0001", "item_0001", deltaAudio, bytes, frame);
    int n = frame.readableBytes();
    frame.release();
    return n;
  }

  /** The same into a heap buffer, which the socket write then copies to direct memory. */
  @Benchmark
  public int writeDeltaHeap() {
    int bytes = AudioConversions.encodeOutput(OutputFormat.PCM16, response, 0, 2400, deltaAudio);
    int size = DeltaJson.length("resp_0001", "item_0001", bytes);
    ByteBuf frame = alloc.heapBuffer(size, size);
    DeltaJson.write("resp_0001", "item_0001", deltaAudio, bytes, frame);
    ByteBuf direct = alloc.directBuffer(size, size);
    direct.writeBytes(frame);
    int n = direct.readableBytes();
    direct.release();
    frame.release();
    return n;
  }
}
