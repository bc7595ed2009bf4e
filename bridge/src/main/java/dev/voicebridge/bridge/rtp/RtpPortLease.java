package dev.voicebridge.bridge.rtp;

import java.io.IOException;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One even RTP port taken from an {@link RtpPortPool}, together with the non-blocking UDP socket
 * bound to it. The odd port above it stays reserved for RTCP.
 *
 * <p>The port goes back to the pool exactly once, in {@link #close()}, after the socket is closed:
 * returning it only once the socket is gone keeps the next call from failing to bind it.
 */
public final class RtpPortLease implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(RtpPortLease.class);

  private final RtpPortPool pool;
  private final int port;
  private final DatagramChannel channel;
  private final AtomicBoolean returned = new AtomicBoolean();

  RtpPortLease(RtpPortPool pool, int port, DatagramChannel channel) {
    this.pool = pool;
    this.port = port;
    this.channel = channel;
  }

  /** The RTP port, even; what the SDP answer announces in {@code m=audio}. */
  public int port() {
    return port;
  }

  /** The RTCP port (RFC 3550 §11): {@link #port()} + 1, reserved but not bound here. */
  public int rtcpPort() {
    return port + 1;
  }

  /** The bound socket, non-blocking and registered with no selector. */
  public DatagramChannel channel() {
    return channel;
  }

  /** Closes the socket, then returns the port to the pool. Idempotent; never blocks. */
  @Override
  public void close() {
    if (!returned.compareAndSet(false, true)) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      // The descriptor is released whatever close reports; the port can go back.
      logger.debug("closing RTP port {}: {}", port, e.toString());
    }
    pool.release(port);
  }

  /** Whether {@link #close()} has run. */
  public boolean isClosed() {
    return returned.get();
  }

  @Override
  public String toString() {
    return "RtpPortLease(" + port + (isClosed() ? ", closed)" : ")");
  }
}
