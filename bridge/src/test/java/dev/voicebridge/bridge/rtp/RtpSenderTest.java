package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RtpSenderTest {
  private static final RtpAudioFormat PCMU = RtpAudioFormat.PCMU;
  private final ByteBufAllocator alloc = new UnpooledByteBufAllocator(true);
  private final OutboundFramePool pool = new OutboundFramePool(160, 50, 16, 16);
  private final OutboundAudioQueue queue = new OutboundAudioQueue(pool, 20, 3000);

  private RtpSender newSender(IdleAudioSource idle, long seed) {
    return new RtpSender(PCMU, queue, idle, new Random(seed));
  }

  private void queueAudio(int frames, int tag) {
    for (int i = 0; i < frames; i++) {
      queue.offer(RtpTestPackets.filled(160, 0x10 + i), 0, tag);
    }
  }

  /**
   * Runs {@code periods} frame periods and describes each: "-" for no packet, else "seq/ts/M kind"
   * with seq and ts relative to the stream's first values and kind "audio" or "idle".
   */
  private List<String> run(RtpSender sender, int periods, int firstSeq, long firstTs) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < periods; i++) {
      ByteBuf buf = alloc.directBuffer(RtpSocket.MAX_DATAGRAM_BYTES);
      if (!sender.nextPacket(buf)) {
        assertThat(buf.writerIndex()).isZero(); // nothing half-written
        buf.release();
        rows.add("-");
        continue;
      }
      RtpPacket packet = RtpPacket.retainedSliceOf(buf);
      buf.release();
      int seq = (packet.sequenceNumber() - firstSeq) & 0xFFFF;
      long ts = (packet.timestamp() - firstTs) & 0xFFFF_FFFFL;
      String kind = packet.payload().getByte(0) == PCMU.silence() ? "idle" : "audio";
      rows.add(seq + "/" + ts + (packet.marker() ? "/M " : " ") + kind);
      assertThat(packet.payloadLength()).isEqualTo(160);
      assertThat(packet.payloadType()).isZero();
      assertThat(packet.ssrc()).isEqualTo(sender.ssrc());
      packet.release();
    }
    return rows;
  }

  @Test
  void sequenceAndTimestampRunOnAcrossSilenceAndMarkEachTalkspurt() {
    RtpSender sender = newSender(IdleAudioSource.silence(PCMU.silence()), 1);
    int seq0 = sender.nextSequenceNumber();
    long ts0 = sender.nextTimestamp();

    queueAudio(2, 1);
    List<String> first = run(sender, 4, seq0, ts0);
    queueAudio(2, 2);
    List<String> second = run(sender, 2, seq0, ts0);

    assertThat(first).containsExactly("0/0/M audio", "1/160 audio", "2/320 idle", "3/480 idle");
    assertThat(second).containsExactly("4/640/M audio", "5/800 audio");
    assertThat(sender.talkspurts()).isEqualTo(2);
    assertThat(sender.audioFramesSent()).isEqualTo(4);
    assertThat(sender.packetsSent()).isEqualTo(6);
    assertThat(sender.payloadBytesSent()).isEqualTo(960);
  }

  @Test
  void theFirstPacketIsMarkedEvenIfSilent() {
    RtpSender sender = newSender(IdleAudioSource.silence(PCMU.silence()), 2);

    assertThat(run(sender, 2, sender.nextSequenceNumber(), sender.nextTimestamp()))
        .containsExactly("0/0/M idle", "1/160 idle");
    assertThat(sender.talkspurts()).isZero();
  }

  @Test
  void dtxSendsNothingButTheTimestampKeepsTime() {
    RtpSender sender = newSender(IdleAudioSource.NOTHING, 3);
    int seq0 = sender.nextSequenceNumber();
    long ts0 = sender.nextTimestamp();
    queueAudio(1, 1);
    List<String> rows = run(sender, 3, seq0, ts0);
    queueAudio(1, 1);
    rows.addAll(run(sender, 1, seq0, ts0));

    assertThat(rows).containsExactly("0/0/M audio", "-", "-", "1/480/M audio");
  }

  @Test
  void holdPausesTheQueueAndMarksTheFirstPacketAfter() {
    RtpSender sender = newSender(IdleAudioSource.silence(PCMU.silence()), 4);
    int seq0 = sender.nextSequenceNumber();
    long ts0 = sender.nextTimestamp();
    queueAudio(3, 1);
    List<String> rows = run(sender, 1, seq0, ts0);
    sender.setSending(false);
    rows.addAll(run(sender, 2, seq0, ts0));
    sender.setSending(true);
    rows.addAll(run(sender, 3, seq0, ts0));

    assertThat(rows)
        .containsExactly("0/0/M audio", "-", "-", "1/480/M audio", "2/640 audio", "3/800 idle");
    assertThat(sender.isSending()).isTrue();
  }

  @Test
  void sequenceNumberAndTimestampWrap() {
    RtpSender sender =
        new RtpSender(
            PCMU, queue, IdleAudioSource.silence(PCMU.silence()), 9, 65534, (1L << 32) - 160);

    assertThat(run(sender, 3, 65534, (1L << 32) - 160))
        .containsExactly("0/0/M idle", "1/160 idle", "2/320 idle");
    assertThat(sender.nextSequenceNumber()).isEqualTo(1);
    assertThat(sender.nextTimestamp()).isEqualTo(320);
  }

  @Test
  void initialValuesAreRandomAndInRange() {
    RtpSender a = newSender(IdleAudioSource.NOTHING, 6);
    RtpSender b = newSender(IdleAudioSource.NOTHING, 7);

    assertThat(a.ssrc()).isNotEqualTo(b.ssrc()).isBetween(0L, 0xFFFF_FFFFL);
    assertThat(a.nextTimestamp()).isNotEqualTo(b.nextTimestamp());
    assertThat(a.nextSequenceNumber()).isBetween(0, (1 << 15) - 1);
    assertThat(b.nextSequenceNumber()).isBetween(0, (1 << 15) - 1);
  }
}
