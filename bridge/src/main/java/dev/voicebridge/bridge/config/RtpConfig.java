package dev.voicebridge.bridge.config;

import dev.voicebridge.bridge.sdp.G711Codec;
import dev.voicebridge.bridge.sdp.MediaPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RTP media settings (YAML section {@code rtp}).
 *
 * @param bindAddress the local IP RTP sockets bind to; {@code 0.0.0.0} for all interfaces
 * @param portRange the UDP ports RTP may use, one even/odd pair per call
 * @param advertisedAddress the IP written into SDP {@code c=} lines, for a bridge behind NAT;
 *     empty means the bind address (or the primary interface's address when bound to all)
 * @param codecs the G.711 laws in order of preference for offer/answer
 * @param ptime the packet time sent and asked for in SDP
 * @param telephoneEvent whether RFC 4733 DTMF is negotiated
 * @param jitterBufferMin the jitter buffer's initial and minimum delay
 * @param jitterBufferMax the jitter buffer's maximum delay; later packets are dropped
 */
public record RtpConfig(
    String bindAddress,
    PortRange portRange,
    String advertisedAddress,
    List<G711Codec> codecs,
    Duration ptime,
    boolean telephoneEvent,
    Duration jitterBufferMin,
    Duration jitterBufferMax) {

  /** All interfaces. */
  public static final String DEFAULT_BIND_ADDRESS = "0.0.0.0";
  /** 10000-20000: 5000 calls' worth, the range most SBC firewall rules already open. */
  public static final PortRange DEFAULT_PORT_RANGE = new PortRange(10_000, 20_000);
  /** Empty: derived from the bind address. */
  public static final String DEFAULT_ADVERTISED_ADDRESS = "";
  /** PCMU, then PCMA. */
  public static final List<G711Codec> DEFAULT_CODECS = MediaPolicy.DEFAULT_CODEC_PREFERENCE;
  /** 20 ms, what every SIP device supports. */
  public static final Duration DEFAULT_PTIME = Duration.ofMillis(MediaPolicy.DEFAULT_PTIME_MS);
  /** DTMF on: IVR menus need it. */
  public static final boolean DEFAULT_TELEPHONE_EVENT = MediaPolicy.DEFAULT_TELEPHONE_EVENT;
  /** Two packets: absorbs ordinary network jitter without adding noticeable delay. */
  public static final Duration DEFAULT_JITTER_BUFFER_MIN = Duration.ofMillis(40);
  /** Ten packets: beyond that, late audio is worse than lost audio in a conversation. */
  public static final Duration DEFAULT_JITTER_BUFFER_MAX = Duration.ofMillis(200);

  /** The built-in defaults. */
  public static final RtpConfig DEFAULTS = new RtpConfig(DEFAULT_BIND_ADDRESS, DEFAULT_PORT_RANGE,
      DEFAULT_ADVERTISED_ADDRESS, DEFAULT_CODECS, DEFAULT_PTIME, DEFAULT_TELEPHONE_EVENT,
      DEFAULT_JITTER_BUFFER_MIN, DEFAULT_JITTER_BUFFER_MAX);

  /**
   * Checks every setting.
   *
   * @throws InvalidSettingException naming the first bad setting by its YAML key
   */
  public RtpConfig {
    Checks.ipLiteral("bind-address", bindAddress, false);
    Checks.notNull("port-range", portRange);
    Checks.ipLiteral("advertised-address", advertisedAddress, true);
    codecs = List.copyOf(Checks.notNull("codecs", codecs));
    Durations.check("ptime", ptime, Duration.ofMillis(MediaPolicy.MIN_PTIME_MS),
        Duration.ofMillis(MediaPolicy.MAX_PTIME_MS));
    Durations.check("jitter-buffer-min", jitterBufferMin, Duration.ZERO, Duration.ofSeconds(1));
    Durations.check("jitter-buffer-max", jitterBufferMax, jitterBufferMin, Duration.ofSeconds(2));
    if (ptime.toMillis() % MediaPolicy.MIN_PTIME_MS != 0) {
      throw new InvalidSettingException(
          "ptime", "must be a multiple of 10ms, got " + Durations.format(ptime));
    }
    if (codecs.isEmpty() || codecs.stream().distinct().count() != codecs.size()) {
      throw new InvalidSettingException("codecs", "must list PCMU and/or PCMA once each");
    }
  }

  /** The offer/answer policy these settings describe. */
  public MediaPolicy mediaPolicy() {
    return new MediaPolicy(codecs, (int) ptime.toMillis(), telephoneEvent,
        MediaPolicy.DEFAULT_TELEPHONE_EVENT_PAYLOAD_TYPE);
  }

  /** A builder starting from the defaults. */
  public static Builder newBuilder() {
    return DEFAULTS.toBuilder();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  static RtpConfig from(ConfigNode node, RtpConfig base) throws ConfigException {
    Builder b = base.toBuilder();
    b.bindAddress = node.string("bind-address", b.bindAddress);
    b.portRange = node.parsed("port-range", b.portRange, "LO-HI", PortRange::parse);
    b.advertisedAddress = node.string("advertised-address", b.advertisedAddress);
    List<String> names = node.strings("codecs", null);
    if (names != null) {
      List<G711Codec> codecs = new ArrayList<>();
      for (String name : names) {
        try {
          codecs.add(G711Codec.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw node.error("codecs", "unknown codec '" + name + "'; allowed: PCMU, PCMA");
        }
      }
      b.codecs = codecs;
    }
    b.ptime = node.duration("ptime", b.ptime);
    b.telephoneEvent = node.bool("telephone-event", b.telephoneEvent);
    b.jitterBufferMin = node.duration("jitter-buffer-min", b.jitterBufferMin);
    b.jitterBufferMax = node.duration("jitter-buffer-max", b.jitterBufferMax);
    node.checkNoUnknownKeys();
    return node.build(b::build);
  }

  /** Builds an {@link RtpConfig}; {@link #build()} checks the settings. */
  public static final class Builder {
    private String bindAddress;
    private PortRange portRange;
    private String advertisedAddress;
    private List<G711Codec> codecs;
    private Duration ptime;
    private boolean telephoneEvent;
    private Duration jitterBufferMin;
    private Duration jitterBufferMax;

    private Builder(RtpConfig c) {
      bindAddress = c.bindAddress;
      portRange = c.portRange;
      advertisedAddress = c.advertisedAddress;
      codecs = c.codecs;
      ptime = c.ptime;
      telephoneEvent = c.telephoneEvent;
      jitterBufferMin = c.jitterBufferMin;
      jitterBufferMax = c.jitterBufferMax;
    }

    /** @param v the local IP for RTP sockets @return this builder */
    public Builder bindAddress(String v) {
      bindAddress = v;
      return this;
    }

    /** @param v the RTP ports @return this builder */
    public Builder portRange(PortRange v) {
      portRange = v;
      return this;
    }

    /** @param v the IP for SDP, empty to derive it @return this builder */
    public Builder advertisedAddress(String v) {
      advertisedAddress = v;
      return this;
    }

    /** @param v the codec preference @return this builder */
    public Builder codecs(List<G711Codec> v) {
      codecs = v;
      return this;
    }

    /** @param v the packet time @return this builder */
    public Builder ptime(Duration v) {
      ptime = v;
      return this;
    }

    /** @param v whether DTMF is negotiated @return this builder */
    public Builder telephoneEvent(boolean v) {
      telephoneEvent = v;
      return this;
    }

    /** @param v the minimum jitter buffer delay @return this builder */
    public Builder jitterBufferMin(Duration v) {
      jitterBufferMin = v;
      return this;
    }

    /** @param v the maximum jitter buffer delay @return this builder */
    public Builder jitterBufferMax(Duration v) {
      jitterBufferMax = v;
      return this;
    }

    /** The settings; throws {@link InvalidSettingException} naming a bad one. */
    public RtpConfig build() {
      return new RtpConfig(bindAddress, portRange, advertisedAddress, codecs, ptime,
          telephoneEvent, jitterBufferMin, jitterBufferMax);
    }
  }
}
