package dev.voicebridge.bench;

import dev.voicebridge.codec.frame.G711ToPcm16;
import dev.voicebridge.codec.frame.Pcm16ToG711;
import dev.voicebridge.codec.g711.G711Law;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-call audio conversion of one 20 ms frame, each way, as the media path runs it 50 times
 * a second per call: the caller's mu-law to the model's PCM16, and the model's PCM16 back to
 * mu-law. A call-second costs 50 x {@code roundTrip}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CallAudioBenchmark {

  /** The model's PCM16 rate: 24 kHz (Voice Live's default) or 16 kHz. */
  @Param({"24000", "16000"})
  int modelRate;

  private G711ToPcm16 uplink;
  private Pcm16ToG711 downlink;
  private final byte[] callerFrame = new byte[160];
  private byte[] modelFrame;
  private byte[] pcmOut;
  private final byte[] g711Out = new byte[400];

  /** Speech-like input: a wandering tone with noise, so no branch is trivially predicted. */
  @Setup
  public void setUp() {
    uplink = new G711ToPcm16(G711Law.ULAW, modelRate);
    downlink = new Pcm16ToG711(modelRate, G711Law.ULAW);
    SplittableRandom random = new SplittableRandom(42);
    short[] pcm = new short[160];
    for (int i = 0; i < pcm.length; i++) {
      pcm[i] = (short) (8000 * Math.sin(i * 0.3) + random.nextInt(-2000, 2000));
    }
    G711Law.ULAW.encode(pcm, 0, callerFrame, 0, pcm.length);
    modelFrame = new byte[modelRate / 50 * 2];
    for (int i = 0; i < modelFrame.length / 2; i++) {
      short s = (short) (8000 * Math.sin(i * 0.1) + random.nextInt(-2000, 2000));
      modelFrame[2 * i] = (byte) s;
      modelFrame[2 * i + 1] = (byte) (s >> 8);
    }
    pcmOut = new byte[uplink.maxOutputBytes(160)];
  }

  /** Caller to model: mu-law 8 kHz decode, then upsampling to the model's rate. */
  @Benchmark
  public int ulawToPcm16() {
    return uplink.convert(callerFrame, 0, callerFrame.length, pcmOut, 0);
  }

  /** Model to caller: downsampling to 8 kHz, then mu-law encode. */
  @Benchmark
  public int pcm16ToUlaw() {
    return downlink.convert(modelFrame, 0, modelFrame.length, g711Out, 0);
  }

  /** Both directions of one 20 ms frame: a call-second is 50 of these. */
  @Benchmark
  public int roundTrip() {
    return uplink.convert(callerFrame, 0, callerFrame.length, pcmOut, 0)
        + downlink.convert(modelFrame, 0, modelFrame.length, g711Out, 0);
  }
}
