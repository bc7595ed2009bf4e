package dev.voicebridge.bridge.call;

/** Why a call ended; decides what, if anything, is still sent to the caller. */
public enum CallEnd {
  /** SDP offer missing, malformed or not acceptable; the INVITE was rejected. */
  REJECTED(false, false),
  /** No RTP port free; 503 was sent. */
  NO_MEDIA_PORT(false, false),
  /** The media loops had fallen behind (their calls losing frames); 503 was sent. */
  OVERLOADED(false, false),
  /** The caller cancelled before the answer. */
  CANCELLED(false, false),
  /** The caller hung up. */
  REMOTE_BYE(false, false),
  /** The SIP layer ended the dialog (no ACK, transport error, timeout). */
  SIP_TERMINATED(false, false),
  /** Voice Live failed or closed: 503 before the answer, BYE after it. */
  VOICE_LIVE_FAILED(true, true),
  /** The ACK carried no usable SDP answer to the bridge's offer; BYE, as an ACK cannot be refused. */
  MEDIA_FAILED(true, true),
  /** Neither the caller nor the model made a sound for the idle timeout. */
  IDLE(true, true),
  /** The call reached its maximum duration. */
  MAX_DURATION(true, true),
  /** The bridge is stopping. */
  SHUTDOWN(true, true);

  private final boolean rejectIfUnanswered;
  private final boolean byeIfAnswered;

  CallEnd(boolean rejectIfUnanswered, boolean byeIfAnswered) {
    this.rejectIfUnanswered = rejectIfUnanswered;
    this.byeIfAnswered = byeIfAnswered;
  }

  boolean rejectIfUnanswered() {
    return rejectIfUnanswered;
  }

  boolean byeIfAnswered() {
    return byeIfAnswered;
  }
}
