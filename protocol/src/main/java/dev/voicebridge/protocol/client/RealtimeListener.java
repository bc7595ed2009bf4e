package dev.voicebridge.protocol.client;

import dev.voicebridge.protocol.event.ServerEvent;
import io.netty.handler.codec.http.HttpHeaders;

/**
 * Receives a {@link RealtimeSession}'s events. Every method does nothing by default; override
 * those you need.
 *
 * <p>All calls come on the session's event loop, one at a time, so an implementation needs no
 * locks for state it keeps for that session; it must not block. Exactly one of {@link #onClosed}
 * and {@link #onFailure} ends every session; no call follows it. An exception thrown from a
 * callback is logged and otherwise ignored: it does not end the session.
 */
public abstract class RealtimeListener {

  /** Creates a listener. */
  protected RealtimeListener() {}

  /**
   * The upgrade succeeded; {@code session.created} follows as the first event.
   *
   * @param session the session
   * @param responseHeaders the 101 response's headers
   */
  public void onOpen(RealtimeSession session, HttpHeaders responseHeaders) {}

  /**
   * A server event arrived. Types this model does not know arrive as {@code UnknownServerEvent}.
   *
   * @param session the session
   * @param event the event; its arrays are the listener's to keep
   */
  public void onEvent(RealtimeSession session, ServerEvent event) {}

  /**
   * The send queue went over its soft limit: audio frames are being dropped until it drains.
   * Called once per episode.
   *
   * @param session the session
   * @param queuedBytes the queue size when the first frame was dropped
   */
  public void onBackpressure(RealtimeSession session, long queuedBytes) {}

  /**
   * The send queue drained below half its soft limit after {@link #onBackpressure}: audio is
   * accepted again.
   *
   * @param session the session
   * @param droppedAudioFrames audio frames dropped during the episode
   */
  public void onBackpressureRelieved(RealtimeSession session, long droppedAudioFrames) {}

  /**
   * The server sent a close frame: no more events will arrive. {@link #onClosed} follows once the
   * connection is down.
   *
   * @param session the session
   * @param code the server's close status, 1005 if it gave none
   * @param reason the server's reason text, possibly empty
   */
  public void onClosing(RealtimeSession session, int code, String reason) {}

  /**
   * The session ended cleanly: both sides exchanged close frames, or it was closed while still
   * connecting.
   *
   * @param session the session
   * @param code the close status the server sent, or the one passed to {@code close} if the
   *     session never opened
   * @param reason the matching reason text
   */
  public void onClosed(RealtimeSession session, int code, String reason) {}

  /**
   * The session failed; see {@link VoiceLiveException#kind()}. Nothing more will be delivered.
   *
   * @param session the session
   * @param failure what went wrong
   */
  public void onFailure(RealtimeSession session, VoiceLiveException failure) {}
}
