import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens the RTP ports SIPp offers in its SDP but never binds, so that the bridge's RTP to the
 * callers lands on an open socket as it would at a real phone, instead of drawing an ICMP "port
 * unreachable" per packet, whose kernel work on loopback would be charged to the bridge. Nothing
 * is read: each socket's queue fills and the kernel drops the rest, costing the sink no CPU.
 *
 * <p>Run with the JDK's source launcher: {@code java RtpSink.java HOST BASE COUNT STEP}; it binds
 * BASE, BASE+STEP, ... (COUNT ports, skipping ports already taken, such as SIPp's own) and waits
 * until killed.
 */
public final class RtpSink {
  private RtpSink() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    String host = args[0];
    int base = Integer.parseInt(args[1]);
    int count = Integer.parseInt(args[2]);
    int step = Integer.parseInt(args[3]);
    List<DatagramChannel> open = new ArrayList<>();
    int taken = 0;
    for (int i = 0; i < count; i++) {
      DatagramChannel channel = DatagramChannel.open();
      try {
        channel.bind(new InetSocketAddress(host, base + i * step));
        open.add(channel);
      } catch (IOException e) {
        channel.close();
        taken++;
      }
    }
    System.out.println("RtpSink: " + open.size() + " ports open from " + base + " step " + step
        + " (" + taken + " already taken)");
    Thread.sleep(Long.MAX_VALUE);
  }
}
