package dev.voicebridge.bridge.sdp;

import java.util.Objects;
import java.util.Optional;

/**
 * RFC 4733 DTMF events on an audio stream: {@code a=rtpmap:101 telephone-event/8000} with {@code
 * a=fmtp:101 0-16}.
 *
 * @param payloadType the dynamic payload type carrying the events
 * @param events the event list of the fmtp line, e.g. {@code 0-15} (digits, *, #, A-D) or {@code
 *     0-16} (plus flash); empty when the offer had no fmtp, which RFC 4733 §2.4.1 reads as 0-15
 */
public record TelephoneEvent(int payloadType, String events) {

  /** The events we offer: the 16 DTMF tones and hook flash (RFC 4733 §3.2). */
  public static final String DEFAULT_EVENTS = "0-16";

  /** Checks the components. */
  public TelephoneEvent {
    Objects.requireNonNull(events, "events");
    if (payloadType < 0 || payloadType > PayloadFormat.MAX_PAYLOAD_TYPE) {
      throw new IllegalArgumentException("payload type out of range: " + payloadType);
    }
  }

  /**
   * The telephone-event of a payload format, if it is one at G.711's clock rate. RFC 4733 §2.1
   * ties the event clock to the audio codec's, so a {@code telephone-event/16000} offered next to
   * G.722 is no use on a G.711 stream.
   *
   * @param format an offered or answered payload format
   * @return the events, or empty
   */
  static Optional<TelephoneEvent> of(PayloadFormat format) {
    return format.isTelephoneEvent() && format.clockRate() == G711Codec.CLOCK_RATE
        ? Optional.of(new TelephoneEvent(format.payloadType(), format.fmtp()))
        : Optional.empty();
  }

  /** The value of the {@code a=rtpmap} line for these events. */
  String rtpMapValue() {
    return payloadType + " " + PayloadFormat.TELEPHONE_EVENT + "/" + G711Codec.CLOCK_RATE;
  }
}
