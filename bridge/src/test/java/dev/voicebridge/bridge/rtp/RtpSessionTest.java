package dev.voicebridge.bridge.rtp;

import static dev.voicebridge.bridge.rtp.RtpTestPackets.datagram;
import static dev.voicebridge.bridge.rtp.RtpTestPackets.filled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.concurrent.MockTicker;
import io.netty.util.concurrent.Ticker;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RtpSessionTest {
  private static final RtpAudioFormat PCMU = RtpAudioFormat.PCMU;
  private static final InetSocketAddress SDP = new InetSocketAddress("10.0.0.5", 4000);
  private static final InetSocketAddress PHONE = new InetSocketAddress("203.0.113.7", 61000);
  private static final int FIRST_SEQ = 1000;
  private static final long FIRST_TS = 50_000;

  private final MockTicker ticker = Ticker.newMockTicker();
  private final RtpPortPool pool = new RtpPortPool(10000, 10003, 1);
  private final OutboundFramePool frames = new OutboundFramePool(160, 50, 64, 64);
  private final List<String> inbound = new ArrayList<>();
  private EmbeddedChannel channel;
  private RtpPacer pacer;
  private RtpSession session;
  private int closedCallbacks;

  private void open(InetSocketAddress sdp) throws Exception {
    RtpReceiver receiver =
        new RtpReceiver(
            PCMU,
            new JitterBuffer(PCMU, JitterBufferConfig.DEFAULT),
            new SymmetricRtpLatch(sdp, 2),
            RtcpReceiver.DISCARD);
    channel =
        EmbeddedChannel.builder().ticker(ticker).handlers(new RtpSessionHandler(receiver)).build();
    pacer = new RtpPacer(channel.eventLoop(), RtpPacerConfig.DEFAULT);
    OutboundAudioQueue queue = new OutboundAudioQueue(frames, 20, 3000);
    RtpSender sender =
        new RtpSender(
            PCMU, queue, IdleAudioSource.silence(PCMU.silence()), 0xABCD, FIRST_SEQ, FIRST_TS);
    session =
        new RtpSession(
            new RtpPortLease(pool, pool.acquire(), channel),
            PCMU,
            receiver,
            sender,
            queue,
            pacer,
            (frame, playout) ->
                inbound.add(playout == Playout.FRAME ? Integer.toString(frame[0]) : playout.name()),
            () -> closedCallbacks++);
  }

  /** Runs one frame period (the first call runs the tick due at registration). */
  private void tick() {
    channel.runScheduledPendingTasks();
    ticker.advance(20, TimeUnit.MILLISECONDS);
  }

  /** Describes the packets sent so far: "to seq/ts[/M] audio|idle", seq and ts relative. */
  private List<String> sent() {
    List<String> rows = new ArrayList<>();
    DatagramPacket datagram;
    while ((datagram = channel.readOutbound()) != null) {
      RtpPacket packet = RtpPacket.retainedSliceOf(datagram.content());
      String to = datagram.recipient().equals(SDP) ? "sdp" : "phone";
      int seq = packet.sequenceNumber() - FIRST_SEQ;
      long ts = packet.timestamp() - FIRST_TS;
      String kind = packet.payload().getByte(0) == PCMU.silence() ? "idle" : "audio";
      rows.add(to + " " + seq + "/" + ts + (packet.marker() ? "/M " : " ") + kind);
      packet.release();
      datagram.release();
    }
    return rows;
  }

  private void phoneSends(int seq, boolean marker, InetSocketAddress from) {
    channel.writeInbound(datagram(from, marker, 0, seq, seq * 160L, 77, filled(160, seq)));
  }

  private void finish() {
    session.close();
    sent(); // a tick already due may run while the channel closes
    assertFalse(channel.finish());
    assertThat(pool.inUseCount()).isZero();
    assertThat(frames.chunksInUse()).isZero();
  }

  @Test
  void sendsSilenceToTheSdpAddressThenToTheLatchedSource() throws Exception {
    open(SDP);
    tick();
    tick();
    phoneSends(0, true, PHONE);
    tick();

    assertThat(sent()).containsExactly("sdp 0/0/M idle", "sdp 1/160 idle", "phone 2/320 idle");
    assertThat(session.remote()).isEqualTo(PHONE);
    finish();
  }

  @Test
  void playsQueuedAudioAndStopsWithinOneFrameOfAFlush() throws Exception {
    open(SDP);
    for (int i = 0; i < 5; i++) {
      session.outbound().offer(filled(160, 0x11), 0, 7);
    }
    tick();
    tick();

    OutboundAudioQueue.Flushed flushed = session.outbound().flush();
    tick();

    assertThat(flushed).isEqualTo(new OutboundAudioQueue.Flushed(3, 60, 7, 40));
    assertThat(sent()).containsExactly("sdp 0/0/M audio", "sdp 1/160 audio", "sdp 2/320 idle");
    assertThat(session.outbound().sentMillis(7)).isEqualTo(40);
    finish();
  }

  @Test
  void handsTheSinkOneFramePerPeriodWhateverArrives() throws Exception {
    open(SDP);
    tick(); // nothing received yet
    phoneSends(0, true, PHONE);
    tick();
    phoneSends(1, false, PHONE);
    tick();
    tick();
    tick();
    tick(); // frame 2 never arrives and nothing follows: silence, not concealment

    assertThat(inbound).containsExactly("NONE", "NONE", "NONE", "0", "1", "NONE");
    sent();
    finish();
  }

  @Test
  void holdSendsNothingAndTheFirstPacketAfterIsMarked() throws Exception {
    open(SDP);
    tick();
    session.setSending(false);
    tick();
    tick();
    session.setSending(true);
    tick();

    assertThat(sent()).containsExactly("sdp 0/0/M idle", "sdp 1/480/M idle");
    finish();
  }

  @Test
  void withNowhereToSendTheAudioWaitsForTheLatch() throws Exception {
    open(new InetSocketAddress("0.0.0.0", 4000)); // RFC 2543 hold style SDP
    session.outbound().offer(filled(160, 0x11), 0, 1);
    tick();
    tick();

    assertThat(sent()).isEmpty();
    assertThat(session.outbound().size()).isEqualTo(1);
    phoneSends(0, true, PHONE);
    tick();
    assertThat(sent()).containsExactly("phone 0/320/M audio");
    finish();
  }

  @Test
  void closeReleasesPortChannelChunksAndTheClock() throws Exception {
    open(SDP);
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
    assertThat(channel.isOpen()).isFalse();
    assertThat(pacer.streamCount()).isZero();
    assertThat(channel.runScheduledPendingTasks()).isEqualTo(-1); // the pacer stopped
    sent();
    finish();
  }

  @Test
  void statsCoverBothDirections() throws Exception {
    open(SDP);
    session.outbound().offer(filled(160, 0x11), 0, 1);
    phoneSends(0, true, PHONE);
    phoneSends(0, true, PHONE); // duplicate
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
    assertThat(session.localPort()).isEqualTo(10000);
    assertThat(session.ssrc()).isEqualTo(0xABCD);
    sent();
    finish();
  }
}
