package dev.voicebridge.bridge.sip.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipTestLoop;
import dev.voicebridge.bridge.sip.message.SipResponses;
import org.junit.jupiter.api.Test;

class SuccessRetransmitterTest {
  private int noAcks;

  @Test
  void resendsFromT1DoublingToT2AndGivesUpAfter64T1() {
    SipTestLoop loop = SipTestLoop.udp();
    SuccessRetransmitter retransmitter = create(loop);

    retransmitter.start();
    int sent = 0;
    for (int step = 0; step < 640; step++) {
      loop.advance(10);
      sent += loop.sent().size();
    }

    // 100, 300, 700, 1500, then every 800 until 6400: 2300 ... 5500, 6300.
    assertThat(sent).isEqualTo(10);
    assertThat(noAcks).isEqualTo(1);
    loop.assertFinished();
  }

  @Test
  void stopsAtTheAck() {
    SipTestLoop loop = SipTestLoop.udp();
    SuccessRetransmitter retransmitter = create(loop);
    retransmitter.start();
    loop.advance(100);
    loop.sent();

    retransmitter.stop();
    loop.advance(10_000);

    assertThat(noAcks).isZero();
    loop.assertFinished();
  }

  @Test
  void onlyWaitsOverTcp() {
    SipTestLoop loop = SipTestLoop.tcp();
    create(loop).start();

    loop.advance(6_400);

    assertThat(noAcks).isEqualTo(1);
    loop.assertFinished();
  }

  private SuccessRetransmitter create(SipTestLoop loop) {
    var ok = SipResponses.create(SipFixture.load("invite-basic.sip").request(), 200);
    return new SuccessRetransmitter(loop.scheduler(), SipTestLoop.TIMERS, loop.flow(), ok,
        loop.stats(), () -> noAcks++);
  }
}
