package dev.voicebridge.protocol.client;

import dev.voicebridge.protocol.event.ClientEventInputAudioBufferAppend;
import dev.voicebridge.protocol.event.ServerEvent;
import dev.voicebridge.protocol.event.ServerEventResponseAudioDelta;
import dev.voicebridge.protocol.event.VoiceLiveJson;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Voice Live JSON on a call's hot path, per frame: building the {@code
 * input_audio_buffer.append} of 20 ms of 24 kHz PCM16 (960 bytes, sent 50 times a second per
 * call) and parsing a {@code response.audio.delta} of 100 ms (4800 bytes), each by the client's
 * fast path and, for comparison, by the general Jackson path. Lives in the client's package
 * because the fast paths are package-private.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VoiceLiveFramesBenchmark {

  private final PooledByteBufAllocator alloc = PooledByteBufAllocator.DEFAULT;
  private final byte[] pcm20ms = new byte[960];
  private byte[] delta100ms;
  private final ServerEventReader reader = new ServerEventReader();

  /** Noise-like audio, so base64 sees every byte value. */
  @Setup
  public void setUp() {
    new SplittableRandom(7).nextBytes(pcm20ms);
    byte[] audio = new byte[4800];
    new SplittableRandom(8).nextBytes(audio);
    delta100ms =
        VoiceLiveJson.writeValueAsBytes(
            ServerEventResponseAudioDelta.of("resp_001", "item_001", 0, 0, audio));
  }

  /** The append fast path: JSON and base64 written straight into a pooled buffer. */
  @Benchmark
  public int appendFastPath() {
    ByteBuf frame = AppendFrames.encode(alloc, pcm20ms, 0, pcm20ms.length);
    int n = frame.readableBytes();
    frame.release();
    return n;
  }

  /** The general path for comparison: the event record through Jackson to bytes. */
  @Benchmark
  public byte[] appendJackson() {
    return VoiceLiveJson.writeValueAsBytes(ClientEventInputAudioBufferAppend.of(pcm20ms));
  }

  /** The delta fast path: a token walk to {@code delta} and one base64 decode. */
  @Benchmark
  public ServerEvent deltaFastPath() throws IOException {
    return reader.read(delta100ms, 0, delta100ms.length);
  }

  /** The general path for comparison: Jackson's polymorphic read of the same frame. */
  @Benchmark
  public ServerEvent deltaJackson() throws IOException {
    return VoiceLiveJson.parseServerEvent(delta100ms);
  }
}
