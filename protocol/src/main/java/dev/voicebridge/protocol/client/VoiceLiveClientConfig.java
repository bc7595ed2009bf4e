package dev.voicebridge.protocol.client;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.TrustManagerFactory;

/**
 * Everything one Voice Live session needs to connect: where, as whom, to which model or agent, and
 * the transport's timeouts and limits. Immutable; build it once and share it between calls.
 *
 * <p>{@link #toString()} shows neither the credential nor the values of extra headers and query
 * parameters, which may hold secrets.
 *
 * @param endpoint the resource endpoint ({@code https://}, {@code wss://}, {@code http://} or
 *     {@code ws://}); {@code /voice-live/realtime} is appended unless the path already ends with
 *     {@code /realtime}
 * @param apiVersion the {@code api-version} query parameter
 * @param model the {@code model} query parameter; {@code null} in agent mode
 * @param agent the agent to talk to; {@code null} in model mode
 * @param credential how the upgrade request authenticates
 * @param extraQueryParameters further query parameters, in order; the client's own ({@code
 *     api-version}, {@code model}, {@code agent-*}) win over these
 * @param extraHeaders further upgrade request headers, in order
 * @param userAgent the {@code User-Agent} header
 * @param subprotocol the WebSocket subprotocol offered (and required back), {@code null} for none
 * @param connectTimeout the longest wait for the token, name resolution and the TCP connection
 * @param handshakeTimeout the longest wait for TLS and the HTTP upgrade once connected
 * @param pingInterval how often a ping is sent once open; {@link Duration#ZERO} disables pings
 * @param pongTimeout how long a ping may go unanswered before the session fails
 * @param closeTimeout how long {@code close()} waits for the peer's close frame
 * @param maxFrameBytes the largest inbound message, after continuation frames are aggregated
 * @param sendQueueSoftLimitBytes queued bytes past which audio is dropped (back-pressure)
 * @param sendQueueHardLimitBytes queued bytes past which the session fails
 * @param socketSendBufferBytes the socket's {@code SO_SNDBUF}, 0 for the OS default; the kernel
 *     buffer is queue the soft limit cannot see, so a small one makes back-pressure (and audio
 *     dropping) start sooner on a slow path
 * @param trustManagerFactory the trust for {@code wss://}; {@code null} for the JDK's default
 *     trust store (set it for tests or a private CA)
 */
public record VoiceLiveClientConfig(
    URI endpoint,
    String apiVersion,
    String model,
    VoiceLiveAgent agent,
    VoiceLiveCredential credential,
    Map<String, String> extraQueryParameters,
    Map<String, String> extraHeaders,
    String userAgent,
    String subprotocol,
    Duration connectTimeout,
    Duration handshakeTimeout,
    Duration pingInterval,
    Duration pongTimeout,
    Duration closeTimeout,
    int maxFrameBytes,
    long sendQueueSoftLimitBytes,
    long sendQueueHardLimitBytes,
    int socketSendBufferBytes,
    TrustManagerFactory trustManagerFactory) {

  /** The GA api-version this client is tested against; pinned so field defaults cannot drift. */
  public static final String DEFAULT_API_VERSION = "2025-10-01";

  /** The subprotocol Voice Live's own SDKs offer. */
  public static final String DEFAULT_SUBPROTOCOL = "realtime";

  /** The default {@code User-Agent}. */
  public static final String DEFAULT_USER_AGENT = "voicebridge";

  /** Token, name resolution and TCP connect together. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** TLS and the HTTP upgrade together. */
  public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);

  /** Often enough to keep NAT and load-balancer idle timers (often 30-60 s) from firing. */
  public static final Duration DEFAULT_PING_INTERVAL = Duration.ofSeconds(20);

  /** A pong slower than this means the path or the service is stuck. */
  public static final Duration DEFAULT_PONG_TIMEOUT = Duration.ofSeconds(10);

  /** A call is ending when this runs; it should not linger. */
  public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(5);

  /** The Voice Live Java SDK's frame and aggregation limit. */
  public static final int DEFAULT_MAX_FRAME_BYTES = 10 * 1024 * 1024;

  /**
   * About 4 s of 24 kHz PCM16 appends: more queued audio than that is too late to be useful in a
   * conversation, so it is dropped instead.
   */
  public static final long DEFAULT_SEND_QUEUE_SOFT_LIMIT_BYTES = 256 * 1024;

  /** okhttp's WebSocket queue limit: past this the peer is considered gone. */
  public static final long DEFAULT_SEND_QUEUE_HARD_LIMIT_BYTES = 16 * 1024 * 1024;

  /**
   * Checks and copies the components.
   *
   * @param endpoint the resource endpoint
   * @param apiVersion the {@code api-version} query parameter
   * @param model the model, or {@code null} in agent mode
   * @param agent the agent, or {@code null} in model mode
   * @param credential how to authenticate
   * @param extraQueryParameters further query parameters
   * @param extraHeaders further upgrade headers
   * @param userAgent the {@code User-Agent} header
   * @param subprotocol the subprotocol offered, or {@code null}
   * @param connectTimeout the connect timeout
   * @param handshakeTimeout the handshake timeout
   * @param pingInterval the ping interval, or zero
   * @param pongTimeout the pong timeout
   * @param closeTimeout the close timeout
   * @param maxFrameBytes the inbound message limit
   * @param sendQueueSoftLimitBytes the audio drop threshold
   * @param sendQueueHardLimitBytes the failure threshold
   * @param socketSendBufferBytes the socket send buffer, or 0 for the OS default
   * @param trustManagerFactory the TLS trust, or {@code null} for the default
   */
  public VoiceLiveClientConfig {
    Objects.requireNonNull(endpoint, "endpoint");
    requireNotEmpty(apiVersion, "apiVersion");
    Objects.requireNonNull(credential, "credential");
    requireNotEmpty(userAgent, "userAgent");
    if ((model == null) == (agent == null)) {
      throw new IllegalArgumentException("exactly one of model and agent must be set");
    }
    if (model != null && model.isEmpty()) {
      throw new IllegalArgumentException("model is empty");
    }
    if (subprotocol != null && subprotocol.isEmpty()) {
      throw new IllegalArgumentException("subprotocol is empty; use null for none");
    }
    extraQueryParameters = copy(extraQueryParameters, "extraQueryParameters");
    extraHeaders = copy(extraHeaders, "extraHeaders");
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(handshakeTimeout, "handshakeTimeout");
    Objects.requireNonNull(pingInterval, "pingInterval");
    if (pingInterval.isNegative()) {
      throw new IllegalArgumentException("pingInterval is negative: " + pingInterval);
    }
    requirePositive(pongTimeout, "pongTimeout");
    requirePositive(closeTimeout, "closeTimeout");
    if (maxFrameBytes <= 0) {
      throw new IllegalArgumentException("maxFrameBytes must be positive: " + maxFrameBytes);
    }
    if (sendQueueSoftLimitBytes <= 0 || sendQueueHardLimitBytes < sendQueueSoftLimitBytes) {
      throw new IllegalArgumentException(
          "need 0 < sendQueueSoftLimitBytes <= sendQueueHardLimitBytes, got "
              + sendQueueSoftLimitBytes + " and " + sendQueueHardLimitBytes);
    }
    if (socketSendBufferBytes < 0) {
      throw new IllegalArgumentException(
          "socketSendBufferBytes is negative: " + socketSendBufferBytes);
    }
    // Fail at build time rather than on the first connect.
    VoiceLiveEndpoint.webSocketUri(endpoint, Map.of());
  }

  /**
   * Starts a builder with the defaults; an endpoint, a model or agent and a credential must be
   * set.
   *
   * @return a new builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this configuration's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The WebSocket URI this configuration connects to, query parameters included.
   *
   * @return the {@code ws://} or {@code wss://} URI
   */
  public URI webSocketUri() {
    return VoiceLiveEndpoint.webSocketUri(endpoint, VoiceLiveEndpoint.queryParameters(this));
  }

  @Override
  public String toString() {
    return "VoiceLiveClientConfig[endpoint=" + VoiceLiveEndpoint.redact(endpoint)
        + ", apiVersion=" + apiVersion
        + (model != null ? ", model=" + model : ", agent=" + agent)
        + ", credential=" + credential
        + ", extraQueryParameters=" + extraQueryParameters.keySet()
        + ", extraHeaders=" + extraHeaders.keySet()
        + ", userAgent=" + userAgent
        + ", subprotocol=" + subprotocol
        + ", connectTimeout=" + connectTimeout
        + ", handshakeTimeout=" + handshakeTimeout
        + ", pingInterval=" + pingInterval
        + ", pongTimeout=" + pongTimeout
        + ", closeTimeout=" + closeTimeout
        + ", maxFrameBytes=" + maxFrameBytes
        + ", sendQueueSoftLimitBytes=" + sendQueueSoftLimitBytes
        + ", sendQueueHardLimitBytes=" + sendQueueHardLimitBytes
        + ", socketSendBufferBytes=" + socketSendBufferBytes
        + ", customTrust=" + (trustManagerFactory != null) + "]";
  }

  private static void requireNotEmpty(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + " is empty");
    }
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }

  private static Map<String, String> copy(Map<String, String> map, String name) {
    Objects.requireNonNull(map, name);
    Map<String, String> copy = new LinkedHashMap<>();
    map.forEach(
        (key, value) -> {
          Objects.requireNonNull(key, name + " key");
          Objects.requireNonNull(value, name + " value for " + key);
          copy.put(key, value);
        });
    return Collections.unmodifiableMap(copy);
  }

  /** Builds a {@link VoiceLiveClientConfig}; every setter returns this builder. */
  public static final class Builder {

    private URI endpoint;
    private String apiVersion = DEFAULT_API_VERSION;
    private String model;
    private VoiceLiveAgent agent;
    private VoiceLiveCredential credential;
    private final Map<String, String> extraQueryParameters = new LinkedHashMap<>();
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();
    private String userAgent = DEFAULT_USER_AGENT;
    private String subprotocol = DEFAULT_SUBPROTOCOL;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration handshakeTimeout = DEFAULT_HANDSHAKE_TIMEOUT;
    private Duration pingInterval = DEFAULT_PING_INTERVAL;
    private Duration pongTimeout = DEFAULT_PONG_TIMEOUT;
    private Duration closeTimeout = DEFAULT_CLOSE_TIMEOUT;
    private int maxFrameBytes = DEFAULT_MAX_FRAME_BYTES;
    private long sendQueueSoftLimitBytes = DEFAULT_SEND_QUEUE_SOFT_LIMIT_BYTES;
    private long sendQueueHardLimitBytes = DEFAULT_SEND_QUEUE_HARD_LIMIT_BYTES;
    private int socketSendBufferBytes;
    private TrustManagerFactory trustManagerFactory;

    private Builder() {}

    private Builder(VoiceLiveClientConfig config) {
      endpoint = config.endpoint;
      apiVersion = config.apiVersion;
      model = config.model;
      agent = config.agent;
      credential = config.credential;
      extraQueryParameters.putAll(config.extraQueryParameters);
      extraHeaders.putAll(config.extraHeaders);
      userAgent = config.userAgent;
      subprotocol = config.subprotocol;
      connectTimeout = config.connectTimeout;
      handshakeTimeout = config.handshakeTimeout;
      pingInterval = config.pingInterval;
      pongTimeout = config.pongTimeout;
      closeTimeout = config.closeTimeout;
      maxFrameBytes = config.maxFrameBytes;
      sendQueueSoftLimitBytes = config.sendQueueSoftLimitBytes;
      sendQueueHardLimitBytes = config.sendQueueHardLimitBytes;
      socketSendBufferBytes = config.socketSendBufferBytes;
      trustManagerFactory = config.trustManagerFactory;
    }

    /**
     * Sets the resource endpoint.
     *
     * @param endpoint for example {@code https://my-resource.services.ai.azure.com}
     * @return this builder
     */
    public Builder endpoint(String endpoint) {
      return endpoint(URI.create(Objects.requireNonNull(endpoint, "endpoint")));
    }

    /**
     * Sets the resource endpoint.
     *
     * @param endpoint an {@code https}, {@code wss}, {@code http} or {@code ws} URI
     * @return this builder
     */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /**
     * Sets the {@code api-version}, {@value #DEFAULT_API_VERSION} by default.
     *
     * @param apiVersion for example {@code 2026-04-10}
     * @return this builder
     */
    public Builder apiVersion(String apiVersion) {
      this.apiVersion = apiVersion;
      return this;
    }

    /**
     * Talks to a model, clearing any agent.
     *
     * @param model for example {@code gpt-realtime}
     * @return this builder
     */
    public Builder model(String model) {
      this.model = Objects.requireNonNull(model, "model");
      this.agent = null;
      return this;
    }

    /**
     * Talks to a Foundry agent, clearing any model.
     *
     * @param agent the agent
     * @return this builder
     */
    public Builder agent(VoiceLiveAgent agent) {
      this.agent = Objects.requireNonNull(agent, "agent");
      this.model = null;
      return this;
    }

    /**
     * Sets how the upgrade request authenticates.
     *
     * @param credential an api key, a bearer token supplier, or none
     * @return this builder
     */
    public Builder credential(VoiceLiveCredential credential) {
      this.credential = credential;
      return this;
    }

    /**
     * Adds a query parameter; the client's own parameters win over it.
     *
     * @param name the parameter name, for example {@code profile}
     * @param value its value, unencoded
     * @return this builder
     */
    public Builder addQueryParameter(String name, String value) {
      extraQueryParameters.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds an upgrade request header.
     *
     * @param name the header name, for example {@code x-ms-client-request-id}
     * @param value its value
     * @return this builder
     */
    public Builder addHeader(String name, String value) {
      extraHeaders.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets the {@code User-Agent} header, {@value #DEFAULT_USER_AGENT} by default.
     *
     * @param userAgent the product token
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = userAgent;
      return this;
    }

    /**
     * Sets the subprotocol offered, {@value #DEFAULT_SUBPROTOCOL} by default.
     *
     * @param subprotocol the subprotocol, or {@code null} to offer none
     * @return this builder
     */
    public Builder subprotocol(String subprotocol) {
      this.subprotocol = subprotocol;
      return this;
    }

    /**
     * Sets the connect timeout (token, name resolution, TCP), 10 s by default.
     *
     * @param connectTimeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    /**
     * Sets the handshake timeout (TLS, HTTP upgrade), 10 s by default.
     *
     * @param handshakeTimeout a positive duration
     * @return this builder
     */
    public Builder handshakeTimeout(Duration handshakeTimeout) {
      this.handshakeTimeout = handshakeTimeout;
      return this;
    }

    /**
     * Sets the ping interval, 20 s by default.
     *
     * @param pingInterval a duration, or {@link Duration#ZERO} to send no pings
     * @return this builder
     */
    public Builder pingInterval(Duration pingInterval) {
      this.pingInterval = pingInterval;
      return this;
    }

    /**
     * Sets how long a ping may go unanswered, 10 s by default.
     *
     * @param pongTimeout a positive duration
     * @return this builder
     */
    public Builder pongTimeout(Duration pongTimeout) {
      this.pongTimeout = pongTimeout;
      return this;
    }

    /**
     * Sets how long {@code close()} waits for the peer's close frame, 5 s by default.
     *
     * @param closeTimeout a positive duration
     * @return this builder
     */
    public Builder closeTimeout(Duration closeTimeout) {
      this.closeTimeout = closeTimeout;
      return this;
    }

    /**
     * Sets the largest inbound message, 10 MiB by default.
     *
     * @param maxFrameBytes a positive byte count
     * @return this builder
     */
    public Builder maxFrameBytes(int maxFrameBytes) {
      this.maxFrameBytes = maxFrameBytes;
      return this;
    }

    /**
     * Sets the send queue limits.
     *
     * @param softLimitBytes queued bytes past which audio frames are dropped (256 KiB by default)
     * @param hardLimitBytes queued bytes past which the session fails (16 MiB by default)
     * @return this builder
     */
    public Builder sendQueueLimits(long softLimitBytes, long hardLimitBytes) {
      this.sendQueueSoftLimitBytes = softLimitBytes;
      this.sendQueueHardLimitBytes = hardLimitBytes;
      return this;
    }

    /**
     * Sets the socket's send buffer ({@code SO_SNDBUF}); the OS default (0) by default.
     *
     * @param socketSendBufferBytes a byte count, or 0 to leave it to the OS
     * @return this builder
     */
    public Builder socketSendBufferBytes(int socketSendBufferBytes) {
      this.socketSendBufferBytes = socketSendBufferBytes;
      return this;
    }

    /**
     * Sets the trust used for {@code wss://}.
     *
     * @param trustManagerFactory an initialised factory, or {@code null} for the JDK default
     * @return this builder
     */
    public Builder trustManagerFactory(TrustManagerFactory trustManagerFactory) {
      this.trustManagerFactory = trustManagerFactory;
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     * @throws IllegalArgumentException if a value is missing or out of range
     */
    public VoiceLiveClientConfig build() {
      return new VoiceLiveClientConfig(
          endpoint, apiVersion, model, agent, credential, extraQueryParameters, extraHeaders,
          userAgent, subprotocol, connectTimeout, handshakeTimeout, pingInterval, pongTimeout,
          closeTimeout, maxFrameBytes, sendQueueSoftLimitBytes, sendQueueHardLimitBytes,
          socketSendBufferBytes, trustManagerFactory);
    }
  }
}
