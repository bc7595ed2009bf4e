package dev.voicebridge.bridge.rtp;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * The even UDP ports of a range, handed out one per call for RTP (the odd port above each stays
 * reserved for RTCP, RFC 3550 §11). Shared by every event loop: calls are set up on any of them.
 *
 * <p>Lock-free and allocation-free: one slot per even port in an {@link AtomicIntegerArray},
 * claimed by compare-and-set while a cursor rotates through the range. The rotation means a
 * released port is reused only after every other free port, so a late packet for an ended call
 * rarely lands in a new one, and a port that failed to bind is retried last, not lost.
 *
 * <p>The pool accounts for ports; {@link #bind} also binds the call's UDP socket.
 */
public final class RtpPortPool {
  /** The default first port (livekit and most SBCs use 10000-20000). */
  public static final int DEFAULT_MIN_PORT = 10000;

  /** The default last port. */
  public static final int DEFAULT_MAX_PORT = 20000;

  /** Ports {@link #bind} tries before giving up on one call. */
  public static final int DEFAULT_MAX_BIND_ATTEMPTS = 8;

  private static final int FREE = 0;
  private static final int IN_USE = 1;

  private final int firstPort;
  private final int lastPort;
  private final int maxBindAttempts;
  private final AtomicIntegerArray slots;
  private final AtomicInteger cursor = new AtomicInteger();
  private final AtomicInteger inUse = new AtomicInteger();
  private final LongAdder bindFailures = new LongAdder();

  /** A pool over {@link #DEFAULT_MIN_PORT}-{@link #DEFAULT_MAX_PORT}. */
  public RtpPortPool() {
    this(DEFAULT_MIN_PORT, DEFAULT_MAX_PORT, DEFAULT_MAX_BIND_ATTEMPTS);
  }

  /**
   * A pool over the even ports {@code p} with {@code minPort <= p} and {@code p + 1 <= maxPort}.
   *
   * @param minPort lowest port of the range; rounded up to even
   * @param maxPort highest port of the range, which may be the RTCP port of the last pair
   * @param maxBindAttempts ports {@link #bind} tries per call before failing
   */
  public RtpPortPool(int minPort, int maxPort, int maxBindAttempts) {
    if (minPort < 1 || maxPort > 65535 || minPort > maxPort) {
      throw new IllegalArgumentException("bad RTP port range " + minPort + "-" + maxPort);
    }
    if (maxBindAttempts < 1) {
      throw new IllegalArgumentException("maxBindAttempts must be positive: " + maxBindAttempts);
    }
    this.firstPort = minPort + (minPort & 1);
    int pairs = (maxPort - firstPort + 1) / 2;
    if (pairs < 1) {
      throw new IllegalArgumentException("no RTP/RTCP port pair in " + minPort + "-" + maxPort);
    }
    this.lastPort = firstPort + 2 * (pairs - 1);
    this.slots = new AtomicIntegerArray(pairs);
    this.maxBindAttempts = maxBindAttempts;
  }

  /**
   * Takes a free port, without binding it. Safe from any thread.
   *
   * @return an even port, now in use until {@link #release}d
   * @throws RtpPortsExhaustedException if every port is in use
   */
  public int acquire() throws RtpPortsExhaustedException {
    int capacity = slots.length();
    if (inUse.get() < capacity) {
      int start = Math.floorMod(cursor.getAndIncrement(), capacity);
      for (int i = 0; i < capacity; i++) {
        int slot = start + i < capacity ? start + i : start + i - capacity;
        if (slots.get(slot) == FREE && slots.compareAndSet(slot, FREE, IN_USE)) {
          inUse.incrementAndGet();
          // Start the next search after this slot so the range is used round-robin.
          cursor.set(slot + 1);
          return firstPort + 2 * slot;
        }
      }
    }
    throw new RtpPortsExhaustedException(
        "all " + capacity + " RTP ports in " + firstPort + "-" + lastPort + " are in use");
  }

  /**
   * Gives back a port taken with {@link #acquire}. Safe from any thread.
   *
   * @throws IllegalStateException if the port is not in use (released twice, or never acquired)
   */
  public void release(int port) {
    int slot = slotOf(port);
    if (!slots.compareAndSet(slot, IN_USE, FREE)) {
      throw new IllegalStateException("RTP port " + port + " is not in use");
    }
    inUse.decrementAndGet();
  }

  private int slotOf(int port) {
    if (port < firstPort || port > lastPort || (port & 1) != 0) {
      throw new IllegalArgumentException(
          "RTP port " + port + " is not in " + firstPort + "-" + lastPort + " or is odd");
    }
    return (port - firstPort) / 2;
  }

  /**
   * Takes a port and binds a non-blocking UDP socket to it. A port that fails to bind (taken by
   * another process) goes back to the pool and the next one is tried, up to the configured number
   * of attempts. Binding is one system call that does not wait, so this may run on an event loop;
   * safe from any thread.
   *
   * @param address the local address to bind; an IPv4 address gets an IPv4-only socket
   * @return the lease, which owns socket and port until {@link RtpPortLease#close()}
   * @throws RtpPortsExhaustedException if every port is in use, or none of the attempts bound
   */
  public RtpPortLease bind(InetAddress address) throws RtpPortsExhaustedException {
    Objects.requireNonNull(address, "address");
    IOException lastFailure = null;
    for (int attempt = 0; attempt < maxBindAttempts; attempt++) {
      int port = acquire();
      DatagramChannel channel = null;
      try {
        channel = DatagramChannel.open(familyOf(address));
        channel.configureBlocking(false);
        channel.bind(new InetSocketAddress(address, port));
        return new RtpPortLease(this, port, channel);
      } catch (IOException e) {
        closeQuietly(channel);
        // The port goes back now; the rotating cursor retries it only after the others.
        release(port);
        bindFailures.increment();
        lastFailure = e;
      }
    }
    throw new RtpPortsExhaustedException(
        "no RTP port could be bound in " + maxBindAttempts + " attempts", lastFailure);
  }

  private static StandardProtocolFamily familyOf(InetAddress address) {
    return address instanceof Inet4Address
        ? StandardProtocolFamily.INET
        : StandardProtocolFamily.INET6;
  }

  private static void closeQuietly(DatagramChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // Nothing was bound; the descriptor is released regardless.
      }
    }
  }

  /** Ports in use now; 0 once every call has ended (the bridge's leak report checks it). */
  public int inUseCount() {
    return inUse.get();
  }

  /** Ports free now. */
  public int freeCount() {
    return slots.length() - inUse.get();
  }

  /** Ports in the pool. */
  public int capacity() {
    return slots.length();
  }

  /** Binds that failed since start, each followed by another port. */
  public long bindFailureCount() {
    return bindFailures.sum();
  }

  @Override
  public String toString() {
    return "RtpPortPool(" + firstPort + "-" + lastPort + ", in use " + inUseCount() + ")";
  }
}
