package dev.voicebridge.bridge.rtp;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One even RTP port taken from an {@link RtpPortPool}, together with the UDP channel bound to it on
 * the call's event loop. The odd port above it stays reserved for RTCP.
 *
 * <p>The port goes back to the pool exactly once, when the channel has closed, whatever closed it:
 * {@link #close()} at call end, or the channel failing on its own. Returning it only after the
 * socket is gone keeps the next call from failing to bind it.
 */
public final class RtpPortLease {
  private final RtpPortPool pool;
  private final int port;
  private final Channel channel;
  private final AtomicBoolean returned = new AtomicBoolean();

  RtpPortLease(RtpPortPool pool, int port, Channel channel) {
    this.pool = pool;
    this.port = port;
    this.channel = channel;
    channel.closeFuture().addListener(f -> returnPort());
  }

  /** The RTP port, even; what the SDP answer announces in {@code m=audio}. */
  public int port() {
    return port;
  }

  /** The RTCP port (RFC 3550 §11): {@link #port()} + 1, reserved but not bound here. */
  public int rtcpPort() {
    return port + 1;
  }

  /** The bound UDP channel, registered on the call's event loop. */
  public Channel channel() {
    return channel;
  }

  /** Closes the channel; the port returns to the pool once it has closed. Idempotent. */
  public ChannelFuture close() {
    return channel.close();
  }

  private void returnPort() {
    if (returned.compareAndSet(false, true)) {
      pool.release(port);
    }
  }

  @Override
  public String toString() {
    return "RtpPortLease(" + port + ", " + channel + ")";
  }
}
