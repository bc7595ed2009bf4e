package dev.voicebridge.bridge.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The SIP server on real loopback sockets, driven by a raw SIP client sending the fixtures. */
class SipServerIT {
  private static final byte[] ANSWER =
      "v=0\r\no=bridge 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
          .getBytes(StandardCharsets.US_ASCII);
  private static final Duration WAIT = Duration.ofSeconds(10);

  private static EventLoopGroup group;

  private final Queue<String> events = new ConcurrentLinkedQueue<>();
  private final Map<String, SipDialog> dialogs = new ConcurrentHashMap<>();
  private SipServer server;

  @BeforeAll
  static void startLoops() {
    group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
  }

  @AfterAll
  static void stopLoops() {
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  @BeforeEach
  void start() throws InterruptedException {
    SipConfig config = SipConfig.newBuilder()
        .bindAddress("127.0.0.1").udpPort(0).tcpPort(0)
        .timers(SipTimers.scaledTo(Duration.ofMillis(20)))
        .build();
    server = new SipServer(config, group, this::answer);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private DialogListener answer(IncomingInvite invite) {
    String callId = invite.callId();
    assertThat(invite.eventLoop().inEventLoop()).isTrue();
    if (!callId.startsWith("ring")) {
      invite.sendRinging();
      dialogs.put(callId, invite.accept(ANSWER));
    }
    return new DialogListener() {
      @Override
      public void onAck(byte[] sdp) {
        events.add(callId + ":ack");
      }

      @Override
      public void onTerminated(TerminationReason reason) {
        events.add(callId + ":" + reason);
      }
    };
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(SipTransport.class)
  void completesCallFromInviteToByeAndLeavesNothingBehind(SipTransport transport)
      throws IOException {
    try (RawSipClient client = client(transport)) {
      client.send(client.fixture("invite-basic.sip").with("call_id", "call-a"));

      assertThat(client.receiveResponse(100)).isNotNull();
      assertThat(client.receiveResponse(180)).isNotNull();
      SIPResponse ok = client.receiveResponse(200);
      assertThat(ok.getRawContent()).isEqualTo(ANSWER);
      String tag = ok.getToTag();
      client.send(client.fixture("ack.sip").with("call_id", "call-a").with("cseq", 1)
          .with("to_tag", tag).with("branch", "z9hG4bK-ack"));
      client.send(client.fixture("bye.sip").with("call_id", "call-a").with("to_tag", tag)
          .with("branch", "z9hG4bK-bye"));

      SIPResponse byeOk = client.receiveResponse(200);
      assertThat(byeOk.getCSeq().getMethod()).isEqualTo("BYE");
    }
    await().atMost(WAIT).until(() -> server.liveCounts().isIdle());
    assertThat(events).containsExactly("call-a:ack", "call-a:REMOTE_BYE");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(SipTransport.class)
  void completeAndCancelledCallsLeaveNoTransactionDialogOrTimerBehind(SipTransport transport)
      throws IOException {
    int calls = 30;
    try (RawSipClient client = client(transport)) {
      for (int i = 0; i < calls; i++) {
        String callId = "leak-" + i;
        client.send(client.fixture("invite-basic.sip").with("call_id", callId));
        String tag = client.receiveResponse(200).getToTag();
        client.send(client.fixture("ack.sip").with("call_id", callId).with("cseq", 1)
            .with("to_tag", tag).with("branch", "z9hG4bK-ack-" + i));
        client.send(client.fixture("bye.sip").with("call_id", callId).with("to_tag", tag)
            .with("branch", "z9hG4bK-bye-" + i));
        client.receiveResponse(200);

        callId = "ring-leak-" + i;
        client.send(client.fixture("invite-basic.sip").with("call_id", callId));
        client.receiveResponse(100);
        client.send(client.fixture("cancel.sip").with("call_id", callId).with("cseq", 1));
        String cancelledTag = client.receiveResponse(487).getToTag();
        client.send(client.fixture("ack.sip").with("call_id", callId).with("cseq", 1)
            .with("to_tag", cancelledTag));
      }
    }
    await().atMost(WAIT).until(() -> server.liveCounts().isIdle());
    assertThat(events.stream().filter(e -> e.endsWith(":REMOTE_BYE"))).hasSize(calls);
    assertThat(events.stream().filter(e -> e.endsWith(":CANCELLED"))).hasSize(calls);
  }

  @Test
  void bridgeHangsUpOverUdpAndTheDialogEndsWhenTheByeIsAnswered() throws IOException {
    try (RawSipClient client = client(SipTransport.UDP)) {
      client.send(client.fixture("invite-basic.sip").with("call_id", "call-b"));
      String tag = client.receiveResponse(200).getToTag();
      client.send(client.fixture("ack.sip").with("call_id", "call-b").with("cseq", 1)
          .with("to_tag", tag).with("branch", "z9hG4bK-ack"));
      await().atMost(WAIT).until(() -> events.contains("call-b:ack"));

      dialogs.get("call-b").bye();

      SIPRequest bye = client.receiveRequest("BYE");
      assertThat(bye.getRequestURI().toString()).contains(":" + client.port());
      SIPResponse ok = bye.createResponse(200);
      client.sendBytes(ok.encodeAsBytes("UDP"));
    }
    await().atMost(WAIT).until(() -> events.contains("call-b:LOCAL_BYE"));
    await().atMost(WAIT).until(() -> server.liveCounts().isIdle());
  }

  @Test
  void cancelBeforeAnswerGets487() throws IOException {
    try (RawSipClient client = client(SipTransport.UDP)) {
      client.send(client.fixture("invite-basic.sip").with("call_id", "ring-c"));
      client.receiveResponse(100);

      client.send(client.fixture("cancel.sip").with("call_id", "ring-c").with("cseq", 1));

      assertThat(client.receiveResponse(200).getCSeq().getMethod()).isEqualTo("CANCEL");
      String tag = client.receiveResponse(487).getToTag();
      client.send(client.fixture("ack.sip").with("call_id", "ring-c").with("cseq", 1)
          .with("to_tag", tag));
    }
    await().atMost(WAIT).until(() -> server.liveCounts().isIdle());
    assertThat(events).containsExactly("ring-c:CANCELLED");
  }

  @Test
  void answersToTheSourcePortWhenTheClientAskedForRport() throws IOException {
    try (RawSipClient client = client(SipTransport.UDP)) {
      // The Via claims port 9; rport sends the answer where the datagram came from.
      client.send(client.fixture("options.sip").with("port", 9));

      SIPResponse ok = client.receiveResponse(200);

      assertThat(ok.getTopmostVia().getRPort()).isEqualTo(client.port());
      assertThat(ok.getTopmostVia().getReceived()).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void dropsGarbageDatagramsAndAnswersBrokenRequestsWith400() throws IOException {
    try (RawSipClient client = client(SipTransport.UDP)) {
      client.sendBytes("\u0001\u0002 not sip\r\n\r\n".getBytes(StandardCharsets.UTF_8));
      client.send(client.fixture("invite-missing-call-id.sip"));

      String refused = client.receiveText();

      assertThat(refused).startsWith("SIP/2.0 400 Missing Call-ID header\r\n");
      assertThat(server.stats().unparseableMessages()).isEqualTo(1);
    }
  }

  @Test
  void answersTcpKeepAlivePingWithPong() throws IOException {
    try (RawSipClient client = client(SipTransport.TCP)) {
      client.sendBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

      assertThat(client.readRaw(2)).isEqualTo(new byte[] {'\r', '\n'});
      client.send(client.fixture("options.sip"));
      assertThat(client.receiveResponse(200)).isNotNull();
    }
  }

  @Test
  void closesOnlyTheTcpConnectionThatBrokeFraming() throws IOException {
    try (RawSipClient broken = client(SipTransport.TCP);
        RawSipClient healthy = client(SipTransport.TCP)) {
      broken.send(broken.fixture("invite-no-content-length.sip"));

      assertThat(broken.isClosedByServer()).isTrue();
      healthy.send(healthy.fixture("options.sip"));
      assertThat(healthy.receiveResponse(200)).isNotNull();
      assertThat(server.stats().tcpFramingErrors()).isEqualTo(1);
    }
  }

  private RawSipClient client(SipTransport transport) throws IOException {
    return transport == SipTransport.UDP
        ? RawSipClient.udp(server.udpAddress())
        : RawSipClient.tcp(server.tcpAddress());
  }
}
