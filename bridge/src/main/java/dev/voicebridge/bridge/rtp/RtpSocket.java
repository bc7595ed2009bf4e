package dev.voicebridge.bridge.rtp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call's UDP socket, read and written on the pacer's tick rather than when the kernel reports
 * it readable. The socket is non-blocking and registered with no selector, so a caller's packet
 * does not wake the event loop: packets wait in the kernel until the tick that plays them, and a
 * loop serving hundreds of calls wakes once per frame period instead of once per packet. Each tick
 * takes at most {@link #MAX_DATAGRAMS_PER_TICK}; a flood beyond that stays in (and overflows) the
 * kernel's buffer instead of taking the loop from the other calls.
 *
 * <p>The JDK's {@link DatagramChannel} is used directly because it reads and writes a direct buffer
 * without allocating (it reuses the sender's address object while the sender stays the same),
 * whereas Netty's datagram channels allocate a packet envelope and an address per datagram. One
 * direct buffer per call serves both directions: the tick's sends all finish before its receives.
 *
 * <p>Single-threaded: the call's event loop, except {@link #close()}, which the session calls
 * after its last tick.
 */
final class RtpSocket {
  private static final Logger logger = LoggerFactory.getLogger(RtpSocket.class);

  /** Datagrams this large or larger are not audio RTP (the MTU is about 1,500): dropped. */
  static final int MAX_DATAGRAM_BYTES = 2048;

  /** Datagrams taken from the kernel per call and tick: two or three in normal catch-up. */
  static final int MAX_DATAGRAMS_PER_TICK = 8;

  private final RtpPortLease lease;
  private final DatagramChannel channel;
  private final ByteBuf buffer;
  private final ByteBuffer io; // the same memory, for the JDK's socket calls
  private long errors;
  private boolean closed;

  /**
   * Takes ownership of {@code lease}'s socket and port.
   *
   * @param lease the bound port
   * @param alloc where the call's datagram buffer comes from; released in {@link #close()}
   */
  RtpSocket(RtpPortLease lease, ByteBufAllocator alloc) {
    this.lease = lease;
    this.channel = lease.channel();
    this.buffer = alloc.directBuffer(MAX_DATAGRAM_BYTES, MAX_DATAGRAM_BYTES);
    this.io = buffer.nioBuffer(0, MAX_DATAGRAM_BYTES);
  }

  /** The buffer to build the next packet in, emptied; {@link #send} sends what was written. */
  ByteBuf packetBuffer() {
    return buffer.clear();
  }

  /**
   * Sends the readable bytes of {@link #packetBuffer()} to {@code remote}. A packet the kernel
   * cannot take (send buffer full, network unreachable) is dropped and counted: late audio is
   * worse than none, and the next tick brings the next frame.
   */
  void send(InetSocketAddress remote) {
    io.limit(buffer.writerIndex()).position(buffer.readerIndex());
    try {
      if (channel.send(io, remote) == 0) {
        errors++;
      }
    } catch (IOException | RuntimeException e) {
      failed("send to " + remote, e);
    }
  }

  /**
   * Hands every datagram waiting in the kernel (up to {@link #MAX_DATAGRAMS_PER_TICK}) to {@code
   * receiver}, all with the same arrival time: the tick's.
   */
  void receive(RtpReceiver receiver, long arrivalNanos) {
    for (int i = 0; i < MAX_DATAGRAMS_PER_TICK; i++) {
      io.clear();
      SocketAddress sender;
      try {
        sender = channel.receive(io);
      } catch (IOException | RuntimeException e) {
        failed("receive", e);
        return;
      }
      if (sender == null) {
        return;
      }
      int length = io.position();
      if (length >= MAX_DATAGRAM_BYTES) {
        receiver.dropInvalid(); // truncated by the socket: not one of ours
        continue;
      }
      buffer.setIndex(0, length);
      receiver.receive(buffer, (InetSocketAddress) sender, arrivalNanos);
    }
  }

  private void failed(String what, Exception e) {
    if (errors++ == 0) {
      logger.debug("RTP port {}: {} failed: {}", lease.port(), what, e.toString());
    }
  }

  /** Sends the kernel refused or that failed, and failed receives. */
  long errors() {
    return errors;
  }

  /** The local port. */
  int port() {
    return lease.port();
  }

  /** The socket, for tests that wait for it to become readable. */
  DatagramChannel channel() {
    return channel;
  }

  /** Closes the socket, returns the port and frees the buffer. Idempotent. */
  void close() {
    if (closed) {
      return;
    }
    closed = true;
    lease.close();
    buffer.release();
  }

  /** Whether {@link #close()} has run. */
  boolean isClosed() {
    return closed;
  }
}
