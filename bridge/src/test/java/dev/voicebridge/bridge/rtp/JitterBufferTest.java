package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jitter buffer scenarios as scripts. Tokens: {@code p<seq>} a packet arrives (timestamp = seq
 * frames), {@code m<seq>} the same with the marker bit, {@code p<seq>/<frame>} with an explicit
 * timestamp in frames, {@code X} later packets come from a new SSRC, {@code .} 20 ms pass and the
 * buffer is polled. Every packet's payload is 160 octets of {@code seq & 0xFF}. The polls print the
 * frame's octet for {@link Playout#FRAME}, {@code c} for a repeated frame, {@code s} for
 * concealment silence and {@code -} for {@link Playout#NONE}.
 */
class JitterBufferTest {
  private static final RtpAudioFormat PCMU = RtpAudioFormat.PCMU;
  private static final long PERIOD = TimeUnit.MILLISECONDS.toNanos(20);

  /** Runs a script against a buffer; the base sequence number and timestamp shift every packet. */
  private static final class Script {
    final JitterBuffer buffer;
    final int seqBase;
    final long timestampBase;
    long ssrc = 0x1111;
    long now = 1_000_000_000L;

    Script(JitterBuffer buffer, int seqBase, long timestampBase) {
      this.buffer = buffer;
      this.seqBase = seqBase;
      this.timestampBase = timestampBase;
    }

    String run(String script) {
      List<String> out = new ArrayList<>();
      byte[] dst = new byte[PCMU.frameBytes()];
      for (String token : script.trim().split("\\s+")) {
        if (token.equals(".")) {
          now += PERIOD;
          out.add(render(buffer.poll(dst), dst));
        } else if (token.equals("X")) {
          ssrc = 0x2222;
        } else {
          boolean marker = token.charAt(0) == 'm';
          String[] parts = token.substring(1).split("/");
          int seq = Integer.parseInt(parts[0]);
          long frame = parts.length > 1 ? Long.parseLong(parts[1]) : seq;
          arrive(marker, seq, frame * PCMU.samplesPerFrame(), RtpTestPackets.filled(160, seq));
        }
      }
      return String.join(" ", out);
    }

    void arrive(boolean marker, int seq, long timestamp, byte[] payload) {
      ByteBuf packet =
          RtpTestPackets.rtp(
              marker, 0, (seqBase + seq) & 0xFFFF, (timestampBase + timestamp), ssrc, payload);
      buffer.offer(packet, packet.readerIndex(), packet.readableBytes(), now);
      packet.release();
    }

    private static String render(Playout playout, byte[] frame) {
      switch (playout) {
        case FRAME:
          return Integer.toString(frame[0] & 0xFF);
        case CONCEALED:
          return frame[0] == PCMU.silence() ? "s" : "c";
        default:
          return "-";
      }
    }
  }

  private static JitterBuffer newBuffer() {
    return new JitterBuffer(PCMU, JitterBufferConfig.DEFAULT);
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        Arguments.of(
            "in order",
            0,
            0L,
            "m0 . p1 . p2 . p3 . p4 . . . .",
            "- - 0 1 2 3 4 -",
            "lost=0 late=0 dup=0 reordered=0 concealed=0 ssrc=0"),
        Arguments.of(
            "without marker on the first packet",
            0,
            0L,
            "p0 . p1 . p2 . . .",
            "- - 0 1 2",
            "lost=0 late=0 dup=0 reordered=0 concealed=0 ssrc=0"),
        Arguments.of(
            "reorder within the depth",
            0,
            0L,
            "m0 . p2 . p1 . p3 . p4 . . . .",
            "- - 0 1 2 3 4 -",
            "lost=0 late=0 dup=0 reordered=1 concealed=0 ssrc=0"),
        Arguments.of(
            "duplicate",
            0,
            0L,
            "m0 . p1 p1 . p2 . p2 . . .",
            "- - 0 1 2 -",
            "lost=0 late=0 dup=2 reordered=0 concealed=0 ssrc=0"),
        Arguments.of(
            "single loss",
            0,
            0L,
            "m0 . p1 . p3 . p4 . p5 . . . . .",
            "- - 0 1 c 3 4 5 -",
            "lost=1 late=0 dup=0 reordered=0 concealed=1 ssrc=0"),
        Arguments.of(
            "burst loss: two repeats, then silence",
            0,
            0L,
            "m0 . p1 . p5 . p6 . . . . . . .",
            "- - 0 1 c c s 5 6 -",
            "lost=3 late=0 dup=0 reordered=0 concealed=3 ssrc=0"),
        Arguments.of(
            "late packet",
            0,
            0L,
            "m0 . p1 . p3 . p4 . p5 . p2 . . . .",
            "- - 0 1 c 3 4 5 -",
            "lost=0 late=1 dup=0 reordered=1 concealed=1 ssrc=0"),
        Arguments.of(
            "sequence number wrap",
            65533,
            0L,
            "m0 . p1 . p2 . p4 . p3 . p5 . . . .",
            "- - 0 1 2 3 4 5 -",
            "lost=0 late=0 dup=0 reordered=1 concealed=0 ssrc=0"),
        Arguments.of(
            "timestamp wrap",
            0,
            (1L << 32) - 320,
            "m0 . p1 . p2 . p3 . p4 . . . .",
            "- - 0 1 2 3 4 -",
            "lost=0 late=0 dup=0 reordered=0 concealed=0 ssrc=0"),
        Arguments.of(
            "SSRC change resets",
            0,
            0L,
            "m0 . p1 . p2 . p3 . X p100/500 . p101/501 . p102/502 . . . .",
            "- - 0 1 - - 100 101 102 -",
            "lost=0 late=0 dup=0 reordered=0 concealed=0 ssrc=1"),
        Arguments.of(
            "DTX gap with marker",
            0,
            0L,
            "m0 . p1 . p2 . . . . . m3/20 . p4/21 . p5/22 . . . .",
            "- - 0 1 2 - - - - 3 4 5 -",
            "lost=0 late=0 dup=0 reordered=0 concealed=0 ssrc=0"),
        Arguments.of(
            "DTX gap without marker keeps the timeline",
            0,
            0L,
            "m0 . p1 . . . . p2/6 . p3/7 . . . . .",
            "- - 0 1 - - - - 2 3 -",
            "lost=0 late=0 dup=0 reordered=0 concealed=0 ssrc=0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void plays(
      String name, int seqBase, long timestampBase, String script, String played, String stats) {
    JitterBuffer buffer = newBuffer();

    assertThat(new Script(buffer, seqBase, timestampBase).run(script)).isEqualTo(played);
    assertThat(
            String.format(
                "lost=%d late=%d dup=%d reordered=%d concealed=%d ssrc=%d",
                buffer.lostCount(),
                buffer.lateCount(),
                buffer.duplicateCount(),
                buffer.reorderedCount(),
                buffer.concealedCount(),
                buffer.ssrcChangeCount()))
        .isEqualTo(stats);
  }

  @Test
  void nothingBeforeTheFirstPacket() {
    JitterBuffer buffer = newBuffer();
    byte[] dst = RtpTestPackets.filled(160, 0x42);

    assertThat(buffer.poll(dst)).isEqualTo(Playout.NONE);
    assertThat(dst).containsOnly((byte) 0x42); // untouched
  }

  @Test
  void concealmentAttenuatesOnceMorePerRepeat() {
    byte[] halve = new byte[256];
    for (int i = 0; i < 256; i++) {
      halve[i] = (byte) (i / 2); // stand-in for a law's -6 dB table
    }
    JitterBuffer buffer =
        new JitterBuffer(PCMU, JitterBufferConfig.newBuilder().attenuation(halve).build());
    Script script = new Script(buffer, 0, 0);
    script.run("m0 . p1 .");
    script.arrive(false, 2, 2 * 160, RtpTestPackets.filled(160, 0x80));
    script.arrive(false, 6, 6 * 160, RtpTestPackets.filled(160, 6));
    byte[] dst = new byte[160];

    assertThat(buffer.poll(dst)).isEqualTo(Playout.FRAME); // frame 0
    buffer.poll(dst); // frame 1
    assertThat(buffer.poll(dst)).isEqualTo(Playout.FRAME);
    assertThat(dst).containsOnly((byte) 0x80);
    assertThat(buffer.poll(dst)).isEqualTo(Playout.CONCEALED);
    assertThat(dst).containsOnly((byte) 0x40);
    assertThat(buffer.poll(dst)).isEqualTo(Playout.CONCEALED);
    assertThat(dst).containsOnly((byte) 0x20);
    assertThat(buffer.poll(dst)).isEqualTo(Playout.CONCEALED);
    assertThat(dst).containsOnly(PCMU.silence());
    assertThat(buffer.poll(dst)).isEqualTo(Playout.FRAME);
    assertThat(dst).containsOnly((byte) 6);
  }

  @Test
  void splitsAPacketOfSeveralFramesAndPadsAShortOne() {
    JitterBuffer buffer = newBuffer();
    Script script = new Script(buffer, 0, 0);
    byte[] twoFrames = new byte[320];
    Arrays.fill(twoFrames, 0, 160, (byte) 1);
    Arrays.fill(twoFrames, 160, 320, (byte) 2);
    script.arrive(true, 0, 0, twoFrames); // 40 ms packet
    script.arrive(false, 1, 320, RtpTestPackets.filled(100, 3)); // 12.5 ms packet
    byte[] dst = new byte[160];

    assertThat(script.run(". . . .")).isEqualTo("- - 1 2");
    assertThat(buffer.poll(dst)).isEqualTo(Playout.FRAME);
    assertThat(Arrays.copyOfRange(dst, 0, 100)).containsOnly((byte) 3);
    assertThat(Arrays.copyOfRange(dst, 100, 160)).containsOnly(PCMU.silence());
  }

  @Test
  void spreadsThirtyMillisecondPacketsOverTwentyMillisecondFrames() {
    JitterBuffer buffer = newBuffer();
    Script script = new Script(buffer, 0, 0);
    byte[] dst = new byte[160];
    List<String> played = new ArrayList<>();
    // Packets of 240 samples every 30 ms, polled every 20 ms: 3 frames per 2 packets.
    for (int tick = 0; tick < 12; tick++) {
      if (tick % 3 != 1) { // packets at 0, 30, 60 ... ms land before the ticks at 0, 40, 60 ...
        int seq = tick / 3 * 2 + (tick % 3 == 2 ? 1 : 0);
        script.arrive(seq == 0, seq, seq * 240L, RtpTestPackets.filled(240, seq + 1));
      }
      script.now += PERIOD;
      if (buffer.poll(dst) == Playout.FRAME) {
        played.add(dst[0] + "" + dst[159]);
      }
    }

    // Frame 1 is the second half of packet 1 then the first half of packet 2, and so on.
    assertThat(played).startsWith("11", "12", "22", "33", "34", "44");
    assertThat(buffer.lateCount()).isZero();
  }

  @Test
  void depthGrowsWithJitterAtTheNextTalkspurt() {
    JitterBuffer buffer = newBuffer();
    Script script = new Script(buffer, 0, 0);
    assertThat(buffer.depthMillis()).isEqualTo(40);
    // Packets 20 ms apart at the sender arrive alternately 0 and 30 ms late.
    byte[] dst = new byte[160];
    for (int seq = 0; seq < 100; seq++) {
      long delay = (seq % 2) * TimeUnit.MILLISECONDS.toNanos(30);
      script.now += delay;
      script.arrive(seq == 0, seq, seq * 160L, RtpTestPackets.filled(160, seq));
      script.now += PERIOD - delay;
      buffer.poll(dst);
    }
    assertThat(buffer.jitterMillis()).isBetween(25.0, 30.0);
    assertThat(buffer.depthMillis()).isEqualTo(40); // unchanged until a talkspurt starts

    script.run(". . . . . .");
    script.arrive(true, 100, 200 * 160L, RtpTestPackets.filled(160, 100));

    assertThat(buffer.depthMillis()).isEqualTo(120); // four times the jitter
  }

  @Test
  void aStreamThatComesBackLateIsResynchronisedDeeper() {
    JitterBuffer buffer = newBuffer();
    Script script = new Script(buffer, 0, 0);
    // Steady stream; then packets 4.. are delayed by 60 ms and the buffer runs dry.
    String played = script.run("m0 . p1 . p2 . p3 . . . . p4 . p5 . p6 . p7 . . . . .");

    assertThat(played).isEqualTo("- - 0 1 2 3 - - - - 4 5 6 7 -");
    assertThat(buffer.lateCount()).isZero(); // resynchronised, nothing dropped
    assertThat(buffer.depthMillis()).isEqualTo(60); // one frame more than the minimum
  }

  @Test
  void overflowDropsTheOldestFrames() {
    JitterBuffer buffer =
        new JitterBuffer(PCMU, JitterBufferConfig.newBuilder().depthMs(20, 40).build());
    Script script = new Script(buffer, 0, 0);
    // A 2-frame max depth gives an 8-slot ring; 10 frames arrive at once, the first anchoring
    // one frame ahead of the play position.
    for (int seq = 0; seq < 10; seq++) {
      script.arrive(seq == 0, seq, seq * 160L, RtpTestPackets.filled(160, seq));
    }

    assertThat(buffer.overflowCount()).isEqualTo(2);
    assertThat(script.run(". . . . . . . . .")).isEqualTo("2 3 4 5 6 7 8 9 -");
  }

  @Test
  void resetForgetsTheStream() {
    JitterBuffer buffer = newBuffer();
    Script script = new Script(buffer, 0, 0);
    script.run("m0 . p1 .");
    buffer.reset();

    assertThat(buffer.bufferedFrames()).isZero();
    assertThat(script.run(". p5/40 . . . .")).isEqualTo("- - - 5 -");
  }

  @Test
  void offerAndPollAllocateNothingPerPacket() {
    JitterBuffer buffer = newBuffer();
    ByteBuf packet = Unpooled.wrappedBuffer(new byte[12 + 160]);
    RtpHeaders.writeHeader(packet.clear(), false, 0, 0, 0, 0x1111);
    packet.writerIndex(12 + 160);
    byte[] dst = new byte[160];
    long[] n = {0};

    long allocated =
        Allocations.bytesAllocatedBy(
            10_000,
            () -> {
              long i = n[0]++;
              packet.setShort(2, (int) i);
              packet.setInt(4, (int) (i * 160));
              buffer.offer(packet, 0, packet.readableBytes(), i * PERIOD);
              buffer.poll(dst);
            });

    // Under a byte per iteration: one object per packet would be 16 bytes or more each time;
    // what remains is the measurement's own noise.
    assertThat(allocated).isLessThan(10_000);
    assertThat(buffer.receivedCount()).isEqualTo(30_000);
    packet.release();
  }
}
