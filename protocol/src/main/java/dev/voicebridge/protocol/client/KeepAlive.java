package dev.voicebridge.protocol.client;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Pings an open session every interval and fails it when a ping goes unanswered for the pong
 * timeout. A dead TCP path (a NAT that forgot the flow, a crashed load balancer) otherwise goes
 * unnoticed while the call hears silence. Runs on the session's event loop only.
 */
final class KeepAlive implements Runnable {

  private final RealRealtimeSession session;
  private final Channel channel;
  private final long intervalNanos;
  private final Duration pongTimeout;
  private final Runnable pongTimedOut = this::pongTimedOut;
  private ScheduledFuture<?> pings;
  private ScheduledFuture<?> pongDeadline;

  KeepAlive(RealRealtimeSession session, Channel channel, Duration interval, Duration pongTimeout) {
    this.session = session;
    this.channel = channel;
    this.intervalNanos = interval.toNanos();
    this.pongTimeout = pongTimeout;
  }

  /** Starts pinging, unless the interval is zero. */
  void start() {
    if (intervalNanos > 0) {
      pings =
          channel.eventLoop()
              .scheduleAtFixedRate(this, intervalNanos, intervalNanos, TimeUnit.NANOSECONDS);
    }
  }

  /** Sends one ping, unless the last one is still unanswered. */
  @Override
  public void run() {
    if (pongDeadline != null) {
      return;
    }
    channel.writeAndFlush(new PingWebSocketFrame(), channel.voidPromise());
    pongDeadline =
        channel.eventLoop().schedule(pongTimedOut, pongTimeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Any pong answers the outstanding ping; RFC 6455 §5.5.3 allows unsolicited ones too. */
  void onPong() {
    if (pongDeadline != null) {
      pongDeadline.cancel(false);
      pongDeadline = null;
    }
  }

  /** Stops pinging and forgets the outstanding ping. */
  void stop() {
    if (pings != null) {
      pings.cancel(false);
      pings = null;
    }
    onPong();
  }

  private void pongTimedOut() {
    pongDeadline = null;
    session.fail(
        new VoiceLiveException(
            VoiceLiveException.Kind.PONG_TIMEOUT,
            "no pong within " + pongTimeout.toMillis() + " ms of a ping"));
  }
}
