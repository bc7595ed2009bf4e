package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A real call's media over loopback: the bridge's {@link RtpSession} on a Netty event loop against
 * a "phone", a plain UDP socket in the test thread.
 */
class RtpEngineIT {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final RtpAudioFormat PCMU = RtpAudioFormat.PCMU;

  private final EventLoopGroup group =
      new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final RtpEngine engine =
      new RtpEngine(
          RtpEngineConfig.newBuilder().bindAddress(LOOPBACK).ports(43000, 43099).build());

  @AfterEach
  void shutDown() throws Exception {
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
  }

  /** One packet as the phone saw it. */
  private record Received(int sourcePort, boolean marker, int seq, long ts, long ssrc, int first) {
    static Received of(DatagramPacket datagram) {
      ByteBuffer buf = ByteBuffer.wrap(datagram.getData(), 0, datagram.getLength());
      int b1 = buf.get(1) & 0xFF;
      return new Received(
          datagram.getPort(),
          (b1 & 0x80) != 0,
          buf.getShort(2) & 0xFFFF,
          buf.getInt(4) & 0xFFFF_FFFFL,
          buf.getInt(8) & 0xFFFF_FFFFL,
          buf.get(12) & 0xFF);
    }

    boolean isAudio() {
      return first == 0x11;
    }
  }

  @Test
  void latchesToThePhoneSendsContinuousRtpAndAFlushStopsTheAudio() throws Exception {
    EventLoop loop = group.next();
    BlockingQueue<Integer> heard = new LinkedBlockingQueue<>();
    try (DatagramSocket phone = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
      phone.setSoTimeout(5000);
      // The SDP names a port nobody listens on: only latching can get media to the phone.
      InetSocketAddress sdp = new InetSocketAddress(LOOPBACK, 9);
      RtpSession session =
          engine
              .open(
                  loop,
                  PCMU,
                  sdp,
                  (frame, playout) -> {
                    if (playout == Playout.FRAME) {
                      heard.add(frame[0] & 0xFF);
                    }
                  })
              .get(5, TimeUnit.SECONDS);

      for (int seq = 0; seq < 5; seq++) {
        byte[] packet = new byte[12 + 160];
        ByteBuffer.wrap(packet)
            .put((byte) 0x80)
            .put((byte) (seq == 0 ? 0x80 : 0x00))
            .putShort((short) seq)
            .putInt(seq * 160)
            .putInt(0x5EED)
            .put(RtpTestPackets.filled(160, 0x2A));
        phone.send(new DatagramPacket(packet, packet.length, LOOPBACK, session.localPort()));
      }

      // The caller's audio comes out of the jitter buffer.
      assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(0x2A);

      Received previous = receive(phone, session);
      for (int i = 0; i < 5; i++) {
        previous = expectNext(previous, receive(phone, session));
      }
      assertThat(previous.isAudio()).isFalse();

      loop.submit(
              () -> {
                for (int i = 0; i < 100; i++) {
                  session.outbound().offer(RtpTestPackets.filled(160, 0x11), 0, 7);
                }
              })
          .sync();

      int audio = 0;
      while (audio < 10) {
        Received next = expectNext(previous, receive(phone, session));
        if (next.isAudio()) {
          assertThat(next.marker()).isEqualTo(audio == 0); // one talkspurt, marked once
          audio++;
        } else {
          assertThat(audio).isZero(); // idle frames only before the audio starts
        }
        previous = next;
      }

      OutboundAudioQueue.Flushed flushed =
          loop.submit(() -> session.outbound().flush()).get(5, TimeUnit.SECONDS);

      // Every audio frame sent before the flush arrives, then idle frames only.
      int idleInARow = 0;
      while (idleInARow < 5) {
        Received next = expectNext(previous, receive(phone, session));
        if (next.isAudio()) {
          assertThat(idleInARow).isZero();
          audio++;
        } else {
          idleInARow++;
        }
        previous = next;
      }
      assertThat(flushed.lastSentTag()).isEqualTo(7);
      assertThat(flushed.lastSentTagMillis()).isEqualTo(audio * 20L);
      assertThat(flushed.droppedFrames()).isEqualTo(100 - audio);

      RtpSessionStats stats = loop.submit(session::stats).get(5, TimeUnit.SECONDS);
      assertThat(stats.latches()).isEqualTo(1);
      assertThat(stats.packetsIn()).isEqualTo(5);
      assertThat(stats.audioFramesOut()).isEqualTo(audio);

      session.close().sync();
    }
    assertThat(engine.ports().inUseCount()).isZero();
    assertThat(engine.openSessionCount()).isZero();
    assertThat(loop.submit(() -> engine.pacers().get(0).streamCount()).get()).isZero();
  }

  private static Received receive(DatagramSocket phone, RtpSession session) throws Exception {
    DatagramPacket datagram = new DatagramPacket(new byte[1500], 1500);
    phone.receive(datagram);
    assertThat(datagram.getLength()).isEqualTo(12 + 160);
    Received received = Received.of(datagram);
    assertThat(received.sourcePort()).isEqualTo(session.localPort()); // symmetric RTP
    assertThat(received.ssrc()).isEqualTo(session.ssrc());
    return received;
  }

  private static Received expectNext(Received previous, Received next) {
    assertThat(next.seq()).isEqualTo((previous.seq() + 1) & 0xFFFF);
    assertThat(next.ts()).isEqualTo((previous.ts() + 160) & 0xFFFF_FFFFL);
    return next;
  }
}
