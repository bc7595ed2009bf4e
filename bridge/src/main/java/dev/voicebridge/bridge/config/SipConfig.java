package dev.voicebridge.bridge.config;

import java.time.Duration;
import java.util.Objects;

/**
 * SIP signalling settings (YAML section {@code sip}).
 *
 * @param bindAddress the local IP to listen on; {@code 0.0.0.0} for all interfaces
 * @param udpPort the UDP port to listen on
 * @param tcpPort the TCP port to listen on; 0 turns TCP off. In YAML it follows {@code udp-port}
 *     unless set, as SIP listens on the same port for both (RFC 3261 §18)
 * @param advertisedHost the host written into Via and Contact, for a bridge behind NAT; empty
 *     means the bind address (or the primary interface's address when bound to all)
 * @param advertisedPort the port written into Via and Contact; 0 means {@code udpPort}
 * @param maxConcurrentCalls calls beyond this are refused with 503 and {@code Retry-After}
 * @param retryAfter the {@code Retry-After} of that 503, whole seconds (RFC 3261 §20.33)
 * @param userAgent the {@code User-Agent} and {@code Server} header value
 * @param t1 RFC 3261 timer T1, the round-trip estimate retransmissions start from
 * @param t2 RFC 3261 timer T2, the cap on non-INVITE and 2xx retransmission intervals
 * @param t4 RFC 3261 timer T4, how long a message may remain in the network
 */
public record SipConfig(
    String bindAddress,
    int udpPort,
    int tcpPort,
    String advertisedHost,
    int advertisedPort,
    int maxConcurrentCalls,
    Duration retryAfter,
    String userAgent,
    Duration t1,
    Duration t2,
    Duration t4) {

  /** All interfaces. */
  public static final String DEFAULT_BIND_ADDRESS = "0.0.0.0";
  /** The registered SIP port (RFC 3261 §19.1.1). */
  public static final int DEFAULT_SIP_PORT = 5060;
  /** Empty: derived from the bind address. */
  public static final String DEFAULT_ADVERTISED_HOST = "";
  /** 0: the UDP port. */
  public static final int DEFAULT_ADVERTISED_PORT = 0;
  /** Sized for two cores: about 20-25% of a core per 100 G.711 calls with resampling. */
  public static final int DEFAULT_MAX_CONCURRENT_CALLS = 100;
  /** The most calls the setting accepts. */
  public static final int MAX_CONCURRENT_CALLS = 100_000;
  /** Long enough for a busy IVR to drain a few calls, short enough for a trunk to retry. */
  public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);
  /** The product name; the executable may append its version. */
  public static final String DEFAULT_USER_AGENT = "voicebridge";
  /** RFC 3261 §17.1.1.1 default T1. */
  public static final Duration DEFAULT_T1 = Duration.ofMillis(500);
  /** RFC 3261 §17.1.2.2 default T2. */
  public static final Duration DEFAULT_T2 = Duration.ofSeconds(4);
  /** RFC 3261 §17.1.2.2 default T4. */
  public static final Duration DEFAULT_T4 = Duration.ofSeconds(5);

  /** The built-in defaults. */
  public static final SipConfig DEFAULTS = new SipConfig(DEFAULT_BIND_ADDRESS, DEFAULT_SIP_PORT,
      DEFAULT_SIP_PORT, DEFAULT_ADVERTISED_HOST, DEFAULT_ADVERTISED_PORT,
      DEFAULT_MAX_CONCURRENT_CALLS, DEFAULT_RETRY_AFTER, DEFAULT_USER_AGENT, DEFAULT_T1,
      DEFAULT_T2, DEFAULT_T4);

  /**
   * Checks every setting.
   *
   * @throws InvalidSettingException naming the first bad setting by its YAML key
   */
  public SipConfig {
    Checks.ipLiteral("bind-address", bindAddress, false);
    Checks.range("udp-port", udpPort, 1, Checks.MAX_PORT);
    Checks.range("tcp-port", tcpPort, 0, Checks.MAX_PORT);
    Objects.requireNonNull(advertisedHost, "advertisedHost");
    if (!advertisedHost.isEmpty()) {
      Checks.headerText("advertised-host", advertisedHost);
      if (advertisedHost.contains(" ")) {
        throw new InvalidSettingException("advertised-host", "must be a host name or an IP");
      }
    }
    Checks.range("advertised-port", advertisedPort, 0, Checks.MAX_PORT);
    Checks.range("max-concurrent-calls", maxConcurrentCalls, 1, MAX_CONCURRENT_CALLS);
    Durations.check("retry-after", retryAfter, Duration.ofSeconds(1), Duration.ofHours(1));
    if (retryAfter.toMillis() % 1000 != 0) {
      throw new InvalidSettingException("retry-after", "must be whole seconds, got "
          + Durations.format(retryAfter));
    }
    Checks.headerText("user-agent", userAgent);
    Durations.check("t1", t1, Duration.ofMillis(50), Duration.ofSeconds(10));
    Durations.check("t2", t2, t1, Duration.ofSeconds(60));
    Durations.check("t4", t4, Duration.ofSeconds(1), Duration.ofSeconds(60));
  }

  /** The port to write into Via and Contact. */
  public int effectiveAdvertisedPort() {
    return advertisedPort == 0 ? udpPort : advertisedPort;
  }

  /** Whether the bridge listens on TCP as well as UDP. */
  public boolean tcpEnabled() {
    return tcpPort != 0;
  }

  /** A builder starting from the defaults. */
  public static Builder newBuilder() {
    return DEFAULTS.toBuilder();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  static SipConfig from(ConfigNode node, SipConfig base) throws ConfigException {
    Builder b = base.toBuilder();
    b.bindAddress = node.string("bind-address", b.bindAddress);
    boolean tcpFollowsUdp = b.tcpPort == b.udpPort;
    b.udpPort = node.integer("udp-port", b.udpPort);
    b.tcpPort = node.integer("tcp-port", tcpFollowsUdp ? b.udpPort : b.tcpPort);
    b.advertisedHost = node.string("advertised-host", b.advertisedHost);
    b.advertisedPort = node.integer("advertised-port", b.advertisedPort);
    b.maxConcurrentCalls = node.integer("max-concurrent-calls", b.maxConcurrentCalls);
    b.retryAfter = node.duration("retry-after", b.retryAfter);
    b.userAgent = node.string("user-agent", b.userAgent);
    b.t1 = node.duration("t1", b.t1);
    b.t2 = node.duration("t2", b.t2);
    b.t4 = node.duration("t4", b.t4);
    node.checkNoUnknownKeys();
    return node.build(b::build);
  }

  /** Builds a {@link SipConfig}; {@link #build()} checks the settings. */
  public static final class Builder {
    private String bindAddress;
    private int udpPort;
    private int tcpPort;
    private String advertisedHost;
    private int advertisedPort;
    private int maxConcurrentCalls;
    private Duration retryAfter;
    private String userAgent;
    private Duration t1;
    private Duration t2;
    private Duration t4;

    private Builder(SipConfig c) {
      bindAddress = c.bindAddress;
      udpPort = c.udpPort;
      tcpPort = c.tcpPort;
      advertisedHost = c.advertisedHost;
      advertisedPort = c.advertisedPort;
      maxConcurrentCalls = c.maxConcurrentCalls;
      retryAfter = c.retryAfter;
      userAgent = c.userAgent;
      t1 = c.t1;
      t2 = c.t2;
      t4 = c.t4;
    }

    /** @param v the local IP to listen on @return this builder */
    public Builder bindAddress(String v) {
      bindAddress = v;
      return this;
    }

    /** @param v the UDP port @return this builder */
    public Builder udpPort(int v) {
      udpPort = v;
      return this;
    }

    /** @param v the TCP port, 0 for none @return this builder */
    public Builder tcpPort(int v) {
      tcpPort = v;
      return this;
    }

    /** @param v the advertised host, empty to derive it @return this builder */
    public Builder advertisedHost(String v) {
      advertisedHost = v;
      return this;
    }

    /** @param v the advertised port, 0 for the UDP port @return this builder */
    public Builder advertisedPort(int v) {
      advertisedPort = v;
      return this;
    }

    /** @param v the call limit @return this builder */
    public Builder maxConcurrentCalls(int v) {
      maxConcurrentCalls = v;
      return this;
    }

    /** @param v the 503 Retry-After @return this builder */
    public Builder retryAfter(Duration v) {
      retryAfter = v;
      return this;
    }

    /** @param v the User-Agent value @return this builder */
    public Builder userAgent(String v) {
      userAgent = v;
      return this;
    }

    /** @param v timer T1 @return this builder */
    public Builder t1(Duration v) {
      t1 = v;
      return this;
    }

    /** @param v timer T2 @return this builder */
    public Builder t2(Duration v) {
      t2 = v;
      return this;
    }

    /** @param v timer T4 @return this builder */
    public Builder t4(Duration v) {
      t4 = v;
      return this;
    }

    /** The settings; throws {@link InvalidSettingException} naming a bad one. */
    public SipConfig build() {
      return new SipConfig(bindAddress, udpPort, tcpPort, advertisedHost, advertisedPort,
          maxConcurrentCalls, retryAfter, userAgent, t1, t2, t4);
    }
  }
}
