package dev.voicebridge.protocol.server;

/**
 * An energy voice activity detector that reports where a turn starts and ends, in samples.
 *
 * <p>Audio is cut into 10 ms frames at the input rate. A frame is voiced when its mean square
 * reaches the threshold's energy ({@link #thresholdDbfs(double)}). A start needs {@code
 * speech_duration_ms} of consecutive voiced frames (at least one frame); it is reported at the
 * first voiced frame minus {@code prefix_padding_ms}, clipped at the start of the stream. A stop
 * needs {@code silence_duration_ms} of consecutive unvoiced frames after the last voiced one, and
 * is reported at the end of that silence: the point where the detector decided, as the service's
 * {@code audio_end_ms} does.
 *
 * <p>Positions count samples fed since construction, never the wall clock, so they are exact and
 * reproducible. The detector keeps only running sums: it does not copy or allocate per frame. Not
 * thread-safe: one instance belongs to one session's event loop.
 */
final class ServerVad {

  /** Receives turn boundaries as absolute sample positions. */
  interface Listener {
    /**
     * Speech started.
     *
     * @param startSample first sample of the turn, prefix padding included
     * @param triggerSample the sample position (exclusive) whose frame confirmed the start
     */
    void onSpeechStarted(long startSample, long triggerSample);

    /**
     * Speech stopped.
     *
     * @param endSample the end of the turn (exclusive): last voiced frame plus the silence
     */
    void onSpeechStopped(long endSample);
  }

  /** Level of threshold 0: quiet line noise on a telephone path still sits below this. */
  static final double FLOOR_DBFS = -65.0;

  /** dB added per unit of threshold: 0.5 gives -40 dBFS, 0.9 gives -20 dBFS. */
  static final double DB_PER_UNIT = 50.0;

  private static final double FULL_SCALE_SQUARED = 32768.0 * 32768.0;

  private final Listener listener;
  private final int frameSamples;
  private final double thresholdMeanSquare;
  private final int prefixPaddingSamples;
  private final int speechFramesNeeded;
  private final int silenceFramesNeeded;

  private long position;
  private int frameFill;
  private long frameSumSquares;
  private boolean speaking;
  private int voicedRun;
  private long voicedRunStart;
  private int silentRun;

  /**
   * Creates a detector.
   *
   * @param params the session's turn detection
   * @param sampleRate the rate of the PCM fed to {@link #process}, a multiple of 100
   * @param listener receives turn boundaries, on the caller's thread, during {@link #process}
   */
  ServerVad(TurnDetection params, int sampleRate, Listener listener) {
    this.listener = listener;
    this.frameSamples = sampleRate / 100;
    double dbfs = thresholdDbfs(params.threshold());
    this.thresholdMeanSquare = FULL_SCALE_SQUARED * Math.pow(10.0, dbfs / 10.0);
    this.prefixPaddingSamples = (int) ((long) params.prefixPaddingMs() * sampleRate / 1000);
    this.speechFramesNeeded = Math.max(1, ceilDiv(params.speechDurationMs(), 10));
    this.silenceFramesNeeded = Math.max(1, ceilDiv(params.silenceDurationMs(), 10));
  }

  /**
   * The energy level, in dBFS of the frame RMS, that a threshold in [0, 1) stands for.
   *
   * <p>Linear in dB from {@value #FLOOR_DBFS} dBFS at 0: the default 0.5 lands at -40 dBFS, well
   * under telephone speech (about -30 to -15 dBFS RMS) and well over line noise (about -60 to -50
   * dBFS); raising the threshold asks for louder speech, as it does on the service.
   */
  static double thresholdDbfs(double threshold) {
    return FLOOR_DBFS + DB_PER_UNIT * threshold;
  }

  /** Samples fed so far. */
  long position() {
    return position;
  }

  /** Whether the detector is inside a turn. */
  boolean speaking() {
    return speaking;
  }

  /** Feeds PCM16 samples; reports boundaries to the listener as frames complete. */
  void process(short[] pcm, int offset, int length) {
    for (int i = offset, end = offset + length; i < end; i++) {
      // Integer sums: exact, and a 10 ms frame at 48 kHz sums to at most 2^39.
      int s = pcm[i];
      frameSumSquares += s * s;
      if (++frameFill == frameSamples) {
        position += frameSamples;
        boolean voiced = (double) frameSumSquares / frameSamples >= thresholdMeanSquare;
        frameFill = 0;
        frameSumSquares = 0;
        onFrame(voiced);
      }
    }
  }

  /**
   * Forgets the current turn (after a clear or a manual commit) without moving the position; a
   * partly filled frame keeps filling.
   */
  void reset() {
    speaking = false;
    voicedRun = 0;
    silentRun = 0;
  }

  private void onFrame(boolean voiced) {
    long frameStart = position - frameSamples;
    if (!speaking) {
      if (!voiced) {
        voicedRun = 0;
        return;
      }
      if (voicedRun++ == 0) {
        voicedRunStart = frameStart;
      }
      if (voicedRun >= speechFramesNeeded) {
        speaking = true;
        silentRun = 0;
        listener.onSpeechStarted(Math.max(0, voicedRunStart - prefixPaddingSamples), position);
      }
      return;
    }
    if (voiced) {
      silentRun = 0;
      return;
    }
    if (++silentRun >= silenceFramesNeeded) {
      speaking = false;
      voicedRun = 0;
      silentRun = 0;
      listener.onSpeechStopped(position);
    }
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
