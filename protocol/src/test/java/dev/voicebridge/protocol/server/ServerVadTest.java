package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ServerVadTest {

  /** Records boundaries in milliseconds, exact because positions count samples. */
  private static final class Recorder implements ServerVad.Listener {
    final int rate;
    final List<String> events = new ArrayList<>();

    Recorder(int rate) {
      this.rate = rate;
    }

    @Override
    public void onSpeechStarted(long startSample, long triggerSample) {
      events.add("started " + ms(startSample) + " at " + ms(triggerSample));
    }

    @Override
    public void onSpeechStopped(long endSample) {
      events.add("stopped " + ms(endSample));
    }

    private String ms(long sample) {
      return Long.toString(sample * 1000 / rate);
    }
  }

  private static TurnDetection vad(double threshold, int prefix, int silence, int speech) {
    return new TurnDetection("server_vad", threshold, prefix, silence, speech, true, true, false);
  }

  private static List<String> run(TurnDetection params, TestSignal signal, int chunk) {
    Recorder recorder = new Recorder(signal.rate);
    ServerVad vad = new ServerVad(params, signal.rate, recorder);
    for (int off = 0; off < signal.samples.length; off += chunk) {
      vad.process(signal.samples, off, Math.min(chunk, signal.samples.length - off));
    }
    return recorder.events;
  }

  static Stream<Arguments> parameterSets() {
    return Stream.of(
        Arguments.of(
            "defaults at 24 kHz",
            24000,
            vad(0.5, 300, 500, 0),
            List.of("started 700 at 1010", "stopped 2300")),
        Arguments.of(
            "defaults at 16 kHz",
            16000,
            vad(0.5, 300, 500, 0),
            List.of("started 700 at 1010", "stopped 2300")),
        Arguments.of(
            "defaults at 8 kHz",
            8000,
            vad(0.5, 300, 500, 0),
            List.of("started 700 at 1010", "stopped 2300")),
        Arguments.of(
            "no padding, short silence",
            24000,
            vad(0.5, 0, 200, 0),
            List.of("started 1000 at 1010", "stopped 2000")),
        Arguments.of(
            "long padding, long silence",
            8000,
            vad(0.5, 400, 800, 0),
            List.of("started 600 at 1010", "stopped 2600")),
        Arguments.of(
            "minimum speech duration",
            16000,
            vad(0.5, 300, 500, 200),
            List.of("started 700 at 1200", "stopped 2300")),
        Arguments.of(
            "silence not a multiple of the frame",
            24000,
            vad(0.5, 300, 495, 0),
            List.of("started 700 at 1010", "stopped 2300")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parameterSets")
  void reportsExactStartAndStopOfOneToneBurst(
      String name, int rate, TurnDetection params, List<String> expected) {
    TestSignal signal = new TestSignal(rate).silence(1000).tone(800, -20).silence(1000);

    assertThat(run(params, signal, rate / 50)).containsExactlyElementsOf(expected);
  }

  @Test
  void chunkSizeDoesNotMoveTheBoundaries() {
    TestSignal signal = new TestSignal(24000).silence(1000).tone(800, -20).silence(1000);

    assertThat(run(vad(0.5, 300, 500, 0), signal, 37))
        .containsExactly("started 700 at 1010", "stopped 2300");
  }

  @Test
  void prefixPaddingIsClippedAtTheStartOfTheStream() {
    TestSignal signal = new TestSignal(24000).silence(100).tone(500, -20).silence(600);

    assertThat(run(vad(0.5, 300, 500, 0), signal, 480))
        .containsExactly("started 0 at 110", "stopped 1100");
  }

  @Test
  void pauseShorterThanSilenceDurationKeepsTheTurnOpen() {
    TestSignal signal =
        new TestSignal(24000).silence(500).tone(300, -20).silence(400).tone(300, -20).silence(700);

    assertThat(run(vad(0.5, 300, 500, 0), signal, 480))
        .containsExactly("started 200 at 510", "stopped 2000");
  }

  @Test
  void burstShorterThanSpeechDurationIsIgnored() {
    TestSignal signal =
        new TestSignal(16000).silence(500).tone(100, -20).silence(500).tone(600, -20).silence(700);

    assertThat(run(vad(0.5, 300, 500, 200), signal, 320))
        .containsExactly("started 800 at 1300", "stopped 2200");
  }

  @Test
  void quietToneCountsOnlyUnderALowThreshold() {
    TestSignal signal = new TestSignal(24000).silence(500).tone(500, -45).silence(700);

    assertThat(run(vad(0.5, 300, 500, 0), signal, 480)).isEmpty();
    assertThat(run(vad(0.3, 300, 500, 0), signal, 480))
        .containsExactly("started 200 at 510", "stopped 1500");
  }

  @Test
  void twoTurnsAreReportedInOrder() {
    TestSignal signal =
        new TestSignal(8000).silence(400).tone(300, -20).silence(600).tone(200, -10).silence(600);

    assertThat(run(vad(0.5, 300, 500, 0), signal, 160))
        .containsExactly(
            "started 100 at 410", "stopped 1200", "started 1000 at 1310", "stopped 2000");
  }

  @Test
  void thresholdMapsLinearlyInDecibels() {
    assertThat(ServerVad.thresholdDbfs(0.0)).isEqualTo(-65.0);
    assertThat(ServerVad.thresholdDbfs(0.5)).isEqualTo(-40.0);
    assertThat(ServerVad.thresholdDbfs(0.9)).isCloseTo(-20.0, within(1e-9));
  }

  @Test
  void resetForgetsTheTurnInProgress() {
    Recorder recorder = new Recorder(24000);
    ServerVad vad = new ServerVad(vad(0.5, 0, 500, 0), 24000, recorder);
    TestSignal speech = new TestSignal(24000).tone(300, -20);
    TestSignal quiet = new TestSignal(24000).silence(1000);

    vad.process(speech.samples, 0, speech.samples.length);
    vad.reset();
    vad.process(quiet.samples, 0, quiet.samples.length);

    assertThat(recorder.events).containsExactly("started 0 at 10");
    assertThat(vad.speaking()).isFalse();
    assertThat(vad.position()).isEqualTo(31200);
  }
}
