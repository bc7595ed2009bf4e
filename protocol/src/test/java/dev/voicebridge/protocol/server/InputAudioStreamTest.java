package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputAudioStreamTest {

  /** Records turns as text, and keeps the committed audio. */
  private static final class Turns implements InputAudioStream.Listener {
    final List<String> events = new ArrayList<>();
    final List<short[]> audio = new ArrayList<>();

    @Override
    public void onSpeechStarted(long audioStartMs) {
      events.add("started " + audioStartMs);
    }

    @Override
    public void onSpeechStopped(long audioEndMs, AudioClip clip) {
      events.add("stopped " + audioEndMs);
      audio.add(Arrays.copyOf(clip.samples(), clip.length()));
    }
  }

  private static SessionConfig session(String update) {
    try {
      return SessionConfigMerger.merge(
          SessionConfig.defaults(),
          (ObjectNode) ServerJson.MAPPER.readTree(update.replace('\'', '"')));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static void feed(InputAudioStream stream, TestSignal signal, int chunk) {
    for (int off = 0; off < signal.samples.length; off += chunk) {
      int len = Math.min(chunk, signal.samples.length - off);
      short[] part = new short[len];
      System.arraycopy(signal.samples, off, part, 0, len);
      stream.append(part);
    }
  }

  @Test
  void turnAudioRunsFromPaddedStartToTheEndOfSilence() {
    Turns turns = new Turns();
    InputAudioStream stream = new InputAudioStream(turns, new SampleArrays(), 60_000);
    stream.configure(SessionConfig.defaults());
    TestSignal signal = new TestSignal(24000).silence(3000).tone(400, -20).silence(700);

    feed(stream, signal, 480);

    assertThat(turns.events).containsExactly("started 2700", "stopped 3900");
    assertThat(turns.audio.get(0)).containsExactly(signal.slice(2700, 3900));
  }

  @Test
  void nextTurnsPaddingStopsAtThePreviousTurnsEnd() {
    Turns turns = new Turns();
    InputAudioStream stream = new InputAudioStream(turns, new SampleArrays(), 60_000);
    stream.configure(SessionConfig.defaults());
    TestSignal signal =
        new TestSignal(24000).silence(500).tone(200, -20).silence(600).tone(200, -20).silence(600);

    feed(stream, signal, 480);

    // The second tone starts at 1300 ms: its padding would reach 1000, but the first turn
    // ended (and was committed) at 1200.
    assertThat(turns.events)
        .containsExactly("started 200", "stopped 1200", "started 1200", "stopped 2000");
  }

  @Test
  void millisecondsCountAllAudioAcrossAFormatChange() {
    Turns turns = new Turns();
    InputAudioStream stream = new InputAudioStream(turns, new SampleArrays(), 60_000);
    stream.configure(SessionConfig.defaults());
    feed(stream, new TestSignal(24000).silence(1000), 480);

    stream.configure(session("{'input_audio_format':'g711_ulaw'}"));
    feed(stream, new TestSignal(8000).silence(500).tone(300, -20).silence(600), 160);

    assertThat(stream.sampleRate()).isEqualTo(8000);
    assertThat(turns.events).containsExactly("started 1200", "stopped 2300");
  }

  @Test
  void withVadOffAudioWaitsForAManualCommit() {
    Turns turns = new Turns();
    InputAudioStream stream = new InputAudioStream(turns, new SampleArrays(), 60_000);
    stream.configure(session("{'turn_detection':null}"));
    TestSignal signal = new TestSignal(16000).tone(300, -20).silence(1000);

    stream.configure(session("{'turn_detection':null,'input_audio_sampling_rate':16000}"));
    feed(stream, signal, 320);

    assertThat(turns.events).isEmpty();
    assertThat(stream.bufferedMs()).isEqualTo(1300);
    AudioClip committed = stream.commitAll();
    assertThat(Arrays.copyOf(committed.samples(), committed.length()))
        .containsExactly(signal.samples);
    assertThat(stream.hasBufferedAudio()).isFalse();
  }

  @Test
  void clearDropsTheTurnInProgress() {
    Turns turns = new Turns();
    InputAudioStream stream = new InputAudioStream(turns, new SampleArrays(), 60_000);
    stream.configure(SessionConfig.defaults());
    feed(stream, new TestSignal(24000).silence(500).tone(300, -20), 480);

    stream.clear();
    feed(stream, new TestSignal(24000).silence(1000), 480);

    assertThat(turns.events).containsExactly("started 200");
    assertThat(stream.speaking()).isFalse();
  }

  @Test
  void idleBufferKeepsOnlyWhatPaddingCanReach() {
    InputAudioStream stream = new InputAudioStream(new Turns(), new SampleArrays(), 60_000);
    stream.configure(SessionConfig.defaults());

    feed(stream, new TestSignal(24000).silence(10_000), 480);

    assertThat(stream.bufferedMs()).isLessThanOrEqualTo(310 + 1000);
  }
}
