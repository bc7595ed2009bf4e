package dev.voicebridge.bridge.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.voicebridge.bridge.sip.message.SipMessageParser;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPResponse;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole SIP layer, codecs included, on an embedded UDP socket with a frozen clock. */
class SipStackTest {
  private static final InetSocketAddress LOCAL = new InetSocketAddress("192.0.2.10", 5060);
  private static final byte[] ANSWER = "v=0\r\n".getBytes(StandardCharsets.US_ASCII);

  private final EmbeddedChannel socket = new EmbeddedChannel();
  private final List<String> endings = new ArrayList<>();
  private final SipStack stack;

  SipStackTest() {
    SipConfig config = SipConfig.newBuilder().timers(SipTestLoop.TIMERS).udpPort(0)
        .tcpPort(SipConfig.DISABLED).advertisedHost("192.0.2.10").build();
    socket.freezeTime();
    stack = new SipStack(config, List.of(socket.eventLoop()), this::answer, Runnable::run);
    stack.initUdp(socket);
  }

  private DialogListener answer(IncomingInvite invite) {
    if (!invite.callId().startsWith("cancel")) {
      invite.accept(ANSWER);
    }
    return reason -> endings.add(reason.name());
  }

  @AfterEach
  void finish() {
    assertFalse(socket.finish());
  }

  @Test
  void completeAndCancelledCallsLeaveNoTransactionDialogOrTimerBehind() {
    int calls = 25;
    for (int i = 0; i < calls; i++) {
      String callId = "complete-" + i;
      send(SipFixture.load("invite-basic.sip").with("call_id", callId));
      String tag = ((SIPResponse) last(received())).getToTag();
      send(SipFixture.load("ack.sip").with("call_id", callId).with("cseq", 1)
          .with("to_tag", tag).with("branch", "z9hG4bK-ack-" + i));
      send(SipFixture.load("bye.sip").with("call_id", callId).with("to_tag", tag)
          .with("branch", "z9hG4bK-bye-" + i));
      assertThat(statuses(received())).containsExactly(200);

      callId = "cancel-" + i;
      send(SipFixture.load("invite-basic.sip").with("call_id", callId));
      send(SipFixture.load("cancel.sip").with("call_id", callId).with("cseq", 1));
      List<SIPMessage> answers = received();
      assertThat(statuses(answers)).containsExactly(100, 200, 487);
      send(SipFixture.load("ack.sip").with("call_id", callId).with("cseq", 1)
          .with("to_tag", ((SIPResponse) last(answers)).getToTag()));
    }
    assertThat(stack.liveCounts().dialogs()).isZero();

    socket.advanceTimeBy(SipTestLoop.TIMERS.timeoutMillis() + 1, TimeUnit.MILLISECONDS);
    socket.runScheduledPendingTasks();

    assertThat(stack.liveCounts()).isEqualTo(new SipLiveCounts(0, 0, 0));
    assertThat(endings).hasSize(2 * calls).containsOnly("REMOTE_BYE", "CANCELLED");
    assertThat(received()).isEmpty();
  }

  @Test
  void dropsAndCountsGarbageAndKeepsAnswering() {
    socket.writeInbound(datagram("\u0000\u0001garbage\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
    send(SipFixture.load("options.sip"));

    assertThat(statuses(received())).containsExactly(200);
    assertThat(stack.stats().snapshot().unparseableMessages()).isEqualTo(1);
    assertThat(socket.isOpen()).isTrue();
    drain();
  }

  @Test
  void answers400NamingTheMissingHeaderOnTheWire() {
    send(SipFixture.load("invite-missing-call-id.sip"));

    List<String> lines = receivedText();
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).startsWith("SIP/2.0 400 Missing Call-ID header\r\n");
    assertThat(stack.liveCounts().isIdle()).isTrue();
  }

  @Test
  void countsRequestsAndResponsesByMethodAndStatus() {
    send(SipFixture.load("options.sip"));
    send(SipFixture.load("register.sip").with("branch", "z9hG4bK-r"));
    received();

    SipStatsSnapshot stats = stack.stats().snapshot();
    assertThat(stats.requestsReceived()).containsEntry("OPTIONS", 1L).containsEntry("REGISTER", 1L);
    assertThat(stats.responsesSent()).containsEntry(200, 1L).containsEntry(405, 1L);
    drain();
  }

  private void drain() {
    socket.advanceTimeBy(SipTestLoop.TIMERS.timeoutMillis() + 1, TimeUnit.MILLISECONDS);
    socket.runScheduledPendingTasks();
    assertThat(stack.liveCounts().isIdle()).isTrue();
  }

  private void send(SipFixture fixture) {
    socket.writeInbound(datagram(fixture.bytes()));
    socket.runPendingTasks();
  }

  private static DatagramPacket datagram(byte[] bytes) {
    return new DatagramPacket(Unpooled.wrappedBuffer(bytes), LOCAL, SipFixture.CALLER);
  }

  private List<String> receivedText() {
    List<String> texts = new ArrayList<>();
    for (DatagramPacket packet = socket.readOutbound(); packet != null;
        packet = socket.readOutbound()) {
      try {
        assertThat(packet.recipient()).isEqualTo(SipFixture.CALLER);
        texts.add(packet.content().toString(StandardCharsets.UTF_8));
      } finally {
        packet.release();
      }
    }
    return texts;
  }

  private List<SIPMessage> received() {
    List<SIPMessage> messages = new ArrayList<>();
    SipMessageParser parser = new SipMessageParser();
    for (String text : receivedText()) {
      try {
        messages.add(parser.parse(text.getBytes(StandardCharsets.UTF_8), LOCAL).message());
      } catch (ParseException e) {
        throw new AssertionError("Bridge sent unparseable message: " + text, e);
      }
    }
    return messages;
  }

  private static List<Integer> statuses(List<SIPMessage> messages) {
    return messages.stream().map(m -> ((SIPResponse) m).getStatusCode()).toList();
  }

  private static SIPMessage last(List<SIPMessage> messages) {
    return messages.get(messages.size() - 1);
  }
}
