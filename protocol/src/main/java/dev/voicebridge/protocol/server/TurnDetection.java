package dev.voicebridge.protocol.server;

/**
 * The parts of {@code session.turn_detection} the server acts on.
 *
 * <p>Every VAD type ({@code server_vad}, the {@code azure_semantic_vad*} family, OpenAI's {@code
 * semantic_vad}) runs the same energy detector here; the semantic types have no language model
 * behind them locally. Defaults follow api-version 2025-10-01: threshold 0.5, prefix padding 300
 * ms, silence 500 ms, no minimum speech duration.
 *
 * @param type the wire type, e.g. {@code server_vad}
 * @param threshold activation threshold in [0, 1), mapped to an energy level by {@link
 *     ServerVad#thresholdDbfs(double)}
 * @param prefixPaddingMs audio kept before the detected start of speech
 * @param silenceDurationMs silence that ends a turn
 * @param speechDurationMs speech needed before a start counts; 0 means one 10 ms frame
 * @param createResponse whether a committed turn starts a response
 * @param interruptResponse whether speech cancels the response in progress
 * @param autoTruncate whether an interrupted response's item is truncated to what realtime playback
 *     would have played by then (api-version 2026-01-01-preview and later)
 */
record TurnDetection(
    String type,
    double threshold,
    int prefixPaddingMs,
    int silenceDurationMs,
    int speechDurationMs,
    boolean createResponse,
    boolean interruptResponse,
    boolean autoTruncate) {

  /** Default threshold of every VAD type. */
  static final double DEFAULT_THRESHOLD = 0.5;

  /** Default prefix padding of api-version 2025-10-01 (2026-04-10 raised server_vad's to 400). */
  static final int DEFAULT_PREFIX_PADDING_MS = 300;

  /** Default end-of-turn silence. */
  static final int DEFAULT_SILENCE_DURATION_MS = 500;

  /** The service default: {@code server_vad} with the defaults above. */
  static TurnDetection serverVadDefaults() {
    return new TurnDetection(
        "server_vad",
        DEFAULT_THRESHOLD,
        DEFAULT_PREFIX_PADDING_MS,
        DEFAULT_SILENCE_DURATION_MS,
        0,
        true,
        true,
        false);
  }
}
