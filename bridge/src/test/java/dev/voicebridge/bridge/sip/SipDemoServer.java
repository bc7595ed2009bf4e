package dev.voicebridge.bridge.sip;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.nio.charset.StandardCharsets;

/**
 * A manual test target for SIPp and soft phones: answers every INVITE with a fixed PCMU SDP and
 * prints the SIP counters every few seconds. Not a test; run with the test classpath:
 * {@code java -cp ... dev.voicebridge.bridge.sip.SipDemoServer 5070}.
 */
public final class SipDemoServer {
  private static final byte[] SDP = ("v=0\r\no=bridge 1 1 IN IP4 127.0.0.1\r\ns=-\r\n"
      + "c=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 40000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n")
      .getBytes(StandardCharsets.US_ASCII);

  private SipDemoServer() {}

  /**
   * Runs until killed.
   *
   * @param args the port (default 5070) and optionally the maximum number of calls
   */
  public static void main(String[] args) throws InterruptedException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 5070;
    int maxCalls = args.length > 1 ? Integer.parseInt(args[1]) : SipConfig.DEFAULT_MAX_CALLS;
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    SipConfig config = SipConfig.newBuilder().bindAddress("127.0.0.1").udpPort(port)
        .tcpPort(port).maxCalls(maxCalls).build();
    SipServer server = new SipServer(config, group, invite -> {
      invite.sendRinging();
      invite.accept(SDP);
      return reason -> { };
    });
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      group.shutdownGracefully();
    }));
    while (true) {
      Thread.sleep(5_000);
      System.out.println(server.liveCounts() + " " + server.stats());
    }
  }
}
