package dev.voicebridge.protocol.server;

import java.util.Objects;

/**
 * Settings of a {@link LocalVoiceLiveServer}; build with {@link #newBuilder()}.
 *
 * <p>{@link #toString()} never prints the key or the token.
 *
 * @param host address to bind, {@value #DEFAULT_HOST} by default
 * @param port TCP port to bind; 0 picks a free one (see {@link LocalVoiceLiveServer#port()})
 * @param apiKey the key clients must present ({@code api-key} header or query parameter), or null
 * @param bearerToken the token clients must present ({@code Authorization: Bearer}), or null. When
 *     neither key nor token is set, any credential, or none, is accepted
 * @param agent the agent answering user turns: {@code echo} (default) or {@code tone}
 * @param maxAppendBytes largest decoded audio in one {@code input_audio_buffer.append}; the
 *     service's limit is 15 MiB
 * @param maxBufferedAudioMs most audio the input buffer holds before a commit; older audio is
 *     dropped with an error, so a client that never commits cannot exhaust memory
 * @param outputChunkMs audio per {@code response.audio.delta}
 * @param outputSpeedup pacing of deltas as a multiple of realtime: 4 sends a 100 ms chunk every 25
 *     ms; {@link Double#POSITIVE_INFINITY} sends a whole response in one burst
 */
public record LocalServerConfig(
    String host,
    int port,
    String apiKey,
    String bearerToken,
    String agent,
    int maxAppendBytes,
    int maxBufferedAudioMs,
    int outputChunkMs,
    double outputSpeedup) {

  /** Loopback: the server is a test counterpart, not something to expose. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The service's per-append limit: 15 MiB of decoded audio. */
  public static final int DEFAULT_MAX_APPEND_BYTES = 15 * 1024 * 1024;

  /** Ten minutes of audio. */
  public static final int DEFAULT_MAX_BUFFERED_AUDIO_MS = 10 * 60 * 1000;

  /** 100 ms per delta, as the service's deltas typically carry. */
  public static final int DEFAULT_OUTPUT_CHUNK_MS = 100;

  /** Four times realtime: faster than playback, as the service streams, without one big burst. */
  public static final double DEFAULT_OUTPUT_SPEEDUP = 4.0;

  /** The agent that echoes the caller. */
  public static final String DEFAULT_AGENT = "echo";

  /**
   * Checks the values.
   *
   * @param host address to bind
   * @param port TCP port to bind, 0 for any free one
   * @param apiKey the key clients must present, or null
   * @param bearerToken the token clients must present, or null
   * @param agent {@code echo} or {@code tone}
   * @param maxAppendBytes largest decoded audio in one append, at least 2
   * @param maxBufferedAudioMs most audio buffered before a commit, at least 1000
   * @param outputChunkMs audio per delta, at least 10
   * @param outputSpeedup delta pacing as a multiple of realtime, positive
   * @throws IllegalArgumentException if a value is out of range or the agent unknown
   */
  public LocalServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(agent, "agent");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in [0, 65535]: " + port);
    }
    if (!Agents.isKnown(agent)) {
      throw new IllegalArgumentException("unknown agent '" + agent + "', use " + Agents.NAMES);
    }
    if (maxAppendBytes < 2 || maxBufferedAudioMs < 1000 || outputChunkMs < 10) {
      throw new IllegalArgumentException(
          "maxAppendBytes >= 2, maxBufferedAudioMs >= 1000 and outputChunkMs >= 10 are required");
    }
    if (!(outputSpeedup > 0)) {
      throw new IllegalArgumentException("outputSpeedup must be positive: " + outputSpeedup);
    }
  }

  /**
   * A builder holding the defaults.
   *
   * @return a new builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * The defaults: loopback, a free port, no credential required, the echo agent.
   *
   * @return the default configuration
   */
  public static LocalServerConfig defaults() {
    return newBuilder().build();
  }

  /**
   * Whether clients must present a credential.
   *
   * @return true when a key or a token is set
   */
  public boolean requiresCredential() {
    return apiKey != null || bearerToken != null;
  }

  @Override
  public String toString() {
    return "LocalServerConfig[host="
        + host
        + ", port="
        + port
        + ", apiKey="
        + (apiKey == null ? "none" : "***")
        + ", bearerToken="
        + (bearerToken == null ? "none" : "***")
        + ", agent="
        + agent
        + ", maxAppendBytes="
        + maxAppendBytes
        + ", maxBufferedAudioMs="
        + maxBufferedAudioMs
        + ", outputChunkMs="
        + outputChunkMs
        + ", outputSpeedup="
        + outputSpeedup
        + "]";
  }

  /** Builds a {@link LocalServerConfig}; every setter returns this builder. */
  public static final class Builder {
    private String host = DEFAULT_HOST;
    private int port;
    private String apiKey;
    private String bearerToken;
    private String agent = DEFAULT_AGENT;
    private int maxAppendBytes = DEFAULT_MAX_APPEND_BYTES;
    private int maxBufferedAudioMs = DEFAULT_MAX_BUFFERED_AUDIO_MS;
    private int outputChunkMs = DEFAULT_OUTPUT_CHUNK_MS;
    private double outputSpeedup = DEFAULT_OUTPUT_SPEEDUP;

    private Builder() {}

    /**
     * Sets the address to bind.
     *
     * @param host the value
     * @return this builder
     */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /**
     * Sets the port to bind, 0 for any free port.
     *
     * @param port the value
     * @return this builder
     */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * Requires this API key; null accepts any.
     *
     * @param apiKey the value
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * Requires this bearer token; null accepts any.
     *
     * @param bearerToken the value
     * @return this builder
     */
    public Builder bearerToken(String bearerToken) {
      this.bearerToken = bearerToken;
      return this;
    }

    /**
     * Selects the agent: {@code echo} or {@code tone}.
     *
     * @param agent the value
     * @return this builder
     */
    public Builder agent(String agent) {
      this.agent = agent;
      return this;
    }

    /**
     * Sets the largest decoded audio accepted in one append.
     *
     * @param maxAppendBytes the value
     * @return this builder
     */
    public Builder maxAppendBytes(int maxAppendBytes) {
      this.maxAppendBytes = maxAppendBytes;
      return this;
    }

    /**
     * Sets the most audio the input buffer holds.
     *
     * @param maxBufferedAudioMs the value
     * @return this builder
     */
    public Builder maxBufferedAudioMs(int maxBufferedAudioMs) {
      this.maxBufferedAudioMs = maxBufferedAudioMs;
      return this;
    }

    /**
     * Sets the audio carried by each delta.
     *
     * @param outputChunkMs the value
     * @return this builder
     */
    public Builder outputChunkMs(int outputChunkMs) {
      this.outputChunkMs = outputChunkMs;
      return this;
    }

    /**
     * Sets the delta pacing as a multiple of realtime ({@code POSITIVE_INFINITY}: no pacing).
     *
     * @param outputSpeedup the value
     * @return this builder
     */
    public Builder outputSpeedup(double outputSpeedup) {
      this.outputSpeedup = outputSpeedup;
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     * @throws IllegalArgumentException if a value is out of range
     */
    public LocalServerConfig build() {
      return new LocalServerConfig(
          host,
          port,
          apiKey,
          bearerToken,
          agent,
          maxAppendBytes,
          maxBufferedAudioMs,
          outputChunkMs,
          outputSpeedup);
    }
  }
}
