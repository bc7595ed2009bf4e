package dev.voicebridge.bridge.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Voice Live service to bridge calls to (YAML section {@code voice-live}).
 *
 * @param endpoint the resource endpoint, e.g. {@code wss://my.services.ai.azure.com}; empty
 *     means start the embedded local Voice-Live-compatible server and use it
 * @param apiVersion the pinned {@code api-version}; field defaults drift between versions
 * @param model the model for model mode, e.g. {@code gpt-realtime}; unused in agent mode
 * @param agent the Foundry agent for agent mode, if set
 * @param auth the credentials
 * @param connectTimeout how long the WebSocket connect and upgrade may take before the call fails
 */
public record VoiceLiveConfig(
    String endpoint,
    String apiVersion,
    String model,
    Optional<AgentConfig> agent,
    AuthConfig auth,
    Duration connectTimeout) {

  /** Empty: the embedded local server. */
  public static final String DEFAULT_ENDPOINT = "";
  /** The GA version the protocol module is written against. */
  public static final String DEFAULT_API_VERSION = "2025-10-01";
  /** The realtime model Voice Live documents for low-latency speech to speech. */
  public static final String DEFAULT_MODEL = "gpt-realtime";
  /** Generous for a TLS WebSocket to an Azure region, short enough that a caller is not kept. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Set<String> SCHEMES = Set.of("wss", "ws", "https", "http");

  /** The built-in defaults. */
  public static final VoiceLiveConfig DEFAULTS = new VoiceLiveConfig(DEFAULT_ENDPOINT,
      DEFAULT_API_VERSION, DEFAULT_MODEL, Optional.empty(), AuthConfig.DEFAULTS,
      DEFAULT_CONNECT_TIMEOUT);

  /**
   * Checks every setting.
   *
   * @throws InvalidSettingException naming the first bad setting by its YAML key
   */
  public VoiceLiveConfig {
    Objects.requireNonNull(endpoint, "endpoint");
    if (!endpoint.isEmpty()) {
      checkEndpoint(endpoint);
    }
    if (apiVersion == null || !apiVersion.matches("\\d{4}-\\d{2}-\\d{2}(-preview)?")) {
      throw new InvalidSettingException("api-version",
          "must look like 2025-10-01 or 2026-01-01-preview, got '" + apiVersion + "'");
    }
    Checks.notBlank("model", model);
    Objects.requireNonNull(agent, "agent");
    Checks.notNull("auth", auth);
    Durations.check("connect-timeout", connectTimeout, Duration.ofMillis(100),
        Duration.ofMinutes(2));
  }

  /** The endpoint to connect to, empty when the embedded local server is to be used. */
  public Optional<URI> endpointUri() {
    return endpoint.isEmpty() ? Optional.empty() : Optional.of(URI.create(endpoint));
  }

  /** Whether calls go to the embedded local server. */
  public boolean usesLocalServer() {
    return endpoint.isEmpty();
  }

  /** A builder starting from the defaults. */
  public static Builder newBuilder() {
    return DEFAULTS.toBuilder();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  static VoiceLiveConfig from(ConfigNode node, VoiceLiveConfig base) throws ConfigException {
    Builder b = base.toBuilder();
    b.endpoint = node.string("endpoint", b.endpoint).strip();
    b.apiVersion = node.string("api-version", b.apiVersion);
    b.model = node.string("model", b.model);
    if (node.has("agent")) {
      if (node.has("model")) {
        throw node.error("agent", "set either model or agent, not both");
      }
      b.agent = Optional.of(AgentConfig.from(node.section("agent")));
    }
    b.auth = AuthConfig.from(node.section("auth"), b.auth);
    b.connectTimeout = node.duration("connect-timeout", b.connectTimeout);
    node.checkNoUnknownKeys();
    return node.build(b::build);
  }

  private static void checkEndpoint(String endpoint) {
    try {
      URI uri = new URI(endpoint);
      if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme()) || uri.getHost() == null
          || uri.getUserInfo() != null) {
        throw new URISyntaxException(endpoint, "");
      }
    } catch (URISyntaxException e) {
      throw new InvalidSettingException("endpoint", "must be a wss://, ws://, https:// or "
          + "http:// URL with a host, got '" + endpoint + "'");
    }
  }

  /** Builds a {@link VoiceLiveConfig}; {@link #build()} checks the settings. */
  public static final class Builder {
    private String endpoint;
    private String apiVersion;
    private String model;
    private Optional<AgentConfig> agent;
    private AuthConfig auth;
    private Duration connectTimeout;

    private Builder(VoiceLiveConfig c) {
      endpoint = c.endpoint;
      apiVersion = c.apiVersion;
      model = c.model;
      agent = c.agent;
      auth = c.auth;
      connectTimeout = c.connectTimeout;
    }

    /** @param v the endpoint URL, empty for the local server @return this builder */
    public Builder endpoint(String v) {
      endpoint = v;
      return this;
    }

    /** @param v the api-version @return this builder */
    public Builder apiVersion(String v) {
      apiVersion = v;
      return this;
    }

    /** @param v the model @return this builder */
    public Builder model(String v) {
      model = v;
      return this;
    }

    /** @param v the agent, empty for model mode @return this builder */
    public Builder agent(Optional<AgentConfig> v) {
      agent = v;
      return this;
    }

    /** @param v the credentials @return this builder */
    public Builder auth(AuthConfig v) {
      auth = v;
      return this;
    }

    /** @param v the connect timeout @return this builder */
    public Builder connectTimeout(Duration v) {
      connectTimeout = v;
      return this;
    }

    /** The settings; throws {@link InvalidSettingException} naming a bad one. */
    public VoiceLiveConfig build() {
      return new VoiceLiveConfig(endpoint, apiVersion, model, agent, auth, connectTimeout);
    }
  }
}
