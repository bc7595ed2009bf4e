package dev.voicebridge.bridge.rtp;

import static dev.voicebridge.bridge.rtp.RtpTestPackets.filled;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A call's socket on loopback, read and written as the pacer's tick does. */
class RtpSocketIT {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final RtpAudioFormat PCMU = RtpAudioFormat.PCMU;

  private final RtpPortPool pool = new RtpPortPool(43320, 43329, 5);
  private final RtpReceiver receiver =
      new RtpReceiver(
          PCMU,
          new JitterBuffer(PCMU, JitterBufferConfig.DEFAULT),
          new SymmetricRtpLatch(null, 2),
          RtcpReceiver.DISCARD);
  private RtpSocket socket;
  private DatagramChannel phone;
  private Selector arrivals;

  @BeforeEach
  void open() throws Exception {
    socket = new RtpSocket(pool.bind(LOOPBACK), ByteBufAllocator.DEFAULT);
    phone = DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, 0));
    arrivals = Selector.open();
    socket.channel().register(arrivals, SelectionKey.OP_READ);
  }

  @AfterEach
  void close() throws Exception {
    arrivals.close();
    phone.close();
    socket.close();
  }

  private void phoneSends(byte[] datagram) throws Exception {
    phone.send(ByteBuffer.wrap(datagram), new InetSocketAddress(LOOPBACK, socket.port()));
  }

  private static byte[] rtp(int seq) {
    ByteBuf packet = RtpTestPackets.rtp(seq == 0, 0, seq, seq * 160L, 77, filled(160, seq));
    byte[] bytes = new byte[packet.readableBytes()];
    packet.readBytes(bytes);
    packet.release();
    return bytes;
  }

  /** Waits until the last datagram sent is in the socket (loopback keeps their order). */
  private void awaitArrival() throws Exception {
    assertThat(arrivals.select(5000)).isPositive();
    arrivals.selectedKeys().clear();
  }

  @Test
  void aTickTakesAtMostItsShareAndLeavesTheRestForTheNext() throws Exception {
    int sent = RtpSocket.MAX_DATAGRAMS_PER_TICK + 3;
    for (int seq = 0; seq < sent; seq++) {
      phoneSends(rtp(seq));
    }
    awaitArrival();

    socket.receive(receiver, 0);
    assertThat(receiver.packetsIn()).isEqualTo(RtpSocket.MAX_DATAGRAMS_PER_TICK);
    socket.receive(receiver, 20_000_000L);
    assertThat(receiver.packetsIn()).isEqualTo(sent);
    socket.receive(receiver, 40_000_000L); // nothing waiting: returns at once
    assertThat(receiver.packetsIn()).isEqualTo(sent);
    assertThat(receiver.latch().remote()).isEqualTo(phone.getLocalAddress());
    assertThat(socket.errors()).isZero();
  }

  @Test
  void aDatagramTooLargeForAudioIsCountedInvalidNotParsed() throws Exception {
    byte[] huge = new byte[RtpSocket.MAX_DATAGRAM_BYTES + 100];
    System.arraycopy(rtp(0), 0, huge, 0, 12); // a valid header: only the size gives it away
    phoneSends(huge);
    phoneSends(rtp(1));
    awaitArrival();

    socket.receive(receiver, 0);

    assertThat(receiver.invalid()).isEqualTo(1);
    assertThat(receiver.packetsIn()).isEqualTo(1);
  }

  @Test
  void sendsThePacketBuiltInItsBufferAndCountsASendTheKernelRefuses() throws Exception {
    ByteBuf packet = socket.packetBuffer();
    packet.writeBytes(rtp(5));

    socket.send((InetSocketAddress) phone.getLocalAddress());
    socket.send(new InetSocketAddress(LOOPBACK, 0)); // "Can't send to port 0"
    socket.send((InetSocketAddress) phone.getLocalAddress()); // the socket still works

    ByteBuffer in = ByteBuffer.allocate(2048);
    phone.receive(in);
    assertThat(in.position()).isEqualTo(172);
    assertThat(in.get(3)).isEqualTo((byte) 5); // sequence number 5
    in.clear();
    phone.receive(in);
    assertThat(in.position()).isEqualTo(172);
    assertThat(socket.errors()).isEqualTo(1);
    assertThat(socket.packetBuffer().readableBytes()).isZero(); // emptied for the next packet
  }

  @Test
  void closeReturnsThePortOnce() {
    assertThat(pool.inUseCount()).isEqualTo(1);

    socket.close();
    socket.close();

    assertThat(socket.isClosed()).isTrue();
    assertThat(pool.inUseCount()).isZero();
  }
}
