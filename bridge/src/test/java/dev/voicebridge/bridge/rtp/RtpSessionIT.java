package dev.voicebridge.bridge.rtp;

import static dev.voicebridge.bridge.rtp.RtpTestPackets.filled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.concurrent.MockTicker;
import io.netty.util.concurrent.Ticker;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A session on real loopback sockets, its clock driven by hand: the pacer runs on an {@link
 * EmbeddedChannel}'s loop with a mock ticker, so each {@link #tick()} is exactly one frame period,
 * while the packets go through the kernel to and from two "phones" in the test.
 */
class RtpSessionIT {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final RtpAudioFormat PCMU = RtpAudioFormat.PCMU;
  private static final int FIRST_SEQ = 1000;
  private static final long FIRST_TS = 50_000;

  private final MockTicker ticker = Ticker.newMockTicker();
  private final RtpPortPool pool = new RtpPortPool(43300, 43309, 5);
  private final OutboundFramePool frames = new OutboundFramePool(160, 50, 64, 64);
  private final List<String> inbound = new ArrayList<>();
  private DatagramChannel sdpPeer; // where the SDP said to send
  private DatagramChannel phone; // where the packets really come from
  private InetSocketAddress sdp;
  private Selector arrivals;
  private EmbeddedChannel loopOwner;
  private RtpPacer pacer;
  private RtpSession session;
  private int closedCallbacks;

  @BeforeEach
  void openPhones() throws Exception {
    sdpPeer = DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, 0));
    phone = DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, 0));
    sdpPeer.configureBlocking(false);
    phone.configureBlocking(false);
    sdp = (InetSocketAddress) sdpPeer.getLocalAddress();
    arrivals = Selector.open();
  }

  @AfterEach
  void closePhones() throws Exception {
    arrivals.close();
    sdpPeer.close();
    phone.close();
  }

  private void open(InetSocketAddress sdpAddress) throws Exception {
    RtpReceiver receiver =
        new RtpReceiver(
            PCMU,
            new JitterBuffer(PCMU, JitterBufferConfig.DEFAULT),
            new SymmetricRtpLatch(sdpAddress, 2),
            RtcpReceiver.DISCARD);
    loopOwner = EmbeddedChannel.builder().ticker(ticker).build();
    pacer = new RtpPacer(loopOwner.eventLoop(), RtpPacerConfig.DEFAULT);
    OutboundAudioQueue queue = new OutboundAudioQueue(frames, 20, 3000);
    RtpSender sender =
        new RtpSender(
            PCMU, queue, IdleAudioSource.silence(PCMU.silence()), 0xABCD, FIRST_SEQ, FIRST_TS);
    session =
        new RtpSession(
            loopOwner.eventLoop(),
            new RtpSocket(pool.bind(LOOPBACK), ByteBufAllocator.DEFAULT),
            PCMU,
            receiver,
            sender,
            queue,
            pacer,
            (frame, playout) ->
                inbound.add(playout == Playout.FRAME ? Integer.toString(frame[0]) : playout.name()),
            () -> closedCallbacks++);
    session.socketChannel().register(arrivals, SelectionKey.OP_READ);
  }

  /** Runs one frame period (the first call runs the tick due at registration). */
  private void tick() {
    loopOwner.runScheduledPendingTasks();
    ticker.advance(20, TimeUnit.MILLISECONDS);
  }

  /**
   * Waits for {@code rows.length} packets at the two phones and checks them: "to seq/ts[/M]
   * audio|idle", seq and ts relative, in sequence order; then checks nothing else came.
   */
  private void assertSent(String... rows) throws Exception {
    List<String> seen = new ArrayList<>();
    ByteBuffer in = ByteBuffer.allocate(2048);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (seen.size() < rows.length && System.nanoTime() < deadline) {
      boolean any = false;
      for (DatagramChannel peer : List.of(sdpPeer, phone)) {
        in.clear();
        if (peer.receive(in) != null) {
          any = true;
          in.flip();
          seen.add(describe(peer == sdpPeer ? "sdp" : "phone", Unpooled.wrappedBuffer(in)));
        }
      }
      if (!any) {
        Thread.sleep(1);
      }
    }
    Thread.sleep(20); // anything extra on its way arrives meanwhile
    in.clear();
    assertThat(sdpPeer.receive(in)).as("an extra packet to the SDP address").isNull();
    assertThat(phone.receive(in)).as("an extra packet to the phone").isNull();
    seen.sort(Comparator.comparingInt(row -> Integer.parseInt(row.split("[ /]")[1])));
    assertThat(seen).containsExactly(rows);
  }

  private static String describe(String to, ByteBuf datagram) {
    RtpPacket packet = RtpPacket.retainedSliceOf(datagram);
    int seq = packet.sequenceNumber() - FIRST_SEQ;
    long ts = packet.timestamp() - FIRST_TS;
    String kind = packet.payload().getByte(0) == PCMU.silence() ? "idle" : "audio";
    String row = to + " " + seq + "/" + ts + (packet.marker() ? "/M " : " ") + kind;
    packet.release();
    datagram.release();
    return row;
  }

  /** The phone sends a packet, which is in the session's socket when this returns. */
  private void phoneSends(int seq, boolean marker) throws Exception {
    ByteBuf packet = RtpTestPackets.rtp(marker, 0, seq, seq * 160L, 77, filled(160, seq));
    phone.send(packet.nioBuffer(), new InetSocketAddress(LOOPBACK, session.localPort()));
    packet.release();
    assertThat(arrivals.select(5000)).as("the packet reached the session's socket").isPositive();
    arrivals.selectedKeys().clear();
  }

  private InetSocketAddress phoneAddress() throws Exception {
    return (InetSocketAddress) phone.getLocalAddress();
  }

  private void finish() throws Exception {
    session.close();
    assertFalse(loopOwner.finish());
    assertThat(pool.inUseCount()).isZero();
    assertThat(frames.chunksInUse()).isZero();
  }

  @Test
  void sendsSilenceToTheSdpAddressThenToTheLatchedSource() throws Exception {
    open(sdp);
    tick();
    tick();
    phoneSends(0, true);
    tick(); // sends to the SDP address, then reads the phone's packet and latches
    tick();

    assertSent("sdp 0/0/M idle", "sdp 1/160 idle", "sdp 2/320 idle", "phone 3/480 idle");
    assertThat(session.remote()).isEqualTo(phoneAddress());
    finish();
  }

  @Test
  void playsQueuedAudioAndStopsWithinOneFrameOfAFlush() throws Exception {
    open(sdp);
    for (int i = 0; i < 5; i++) {
      session.outbound().offer(filled(160, 0x11), 0, 7);
    }
    tick();
    tick();

    OutboundAudioQueue.Flushed flushed = session.outbound().flush();
    tick();

    assertThat(flushed).isEqualTo(new OutboundAudioQueue.Flushed(3, 60, 7, 40));
    assertSent("sdp 0/0/M audio", "sdp 1/160 audio", "sdp 2/320 idle");
    assertThat(session.outbound().sentMillis(7)).isEqualTo(40);
    finish();
  }

  @Test
  void handsTheSinkOneFramePerPeriodWhateverArrives() throws Exception {
    open(sdp);
    tick(); // nothing received yet
    phoneSends(0, true);
    tick();
    phoneSends(1, false);
    tick();
    tick();
    tick();
    tick(); // frame 2 never arrives and nothing follows: silence, not concealment

    assertThat(inbound).containsExactly("NONE", "NONE", "NONE", "0", "1", "NONE");
    finish();
  }

  @Test
  void holdSendsNothingAndTheFirstPacketAfterIsMarked() throws Exception {
    open(sdp);
    tick();
    session.setSending(false);
    tick();
    tick();
    session.setSending(true);
    tick();

    assertSent("sdp 0/0/M idle", "sdp 1/480/M idle");
    finish();
  }

  @Test
  void withNowhereToSendTheAudioWaitsForTheLatch() throws Exception {
    open(new InetSocketAddress("0.0.0.0", 4000)); // RFC 2543 hold style SDP
    session.outbound().offer(filled(160, 0x11), 0, 1);
    tick();
    tick();

    assertSent();
    assertThat(session.outbound().size()).isEqualTo(1);
    phoneSends(0, true);
    tick(); // read after this tick's send: latched for the next
    tick();
    assertSent("phone 0/480/M audio");
    finish();
  }

  @Test
  void closeReleasesPortSocketChunksAndTheClock() throws Exception {
    open(sdp);
    session.outbound().offer(filled(160, 0x11), 0, 1);
    tick();
    session.outbound().offer(filled(160, 0x11), 0, 1);
    assertThat(pool.inUseCount()).isEqualTo(1);
    assertThat(frames.chunksInUse()).isEqualTo(1);

    session.close();
    session.close(); // idempotent

    assertThat(session.isClosed()).isTrue();
    assertThat(session.closeFuture().isSuccess()).isTrue();
    assertThat(closedCallbacks).isEqualTo(1);
    assertThat(session.socketChannel().isOpen()).isFalse();
    assertThat(pool.inUseCount()).isZero();
    assertThat(frames.chunksInUse()).isZero();
    assertThat(pacer.streamCount()).isZero();
    assertThat(loopOwner.runScheduledPendingTasks()).isEqualTo(-1); // the pacer stopped
    assertSent("sdp 0/0/M audio");
    finish();
  }

  @Test
  void statsCoverBothDirections() throws Exception {
    open(sdp);
    session.outbound().offer(filled(160, 0x11), 0, 1);
    phoneSends(0, true);
    phoneSends(0, true); // duplicate
    tick();
    tick();

    RtpSessionStats stats = session.stats();

    assertThat(stats.packetsIn()).isEqualTo(2);
    assertThat(stats.duplicates()).isEqualTo(1);
    assertThat(stats.packetsOut()).isEqualTo(2);
    assertThat(stats.bytesOut()).isEqualTo(320);
    assertThat(stats.audioFramesOut()).isEqualTo(1);
    assertThat(stats.talkspurtsOut()).isEqualTo(1);
    assertThat(stats.latches()).isEqualTo(1);
    assertThat(stats.depthMs()).isEqualTo(40);
    assertThat(stats.toMap())
        .containsEntry("packets_in", 2L)
        .containsEntry("latches", 1L)
        .containsKeys("jitter_ms", "frames_dropped_out", "unexpected_payload_type");
    assertThat(stats.socketErrors()).isZero();
    assertThat(session.localPort()).isEqualTo(43300);
    assertThat(session.ssrc()).isEqualTo(0xABCD);
    assertSent("sdp 0/0/M audio", "phone 1/160 idle");
    finish();
  }
}
