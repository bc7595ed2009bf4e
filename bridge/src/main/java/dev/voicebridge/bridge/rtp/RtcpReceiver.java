package dev.voicebridge.bridge.rtp;

import io.netty.buffer.ByteBuf;
import java.net.InetSocketAddress;

/**
 * Where RTCP packets multiplexed on the RTP port (RFC 5761) go once recognised. Until RTCP
 * statistics exist they are only counted, through {@link #DISCARD}; this is the seam for the
 * receiver that parses sender and receiver reports.
 *
 * <p>Called on the event loop of the channel the packet arrived on.
 */
@FunctionalInterface
public interface RtcpReceiver {
  /** Ignores every RTCP packet. */
  RtcpReceiver DISCARD = (packet, sender) -> {};

  /**
   * Receives one compound RTCP packet.
   *
   * @param packet the datagram's readable bytes; borrowed for the duration of the call and released
   *     by the caller afterwards, so retain (or copy) it to keep it
   * @param sender where it came from
   */
  void rtcpReceived(ByteBuf packet, InetSocketAddress sender);
}
