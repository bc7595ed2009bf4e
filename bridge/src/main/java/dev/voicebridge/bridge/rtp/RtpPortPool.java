package dev.voicebridge.bridge.rtp;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.net.InetAddress;
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
 * <p>The pool only accounts for ports; {@link #bind} also binds the UDP channel, on the event loop
 * the call is pinned to.
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
   * Takes a port and binds a UDP channel to it on {@code loop}. A port that fails to bind (taken by
   * another process) goes back to the pool and the next one is tried, up to the configured number
   * of attempts. Never blocks; safe from any thread.
   *
   * @param template channel type, options and handler; cloned onto {@code loop}. Its handler is
   *     installed on every channel tried, so it must be sharable (a {@code ChannelInitializer})
   * @param loop the event loop the call is pinned to
   * @param address the local address to bind
   * @return completes with the lease, or fails with {@link RtpPortsExhaustedException}
   */
  public Future<RtpPortLease> bind(Bootstrap template, EventLoop loop, InetAddress address) {
    Objects.requireNonNull(address, "address");
    Bootstrap bootstrap = template.clone(Objects.requireNonNull(loop, "loop"));
    Promise<RtpPortLease> promise = loop.newPromise();
    tryBind(bootstrap, address, promise, maxBindAttempts);
    return promise;
  }

  private void tryBind(
      Bootstrap bootstrap, InetAddress address, Promise<RtpPortLease> promise, int attemptsLeft) {
    int port;
    try {
      port = acquire();
    } catch (RtpPortsExhaustedException e) {
      promise.tryFailure(e);
      return;
    }
    bootstrap
        .bind(address, port)
        .addListener(
            (ChannelFuture bound) -> {
              if (bound.isSuccess()) {
                RtpPortLease lease = new RtpPortLease(this, port, bound.channel());
                if (!promise.trySuccess(lease)) {
                  lease.close(); // the caller gave up meanwhile
                }
                return;
              }
              // The port goes back now; the rotating cursor retries it only after the others.
              bound.channel().close();
              release(port);
              bindFailures.increment();
              if (attemptsLeft > 1) {
                tryBind(bootstrap, address, promise, attemptsLeft - 1);
              } else {
                promise.tryFailure(
                    new RtpPortsExhaustedException(
                        "no RTP port could be bound in " + maxBindAttempts + " attempts",
                        bound.cause()));
              }
            });
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
