package dev.voicebridge.bridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sdp.G711Codec;
import dev.voicebridge.bridge.sdp.MediaPolicy;
import dev.voicebridge.bridge.sip.message.InboundSipMessage;
import dev.voicebridge.bridge.sip.message.SipMessageParser;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColdStartWarmupTest {

  @Test
  void preparesEveryEventTypeAndAnswersEverySampleInvite() {
    ColdStartWarmup.Result result = ColdStartWarmup.run(MediaPolicy.defaults());

    assertThat(result.eventTypes()).isGreaterThan(80);
    assertThat(result.sipRounds()).isEqualTo(ColdStartWarmup.ROUNDS);
    assertThat(result.took()).isPositive();
  }

  @Test
  void warmsUpWithAPolicyThatTakesOnlyALaw() {
    MediaPolicy aLawOnly = MediaPolicy.newBuilder().codecPreference(List.of(G711Codec.PCMA)).build();

    assertThat(ColdStartWarmup.run(aLawOnly).sipRounds()).isEqualTo(ColdStartWarmup.ROUNDS);
  }

  @Test
  void sampleInvitesAreDistinctWellFormedRequests() throws Exception {
    SipMessageParser parser = new SipMessageParser();
    InetSocketAddress from = new InetSocketAddress("127.0.0.1", 5070);

    InboundSipMessage first = parser.parse(ColdStartWarmup.sampleInvite(1, MediaPolicy.defaults()), from);
    InboundSipMessage second = parser.parse(ColdStartWarmup.sampleInvite(2, MediaPolicy.defaults()), from);

    assertThat(first.defect()).isNull();
    assertThat(first.message().getCallId().getCallId())
        .isNotEqualTo(second.message().getCallId().getCallId());
  }
}
