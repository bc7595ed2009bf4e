package dev.voicebridge.protocol.client;

import dev.voicebridge.protocol.event.ClientEvent;
import io.netty.buffer.ByteBuf;
import io.netty.channel.EventLoop;

/**
 * One Voice Live WebSocket, from {@link VoiceLiveClient#connect}.
 *
 * <p><b>Lifecycle.</b> A session starts <i>connecting</i> (token, name resolution, TCP, TLS, HTTP
 * upgrade), becomes <i>open</i> ({@link RealtimeListener#onOpen}), may be <i>closing</i> once a
 * close frame was sent or received, and ends either <i>closed</i> ({@link
 * RealtimeListener#onClosed}) or <i>failed</i> ({@link RealtimeListener#onFailure}), never both.
 * {@link #cancel()} ends it as failed with {@link VoiceLiveException.Kind#CANCELED}.
 *
 * <p><b>Threads.</b> Everything happens on {@link #eventLoop()}: listener calls, timers, writes.
 * The methods here may be called from any thread, and are cheapest from that loop: called
 * elsewhere, work is handed to the loop and a {@code true} result means accepted for sending, not
 * checked against the loop's latest state.
 *
 * <p><b>Back-pressure.</b> Writes queue in memory while the network or the service is slower than
 * the caller. Audio is realtime, so once more than the soft limit is queued {@link #sendAudio}
 * refuses frames (returns {@code false}, counts them as dropped) until the queue drains below
 * half the soft limit, and tells the listener once per episode. Other events are never dropped:
 * they may exceed the soft limit, and past the hard limit the session fails with {@link
 * VoiceLiveException.Kind#SEND_QUEUE_OVERFLOW}.
 */
public interface RealtimeSession {

  /**
   * The event loop this session's channel, timers and listener calls run on.
   *
   * @return the loop given to {@link VoiceLiveClient#connect}
   */
  EventLoop eventLoop();

  /**
   * The configuration this session was opened with.
   *
   * @return the configuration
   */
  VoiceLiveClientConfig config();

  /**
   * Whether the session is open: the upgrade succeeded and no close frame was sent or received.
   *
   * @return true while events can be sent and received
   */
  boolean isOpen();

  /**
   * Queues a client event. Events sent while connecting are held and written in order once the
   * session opens. An {@code input_audio_buffer.append} without an event id is audio: it takes
   * {@link #sendAudio}'s fast path and rules (dropped when not open or under back-pressure).
   *
   * @param event the event
   * @return false if the session is closing or has ended, or the event overflowed the hard limit
   */
  boolean send(ClientEvent event);

  /**
   * Sends audio as {@code input_audio_buffer.append}, base64-encoded straight into the outgoing
   * frame. Only while open: audio captured before that is stale by the time it could be sent.
   *
   * @param pcm audio in the session's {@code input_audio_format}
   * @param offset the first byte to send
   * @param length how many bytes
   * @return false if the frame was dropped: not open, or the send queue is over its soft limit
   */
  boolean sendAudio(byte[] pcm, int offset, int length);

  /**
   * Sends a buffer's readable bytes as {@code input_audio_buffer.append}. The buffer is only read:
   * its indexes do not move and it is not released, the caller still owns it.
   *
   * @param pcm audio in the session's {@code input_audio_format}
   * @return false if the frame was dropped: not open, or the send queue is over its soft limit
   */
  boolean sendAudio(ByteBuf pcm);

  /**
   * Bytes accepted for sending and not yet written to the socket, frame overhead included.
   *
   * @return the queue size in bytes
   */
  long queuedBytes();

  /**
   * A snapshot of this session's counters.
   *
   * @return the counters now
   */
  RealtimeSessionStats stats();

  /**
   * Starts a clean close: sends a close frame, waits for the server's (at most the close
   * timeout), then closes the connection and calls {@link RealtimeListener#onClosed}. While still
   * connecting, the attempt is abandoned and {@code onClosed} is called with these values.
   *
   * @param code a close status: 1000 (normal), 1001 (going away) or 3000-4999
   * @param reason the reason text, at most 123 UTF-8 bytes; may be {@code null}
   * @return false if the session was already closing or ended
   * @throws IllegalArgumentException if the code or reason is not allowed in a close frame
   */
  boolean close(int code, String reason);

  /**
   * Ends the session at once: the connection is closed without a closing handshake, queued
   * frames are discarded and {@link RealtimeListener#onFailure} is called with {@link
   * VoiceLiveException.Kind#CANCELED}, unless the session had already ended.
   */
  void cancel();
}
