package dev.voicebridge.bridge.rtp;

import java.net.InetSocketAddress;

/**
 * Where to send a call's RTP (symmetric RTP, RFC 4961, also known as "comedia"): to the address
 * signalled in the SDP until media arrives, then to the source the caller's packets actually come
 * from, which differs whenever the caller is behind a NAT.
 *
 * <p>The first packet that passed validation and carries an expected payload type latches the
 * remote. A later change of source (a NAT rebinding) is believed only after {@code relatchPackets}
 * consecutive such packets from the new source; until then its packets are refused, so a stray or
 * spoofed packet cannot steal the stream. (Only SRTP truly protects it.)
 *
 * <p>Single-threaded: the call's event loop. No allocation: sources are compared, and the sender's
 * address object kept, as Netty delivers it.
 */
public final class SymmetricRtpLatch {
  /** Consecutive packets from a new source that move the latch by default (100 ms of audio). */
  public static final int DEFAULT_RELATCH_PACKETS = 5;

  private final int relatchPackets;
  private InetSocketAddress signalled;
  private InetSocketAddress latched;
  private InetSocketAddress candidate;
  private int candidatePackets;
  private long latches;

  /**
   * A latch that sends to {@code signalled} until media arrives.
   *
   * @param signalled the connection address and port of the SDP, or {@code null} (or a wildcard
   *     address: RFC 3264 §8.4 hold) to send nothing until media arrives
   * @param relatchPackets consecutive packets from a new source that move the latch, at least 1
   */
  public SymmetricRtpLatch(InetSocketAddress signalled, int relatchPackets) {
    if (relatchPackets < 1) {
      throw new IllegalArgumentException("relatchPackets must be positive: " + relatchPackets);
    }
    this.relatchPackets = relatchPackets;
    this.signalled = usable(signalled);
  }

  private static InetSocketAddress usable(InetSocketAddress address) {
    if (address == null || address.isUnresolved() || address.getAddress().isAnyLocalAddress()) {
      return null;
    }
    return address;
  }

  /**
   * Accounts one valid packet of an expected payload type.
   *
   * @param sender where it came from
   * @return whether the packet comes from the (possibly just) latched source and may be played
   */
  public boolean accept(InetSocketAddress sender) {
    if (latched == null) {
      latch(sender);
      return true;
    }
    if (latched.equals(sender)) {
      candidate = null;
      candidatePackets = 0;
      return true;
    }
    if (sender.equals(candidate)) {
      candidatePackets++;
    } else {
      candidate = sender;
      candidatePackets = 1;
    }
    if (candidatePackets >= relatchPackets) {
      latch(sender);
      return true;
    }
    return false;
  }

  private void latch(InetSocketAddress sender) {
    latched = sender;
    candidate = null;
    candidatePackets = 0;
    latches++;
  }

  /**
   * A new SDP (re-INVITE) names another address: send there and latch afresh.
   *
   * @param address the new connection address and port, or {@code null} / wildcard for none
   */
  public void resignal(InetSocketAddress address) {
    signalled = usable(address);
    latched = null;
    candidate = null;
    candidatePackets = 0;
  }

  /** Where to send now: the latched source, else the signalled address; {@code null} if none. */
  public InetSocketAddress remote() {
    return latched != null ? latched : signalled;
  }

  /** Whether media has been received and the remote latched. */
  public boolean isLatched() {
    return latched != null;
  }

  /** Times the remote was latched, the first included. */
  public long latchCount() {
    return latches;
  }
}
