package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Sent when the server is in the process of establishing an avatar media connection and provides
 * its SDP answer.
 *
 * <p>Wire type {@code session.avatar.connecting}.
 *
 * @param eventId the server-assigned event id
 * @param serverSdp the server's SDP answer, base64-encoded
 */
public record ServerEventSessionAvatarConnecting(
    @JsonProperty("event_id") String eventId, @JsonProperty("server_sdp") String serverSdp)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "session.avatar.connecting";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param serverSdp the server's SDP answer, base64-encoded
   * @return the new event
   */
  public static ServerEventSessionAvatarConnecting of(String serverSdp) {
    return new ServerEventSessionAvatarConnecting(null, serverSdp);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
