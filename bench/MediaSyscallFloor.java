import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The kernel's price of a bridged call on this machine: the CPU one thread spends on nothing but
 * the socket calls a call needs, with no framework, no codec and no JSON. Per call and per 20 ms it
 * receives the caller's RTP packet (172 bytes), sends one back, and writes one 20 ms
 * {@code input_audio_buffer.append} (1,400 bytes at 24 kHz) to a TCP connection; every 100 ms it
 * reads the model's audio (a 6.4 KB delta) from that connection. All on loopback, as in the SIPp
 * load run: the caller's packets come from one socket of a peer thread, the bridge's RTP goes to
 * ports nobody reads (like the load script's sink), and a peer thread drains the TCP side and
 * writes the deltas.
 *
 * <p>The figure is a floor: the bridge itself does all of this plus parsing, conversion and its
 * event loop, so its CPU per call-second cannot go below this one on the same machine. It is not
 * a benchmark of the bridge.
 *
 * <p>Run with the JDK's source launcher: {@code java bench/MediaSyscallFloor.java [CALLS]
 * [SECONDS] [APPEND_MS]} (defaults 500, 20, 20).
 */
public final class MediaSyscallFloor {
  private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
  private static final int RTP_BYTES = 172;
  private static final int DELTA_BYTES = 6_400;

  private MediaSyscallFloor() {}

  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int appendMs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int appendBytes = 1_400 * appendMs / 20;
    InetSocketAddress loopback = new InetSocketAddress("127.0.0.1", 0);

    // The caller's phones: where the bridge's RTP goes (never read), and one sender.
    DatagramChannel[] phones = new DatagramChannel[calls];
    DatagramChannel[] bridgeRtp = new DatagramChannel[calls];
    for (int i = 0; i < calls; i++) {
      phones[i] = DatagramChannel.open(StandardProtocolFamily.INET).bind(loopback);
      bridgeRtp[i] = DatagramChannel.open(StandardProtocolFamily.INET).bind(loopback);
      bridgeRtp[i].configureBlocking(false);
    }
    DatagramChannel callerSender = DatagramChannel.open(StandardProtocolFamily.INET).bind(loopback);

    // The model's side: one TCP connection per call.
    ServerSocketChannel server = ServerSocketChannel.open().bind(loopback, calls);
    SocketChannel[] bridgeTcp = new SocketChannel[calls];
    SocketChannel[] modelTcp = new SocketChannel[calls];
    for (int i = 0; i < calls; i++) {
      bridgeTcp[i] = SocketChannel.open(server.getLocalAddress());
      modelTcp[i] = server.accept();
      bridgeTcp[i].configureBlocking(false);
      modelTcp[i].configureBlocking(false);
    }

    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 5);
    Thread caller = new Thread(() -> runCaller(callerSender, bridgeRtp, end), "floor-caller");
    Thread model = new Thread(() -> runModel(modelTcp, end), "floor-model");
    caller.start();
    model.start();

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ByteBuffer in = ByteBuffer.allocateDirect(2_048);
    ByteBuffer rtp = ByteBuffer.allocateDirect(RTP_BYTES);
    ByteBuffer append = ByteBuffer.allocateDirect(appendBytes);
    ByteBuffer delta = ByteBuffer.allocateDirect(64 * 1024);
    InetSocketAddress[] phoneAddresses = new InetSocketAddress[calls];
    for (int i = 0; i < calls; i++) {
      phoneAddresses[i] = (InetSocketAddress) phones[i].getLocalAddress();
    }
    long start = System.nanoTime();
    long warm = start + TimeUnit.SECONDS.toNanos(5);
    long cpuAtWarm = -1;
    long wallAtWarm = 0;
    long received = 0;
    long readBytes = 0;
    int appendEvery = appendMs / 20;
    for (long tick = 0; ; tick++) {
      long deadline = start + tick * TICK_NANOS;
      long wait;
      while ((wait = deadline - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      if (cpuAtWarm < 0 && deadline >= warm) {
        cpuAtWarm = threads.getCurrentThreadCpuTime();
        wallAtWarm = System.nanoTime();
      }
      if (deadline >= end) {
        break;
      }
      for (int i = 0; i < calls; i++) {
        in.clear();
        if (bridgeRtp[i].receive(in) != null) {
          received++;
        }
        rtp.clear();
        bridgeRtp[i].send(rtp, phoneAddresses[i]);
        if (tick % appendEvery == 0) {
          append.clear();
          bridgeTcp[i].write(append);
        }
        if (tick % 5 == i % 5) {
          delta.clear();
          readBytes += Math.max(0, bridgeTcp[i].read(delta));
        }
      }
    }
    long cpu = threads.getCurrentThreadCpuTime() - cpuAtWarm;
    double wallSeconds = (System.nanoTime() - wallAtWarm) / 1e9;
    caller.join();
    model.join();
    System.out.printf(
        "calls %d, %.1f s measured, append every %d ms: bridge thread %.2f s CPU = %.3f ms per"
            + " call-second (%d RTP packets received, %d KB of deltas read)%n",
        calls, wallSeconds, appendMs, cpu / 1e9, cpu / 1e6 / (calls * wallSeconds), received,
        readBytes / 1024);
  }

  /** The callers: one 172-byte packet per call every 20 ms, spread over the period. */
  private static void runCaller(DatagramChannel sender, DatagramChannel[] bridge, long end) {
    try {
      ByteBuffer packet = ByteBuffer.allocateDirect(RTP_BYTES);
      InetSocketAddress[] targets = new InetSocketAddress[bridge.length];
      for (int i = 0; i < bridge.length; i++) {
        targets[i] = (InetSocketAddress) bridge[i].getLocalAddress();
      }
      long start = System.nanoTime() + TICK_NANOS / 2;
      int slices = 10;
      for (long slice = 0; ; slice++) {
        long deadline = start + slice * TICK_NANOS / slices;
        long wait;
        while ((wait = deadline - System.nanoTime()) > 0) {
          LockSupport.parkNanos(wait);
        }
        if (deadline >= end) {
          return;
        }
        for (int i = (int) (slice % slices); i < targets.length; i += slices) {
          packet.clear();
          sender.send(packet, targets[i]);
        }
      }
    } catch (IOException e) {
      throw new RuntimeException(e);
    }
  }

  /** The model: drains the appends and writes a 100 ms delta per call every 100 ms. */
  private static void runModel(SocketChannel[] connections, long end) {
    try (Selector selector = Selector.open()) {
      for (SocketChannel connection : connections) {
        connection.register(selector, SelectionKey.OP_READ);
      }
      ByteBuffer sink = ByteBuffer.allocateDirect(256 * 1024);
      ByteBuffer delta = ByteBuffer.allocateDirect(DELTA_BYTES);
      long next = System.nanoTime();
      while (System.nanoTime() < end) {
        selector.select(5);
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
          SocketChannel connection = (SocketChannel) keys.next().channel();
          keys.remove();
          sink.clear();
          connection.read(sink);
        }
        if (System.nanoTime() >= next) {
          next += TimeUnit.MILLISECONDS.toNanos(100);
          for (SocketChannel connection : connections) {
            delta.clear();
            connection.write(delta);
          }
        }
      }
    } catch (IOException e) {
      throw new RuntimeException(e);
    }
  }
}
