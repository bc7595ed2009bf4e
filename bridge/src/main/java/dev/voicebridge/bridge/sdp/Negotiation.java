package dev.voicebridge.bridge.sdp;

import java.util.Objects;

/**
 * The result of answering an offer: the media to set up and the answer to send in the 200 OK.
 *
 * @param media what the RTP layer uses
 * @param answer the SDP body of the 200 OK
 */
public record Negotiation(NegotiatedMedia media, SdpAnswer answer) {

  /** Checks the components. */
  public Negotiation {
    Objects.requireNonNull(media, "media");
    Objects.requireNonNull(answer, "answer");
  }
}
