package dev.voicebridge.bridge.sip.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipConfig;
import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipTestLoop;
import dev.voicebridge.bridge.sip.transaction.SipTransactionLayer;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.time.Duration;
import java.util.List;

/**
 * The UAS core over a real transaction layer on a {@link SipTestLoop}: tests feed it fixtures
 * and read back the messages it sends, as objects.
 */
final class UasHarness {
  static final SipConfig CONFIG = SipConfig.newBuilder()
      .timers(SipTestLoop.TIMERS)
      .udpPort(0)
      .tcpPort(SipConfig.DISABLED)
      .advertisedHost("192.0.2.10")
      .advertisedPort(5060)
      .maxCalls(2)
      .retryAfter(Duration.ofSeconds(7))
      .inviteTimeout(Duration.ofSeconds(30))
      .build();

  final SipTestLoop loop;
  final SipTransactionLayer transactions;
  final RecordingCallLayer calls = new RecordingCallLayer();
  final UserAgentCore core;

  UasHarness() {
    this(SipTestLoop.udp(), CONFIG);
  }

  UasHarness(SipTestLoop loop, SipConfig config) {
    this.loop = loop;
    this.transactions = new SipTransactionLayer(config.timers(), loop.stats());
    this.core = new UserAgentCore(config, transactions, loop.stats(), calls, Runnable::run);
  }

  /** Delivers a fixture as if it had arrived on the loop's flow. */
  void receive(SipFixture fixture) {
    transactions.receive(fixture.inbound(), loop.flow(), loop.scheduler());
  }

  /** The one message sent since the last read. */
  SIPMessage sentOne() {
    List<SIPMessage> sent = loop.sent();
    assertThat(sent).hasSize(1);
    return sent.get(0);
  }

  /** The one response sent since the last read. */
  SIPResponse response() {
    return (SIPResponse) sentOne();
  }

  /** The one request sent since the last read. */
  SIPRequest request() {
    return (SIPRequest) sentOne();
  }

  /** Lets every transaction and timer run out, then checks nothing is left. */
  void assertAllFreed() {
    loop.advance(SipTestLoop.TIMERS.timeoutMillis() + 1);
    loop.sent();
    assertThat(core.liveDialogs()).as("dialogs").isZero();
    assertThat(core.admittedCalls()).as("admitted calls").isZero();
    assertThat(transactions.liveTransactions()).as("transactions").isZero();
    loop.assertFinished();
  }
}
