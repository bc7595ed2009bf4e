package dev.voicebridge.bridge.rtp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.util.Arrays;

/** Builds RTP test packets; headers go through {@link RtpHeaders#writeHeader}. */
final class RtpTestPackets {
  static final InetSocketAddress LOCAL = new InetSocketAddress("127.0.0.1", 10000);

  private RtpTestPackets() {}

  /** Octets from ints, so fixtures can be written without casts. */
  static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  /** A payload of {@code length} octets, all {@code value}. */
  static byte[] filled(int length, int value) {
    byte[] out = new byte[length];
    Arrays.fill(out, (byte) value);
    return out;
  }

  /** An unpooled RTP packet with a 12-octet header. */
  static ByteBuf rtp(
      boolean marker, int payloadType, int seq, long timestamp, long ssrc, byte[] payload) {
    ByteBuf buf = Unpooled.buffer(RtpHeaders.FIXED_HEADER_LENGTH + payload.length);
    RtpHeaders.writeHeader(buf, marker, payloadType, seq, timestamp, ssrc);
    buf.writeBytes(payload);
    return buf;
  }

  /** The RTP packet wrapped in a datagram from {@code sender} to {@link #LOCAL}. */
  static DatagramPacket datagram(
      InetSocketAddress sender,
      boolean marker,
      int payloadType,
      int seq,
      long ts,
      long ssrc,
      byte[] payload) {
    return new DatagramPacket(rtp(marker, payloadType, seq, ts, ssrc, payload), LOCAL, sender);
  }
}
