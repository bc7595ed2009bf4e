package dev.voicebridge.bridge.call;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A caller's RTP endpoint on loopback: counts the bridge's packets (and the loud ones) on a
 * background thread and sends μ-law frames.
 */
public final class CallerMedia implements AutoCloseable {
  private final DatagramSocket socket;
  private final Thread receiver;
  private final AtomicInteger packets = new AtomicInteger();
  private final AtomicInteger loud = new AtomicInteger();
  private final AtomicLong lastPayloadType = new AtomicLong(-1);
  private volatile boolean running = true;
  private int sequence;

  /** An endpoint on a free port. */
  public CallerMedia() throws SocketException {
    this(0);
  }

  /** An endpoint on {@code port} (the port an SDP fixture offers). */
  public CallerMedia(int port) throws SocketException {
    socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", port));
    receiver = new Thread(this::receive, "caller-media-" + socket.getLocalPort());
    receiver.setDaemon(true);
    receiver.start();
  }

  public int port() {
    return socket.getLocalPort();
  }

  /** RTP packets received from the bridge so far. */
  public int packets() {
    return packets.get();
  }

  /** Received packets with audible audio in them (not silence). */
  public int loudPackets() {
    return loud.get();
  }

  /** The payload type of the last packet received, or -1. */
  public int lastPayloadType() {
    return (int) lastPayloadType.get();
  }

  /** Sends {@code count} 20 ms μ-law frames of a 440 Hz tone (or silence), paced in real time. */
  public void send(InetSocketAddress to, int count, boolean tone) throws Exception {
    byte[] packet = new byte[12 + 160];
    long start = System.nanoTime();
    for (int n = 0; n < count; n++, sequence++) {
      packet[0] = (byte) 0x80;
      packet[2] = (byte) (sequence >> 8);
      packet[3] = (byte) sequence;
      int ts = sequence * 160;
      packet[4] = (byte) (ts >>> 24);
      packet[5] = (byte) (ts >>> 16);
      packet[6] = (byte) (ts >>> 8);
      packet[7] = (byte) ts;
      packet[8] = 0x12;
      packet[11] = 0x34;
      for (int i = 0; i < 160; i++) {
        int sample = tone ? (int) (16000 * Math.sin(2 * Math.PI * 440 * (ts + i) / 8000.0)) : 0;
        packet[12 + i] = ulaw(sample);
      }
      socket.send(new DatagramPacket(packet, packet.length, to));
      long sleep = start + (n + 1) * 20_000_000L - System.nanoTime();
      if (sleep > 0) {
        Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
      }
    }
  }

  private void receive() {
    byte[] buf = new byte[2048];
    while (running) {
      DatagramPacket p = new DatagramPacket(buf, buf.length);
      try {
        socket.receive(p);
      } catch (IOException e) {
        return;
      }
      packets.incrementAndGet();
      lastPayloadType.set(buf[1] & 0x7f);
      int pt = buf[1] & 0x7f;
      for (int i = 12; i < p.getLength(); i++) {
        // μ-law and A-law both code loud samples with small magnitude bits after inversion.
        int code = pt == 8 ? (buf[i] ^ 0x55) & 0x7f : ~buf[i] & 0x7f;
        if (code > 0x40) {
          loud.incrementAndGet();
          break;
        }
      }
    }
  }

  /** G.711 μ-law encoding of one sample (ITU-T G.711, bias 132). */
  static byte ulaw(int sample) {
    int sign = sample < 0 ? 0x80 : 0;
    int magnitude = Math.min(Math.abs(sample), 32635) + 132;
    int exponent = 7;
    for (int mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1) {
      exponent--;
    }
    int mantissa = (magnitude >> (exponent + 3)) & 0x0f;
    return (byte) ~(sign | (exponent << 4) | mantissa);
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    socket.close();
    receiver.join(2000);
  }
}
