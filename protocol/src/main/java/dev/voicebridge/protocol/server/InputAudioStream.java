package dev.voicebridge.protocol.server;

/**
 * The input side of a session: decoded audio flows into the {@link InputAudioBuffer} and, with turn
 * detection on, through the {@link ServerVad}, whose sample positions become the {@code
 * audio_start_ms}/{@code audio_end_ms} of the VAD events.
 *
 * <p>Milliseconds count all audio appended in the session: when the input format or rate changes,
 * the time reached so far becomes the origin of the new rate's positions, and the buffer and any
 * turn in progress are dropped. A change of VAD settings alone keeps the buffer but ends a turn in
 * progress. While no turn is open only the audio that prefix padding may reach back to is kept.
 */
final class InputAudioStream implements ServerVad.Listener {

  /** Receives turn boundaries, during {@link #append}. */
  interface Listener {
    /**
     * VAD found the start of a turn.
     *
     * @param audioStartMs start of the turn, prefix padding included
     */
    void onSpeechStarted(long audioStartMs);

    /**
     * VAD found the end of a turn and committed it.
     *
     * @param audioEndMs end of the turn, trailing silence included
     * @param audio the turn's samples at {@link #sampleRate()}, in an array borrowed from the
     *     stream's {@link SampleArrays}; the listener owns it
     */
    void onSpeechStopped(long audioEndMs, AudioClip audio);
  }

  /** Audio dropped from an idle buffer at a time, so trimming stays rare. */
  private static final int TRIM_SLACK_MS = 1000;

  private final Listener listener;
  private final SampleArrays arrays;
  private final int maxBufferedAudioMs;
  private final InputAudioBuffer buffer = new InputAudioBuffer();

  private int rate;
  private long originMs;
  private long position;
  private TurnDetection turnDetection;
  private ServerVad vad;
  private long vadOrigin;
  private long turnStart;

  /**
   * @param arrays where committed turns get their arrays
   */
  InputAudioStream(Listener listener, SampleArrays arrays, int maxBufferedAudioMs) {
    this.listener = listener;
    this.arrays = arrays;
    this.maxBufferedAudioMs = maxBufferedAudioMs;
  }

  /** Applies a session configuration (at start and after every accepted update). */
  void configure(SessionConfig config) {
    if (config.inputRate() != rate) {
      originMs = rate == 0 ? 0 : msAt(position);
      rate = config.inputRate();
      position = 0;
      buffer.reset(0);
      vad = null;
    }
    if (vad == null || !java.util.Objects.equals(config.turnDetection(), turnDetection)) {
      turnDetection = config.turnDetection();
      vadOrigin = position;
      vad = turnDetection == null ? null : new ServerVad(turnDetection, rate, this);
    }
  }

  int sampleRate() {
    return rate;
  }

  /** Session milliseconds at a position of the current rate. */
  long msAt(long samplePosition) {
    return originMs + samplePosition * 1000 / rate;
  }

  /** Milliseconds of audio waiting in the buffer. */
  long bufferedMs() {
    return (buffer.end() - buffer.start()) * 1000 / rate;
  }

  /** Whether VAD is inside a turn. */
  boolean speaking() {
    return vad != null && vad.speaking();
  }

  /** Appends decoded samples at the session's input rate and runs VAD over them. */
  void append(short[] pcm) {
    append(pcm, pcm.length);
  }

  /** Appends the first {@code count} samples of {@code pcm} (a reused array) and runs VAD. */
  void append(short[] pcm, int count) {
    buffer.append(pcm, 0, count);
    position += count;
    long maxSamples = (long) maxBufferedAudioMs * rate / 1000;
    if (buffer.end() - buffer.start() > maxSamples) {
      buffer.dropBefore(buffer.end() - maxSamples);
    }
    if (vad == null) {
      return;
    }
    vad.process(pcm, 0, count);
    if (!vad.speaking()) {
      long keep =
          (long) (turnDetection.prefixPaddingMs() + turnDetection.speechDurationMs() + 10)
              * rate
              / 1000;
      if (buffer.end() - buffer.start() > keep + (long) TRIM_SLACK_MS * rate / 1000) {
        buffer.dropBefore(buffer.end() - keep);
      }
    }
  }

  /** Whether a manual commit has anything to commit. */
  boolean hasBufferedAudio() {
    return !buffer.isEmpty();
  }

  /** Commits everything buffered (a manual commit); a turn in progress ends without a stop. */
  AudioClip commitAll() {
    if (vad != null) {
      vad.reset();
    }
    return buffer.take(buffer.start(), buffer.end(), arrays);
  }

  /** Drops the buffer and any turn in progress. */
  void clear() {
    if (vad != null) {
      vad.reset();
    }
    buffer.clear();
  }

  @Override
  public void onSpeechStarted(long startSample, long triggerSample) {
    turnStart = Math.max(vadOrigin + startSample, buffer.start());
    listener.onSpeechStarted(msAt(turnStart));
  }

  @Override
  public void onSpeechStopped(long endSample) {
    long end = vadOrigin + endSample;
    AudioClip audio = buffer.take(turnStart, end, arrays);
    listener.onSpeechStopped(msAt(end), audio);
  }
}
