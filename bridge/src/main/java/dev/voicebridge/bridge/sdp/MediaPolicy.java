package dev.voicebridge.bridge.sdp;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * What the bridge accepts and asks for in offer/answer: codec preference, packet time and DTMF.
 *
 * @param codecPreference the G.711 laws in the bridge's order of preference; the bridge's order,
 *     not the offerer's, decides (RFC 3264 §6.1 leaves the choice to the answerer)
 * @param ptimeMs the packet time the bridge sends and asks to receive, in milliseconds
 * @param telephoneEvent whether RFC 4733 DTMF is accepted and offered
 * @param telephoneEventPayloadType the dynamic payload type of telephone-event in our own offers
 */
public record MediaPolicy(
    List<G711Codec> codecPreference,
    int ptimeMs,
    boolean telephoneEvent,
    int telephoneEventPayloadType) {

  /** PCMU first: the US carriers' default, and every G.711 trunk supports it. */
  public static final List<G711Codec> DEFAULT_CODEC_PREFERENCE =
      List.of(G711Codec.PCMU, G711Codec.PCMA);

  /** 20 ms: the packet time every SIP device supports and the bridge's RTP sends. */
  public static final int DEFAULT_PTIME_MS = 20;

  /** Smallest accepted packet time. */
  public static final int MIN_PTIME_MS = 10;

  /** Largest accepted packet time: beyond it a lost packet is an audible gap. */
  public static final int MAX_PTIME_MS = 60;

  /** DTMF on by default: IVR menus need it. */
  public static final boolean DEFAULT_TELEPHONE_EVENT = true;

  /** 101: the payload type Asterisk, FreeSWITCH and SIPp use for telephone-event. */
  public static final int DEFAULT_TELEPHONE_EVENT_PAYLOAD_TYPE = 101;

  private static final MediaPolicy DEFAULTS = newBuilder().build();

  /** Checks the components and copies the list. */
  public MediaPolicy {
    codecPreference = List.copyOf(codecPreference);
    if (codecPreference.isEmpty()
        || EnumSet.copyOf(codecPreference).size() != codecPreference.size()) {
      throw new IllegalArgumentException(
          "codec preference must list PCMU and/or PCMA once each: " + codecPreference);
    }
    if (ptimeMs < MIN_PTIME_MS || ptimeMs > MAX_PTIME_MS || ptimeMs % MIN_PTIME_MS != 0) {
      throw new IllegalArgumentException(
          "ptime must be a multiple of 10 in 10-60 ms: " + ptimeMs);
    }
    // RFC 3551 §6: 96-127 is the dynamic range.
    if (telephoneEventPayloadType < 96 || telephoneEventPayloadType > 127) {
      throw new IllegalArgumentException(
          "telephone-event payload type must be dynamic (96-127): " + telephoneEventPayloadType);
    }
  }

  /** PCMU then PCMA, 20 ms, DTMF on payload type 101. */
  public static MediaPolicy defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Builds a {@link MediaPolicy}; every setting starts at its default. */
  public static final class Builder {
    private List<G711Codec> codecPreference = DEFAULT_CODEC_PREFERENCE;
    private int ptimeMs = DEFAULT_PTIME_MS;
    private boolean telephoneEvent = DEFAULT_TELEPHONE_EVENT;
    private int telephoneEventPayloadType = DEFAULT_TELEPHONE_EVENT_PAYLOAD_TYPE;

    private Builder() {}

    /**
     * Sets the codec order.
     *
     * @param codecs the laws, most preferred first
     * @return this builder
     */
    public Builder codecPreference(List<G711Codec> codecs) {
      this.codecPreference = Objects.requireNonNull(codecs, "codecs");
      return this;
    }

    /**
     * Sets the packet time.
     *
     * @param ptimeMs milliseconds per packet
     * @return this builder
     */
    public Builder ptimeMs(int ptimeMs) {
      this.ptimeMs = ptimeMs;
      return this;
    }

    /**
     * Turns RFC 4733 DTMF on or off.
     *
     * @param telephoneEvent whether telephone-event is accepted and offered
     * @return this builder
     */
    public Builder telephoneEvent(boolean telephoneEvent) {
      this.telephoneEvent = telephoneEvent;
      return this;
    }

    /**
     * Sets the telephone-event payload type of our own offers.
     *
     * @param payloadType 96-127
     * @return this builder
     */
    public Builder telephoneEventPayloadType(int payloadType) {
      this.telephoneEventPayloadType = payloadType;
      return this;
    }

    /** The policy; throws {@link IllegalArgumentException} if a setting is out of range. */
    public MediaPolicy build() {
      return new MediaPolicy(codecPreference, ptimeMs, telephoneEvent, telephoneEventPayloadType);
    }
  }
}
