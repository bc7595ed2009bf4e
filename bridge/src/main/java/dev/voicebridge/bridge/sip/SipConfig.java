package dev.voicebridge.bridge.sip;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the SIP signalling layer. Immutable; build with {@link #newBuilder()}.
 *
 * @param bindAddress the address the UDP and TCP listeners bind, e.g. {@code 0.0.0.0}
 * @param udpPort the UDP port (0 picks a free port, {@link #DISABLED} turns UDP off)
 * @param tcpPort the TCP port (0 picks a free port, {@link #DISABLED} turns TCP off)
 * @param advertisedHost the host put in Contact and Via headers, for a bridge behind NAT; null to
 *     use the bound address (or, when that is a wildcard, the address the request was sent to)
 * @param advertisedPort the port put in Contact and Via headers; 0 to use the bound port
 * @param timers the RFC 3261 timer base values
 * @param maxCalls the most dialogs being set up or established at once; more INVITEs get 503
 * @param retryAfter the Retry-After sent with a 503 when at capacity
 * @param inviteTimeout how long the call layer may leave an INVITE unanswered before the bridge
 *     answers 480 itself (like a proxy's timer C, RFC 3261 §16.6), so no call waits forever
 * @param userAgent the product sent in User-Agent and Server headers
 * @param maxMessageSize the largest SIP message accepted, in bytes, on either transport
 */
public record SipConfig(
    String bindAddress,
    int udpPort,
    int tcpPort,
    String advertisedHost,
    int advertisedPort,
    SipTimers timers,
    int maxCalls,
    Duration retryAfter,
    Duration inviteTimeout,
    String userAgent,
    int maxMessageSize) {

  /** A port value that turns the listener off. */
  public static final int DISABLED = -1;

  /** The registered SIP port (RFC 3261 §19.1.2). */
  public static final int DEFAULT_PORT = 5060;

  /** The default capacity: what one 2-core bridge is sized for. */
  public static final int DEFAULT_MAX_CALLS = 1000;

  /** The default Retry-After of a 503 sent at capacity. */
  public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

  /** The default longest an INVITE may stay unanswered: RFC 3261's minimum for timer C. */
  public static final Duration DEFAULT_INVITE_TIMEOUT = Duration.ofMinutes(3);

  /** The default maximum message size: the largest UDP payload over IPv4 rounded to 64 KiB. */
  public static final int DEFAULT_MAX_MESSAGE_SIZE = 65_535;

  /** The default product token. */
  public static final String DEFAULT_USER_AGENT = "voicebridge";

  /** Validates ranges; see the builder for defaults. */
  public SipConfig {
    Objects.requireNonNull(bindAddress, "bindAddress");
    Objects.requireNonNull(timers, "timers");
    Objects.requireNonNull(retryAfter, "retryAfter");
    Objects.requireNonNull(inviteTimeout, "inviteTimeout");
    Objects.requireNonNull(userAgent, "userAgent");
    checkPort("udpPort", udpPort);
    checkPort("tcpPort", tcpPort);
    if (udpPort == DISABLED && tcpPort == DISABLED) {
      throw new IllegalArgumentException("At least one of UDP and TCP must be enabled");
    }
    if (advertisedPort < 0 || advertisedPort > 65_535) {
      throw new IllegalArgumentException("advertisedPort out of range: " + advertisedPort);
    }
    if (maxCalls < 0) {
      throw new IllegalArgumentException("maxCalls must not be negative: " + maxCalls);
    }
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
    }
    if (inviteTimeout.isNegative() || inviteTimeout.isZero()) {
      throw new IllegalArgumentException("inviteTimeout must be positive: " + inviteTimeout);
    }
    if (maxMessageSize < 1024) {
      throw new IllegalArgumentException("maxMessageSize below 1024: " + maxMessageSize);
    }
  }

  private static void checkPort(String name, int port) {
    if (port != DISABLED && (port < 0 || port > 65_535)) {
      throw new IllegalArgumentException(name + " out of range: " + port);
    }
  }

  /** A builder with the defaults: all interfaces, port 5060 on UDP and TCP, RFC timers. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** A builder initialised from this configuration. */
  public Builder toBuilder() {
    return new Builder()
        .bindAddress(bindAddress)
        .udpPort(udpPort)
        .tcpPort(tcpPort)
        .advertisedHost(advertisedHost)
        .advertisedPort(advertisedPort)
        .timers(timers)
        .maxCalls(maxCalls)
        .retryAfter(retryAfter)
        .inviteTimeout(inviteTimeout)
        .userAgent(userAgent)
        .maxMessageSize(maxMessageSize);
  }

  /** Builds a {@link SipConfig}; every setter returns the builder. */
  public static final class Builder {
    private String bindAddress = "0.0.0.0";
    private int udpPort = DEFAULT_PORT;
    private int tcpPort = DEFAULT_PORT;
    private String advertisedHost;
    private int advertisedPort;
    private SipTimers timers = SipTimers.DEFAULT;
    private int maxCalls = DEFAULT_MAX_CALLS;
    private Duration retryAfter = DEFAULT_RETRY_AFTER;
    private Duration inviteTimeout = DEFAULT_INVITE_TIMEOUT;
    private String userAgent = DEFAULT_USER_AGENT;
    private int maxMessageSize = DEFAULT_MAX_MESSAGE_SIZE;

    private Builder() {}

    /** See {@link SipConfig#bindAddress()}. */
    public Builder bindAddress(String bindAddress) {
      this.bindAddress = bindAddress;
      return this;
    }

    /** See {@link SipConfig#udpPort()}. */
    public Builder udpPort(int udpPort) {
      this.udpPort = udpPort;
      return this;
    }

    /** See {@link SipConfig#tcpPort()}. */
    public Builder tcpPort(int tcpPort) {
      this.tcpPort = tcpPort;
      return this;
    }

    /** See {@link SipConfig#advertisedHost()}. */
    public Builder advertisedHost(String advertisedHost) {
      this.advertisedHost = advertisedHost;
      return this;
    }

    /** See {@link SipConfig#advertisedPort()}. */
    public Builder advertisedPort(int advertisedPort) {
      this.advertisedPort = advertisedPort;
      return this;
    }

    /** See {@link SipConfig#timers()}. */
    public Builder timers(SipTimers timers) {
      this.timers = timers;
      return this;
    }

    /** See {@link SipConfig#maxCalls()}. */
    public Builder maxCalls(int maxCalls) {
      this.maxCalls = maxCalls;
      return this;
    }

    /** See {@link SipConfig#retryAfter()}. */
    public Builder retryAfter(Duration retryAfter) {
      this.retryAfter = retryAfter;
      return this;
    }

    /** See {@link SipConfig#inviteTimeout()}. */
    public Builder inviteTimeout(Duration inviteTimeout) {
      this.inviteTimeout = inviteTimeout;
      return this;
    }

    /** See {@link SipConfig#userAgent()}. */
    public Builder userAgent(String userAgent) {
      this.userAgent = userAgent;
      return this;
    }

    /** See {@link SipConfig#maxMessageSize()}. */
    public Builder maxMessageSize(int maxMessageSize) {
      this.maxMessageSize = maxMessageSize;
      return this;
    }

    /** The configuration; throws {@link IllegalArgumentException} for out-of-range values. */
    public SipConfig build() {
      return new SipConfig(
          bindAddress, udpPort, tcpPort, advertisedHost, advertisedPort, timers, maxCalls,
          retryAfter, inviteTimeout, userAgent, maxMessageSize);
    }
  }
}
