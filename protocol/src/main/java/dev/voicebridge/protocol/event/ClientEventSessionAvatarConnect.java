package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Sent when the client connects and provides its SDP (Session Description Protocol) for
 * avatar-related media negotiation.
 *
 * <p>Wire type {@code session.avatar.connect}.
 *
 * @param eventId the client-chosen event id, or null to send none
 * @param clientSdp the client's SDP offer, base64-encoded
 */
public record ClientEventSessionAvatarConnect(
    @JsonProperty("event_id") String eventId, @JsonProperty("client_sdp") String clientSdp)
    implements ClientEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "session.avatar.connect";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param clientSdp the client's SDP offer, base64-encoded
   * @return the new event
   */
  public static ClientEventSessionAvatarConnect of(String clientSdp) {
    return new ClientEventSessionAvatarConnect(null, clientSdp);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
