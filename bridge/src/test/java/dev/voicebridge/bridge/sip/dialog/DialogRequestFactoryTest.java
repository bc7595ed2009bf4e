package dev.voicebridge.bridge.sip.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipTransport;
import dev.voicebridge.bridge.sip.message.SipFactories;
import dev.voicebridge.bridge.sip.message.SipMessageParser;
import gov.nist.javax.sip.message.SIPRequest;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import javax.sip.header.RouteHeader;
import org.junit.jupiter.api.Test;

class DialogRequestFactoryTest {
  private static final LocalContact CONTACT =
      new LocalContact("192.0.2.10", 5060, SipTransport.UDP);

  @Test
  void addressesTheRemoteTargetWithSwappedTagsWithoutRoutes() {
    DialogRequestFactory requests = new DialogRequestFactory(
        SipFixture.load("invite-basic.sip").request(), "ours", CONTACT);

    SIPRequest bye = requests.create("BYE", 7);

    assertThat(bye.getRequestURI().toString()).isEqualTo("sip:alice@127.0.0.1:5062;transport=udp");
    assertThat(bye.getFrom().getAddress().getURI().toString())
        .isEqualTo("sip:4930123@127.0.0.1:5060");
    assertThat(bye.getFromTag()).isEqualTo("ours");
    assertThat(bye.getTo().getAddress().getURI().toString()).isEqualTo("sip:alice@127.0.0.1:5062");
    assertThat(bye.getToTag()).isEqualTo("caller-tag");
    assertThat(bye.getCSeq().getSeqNumber()).isEqualTo(7);
    assertThat(bye.getCSeq().getMethod()).isEqualTo("BYE");
    assertThat(bye.getMaxForwards().getMaxForwards()).isEqualTo(70);
    assertThat(bye.getHeader("Route")).isNull();
    assertThat(requests.nextHop()).isEqualTo(bye.getRequestURI());
  }

  @Test
  void putsLooseRoutesInRouteHeadersInOrder() {
    String invite = SipFixture.load("invite-record-route.sip").text().replace(
        "Record-Route: <sip:127.0.0.1:5070;lr>",
        "Record-Route: <sip:p1.example;lr>, <sip:p2.example;lr>");
    DialogRequestFactory requests = new DialogRequestFactory(parse(invite), "ours", CONTACT);

    SIPRequest bye = requests.create("BYE", 1);

    assertThat(routes(bye)).containsExactly("sip:p1.example;lr", "sip:p2.example;lr");
    assertThat(requests.nextHop().toString()).isEqualTo("sip:p1.example;lr");
  }

  @Test
  void sendsToAStrictRouterWithTheTargetAsLastRoute() {
    String invite = SipFixture.load("invite-record-route.sip").text().replace(
        "Record-Route: <sip:127.0.0.1:5070;lr>", "Record-Route: <sip:strict.example>");
    DialogRequestFactory requests = new DialogRequestFactory(parse(invite), "ours", CONTACT);

    SIPRequest bye = requests.create("BYE", 1);

    assertThat(bye.getRequestURI().toString()).isEqualTo("sip:strict.example");
    assertThat(routes(bye)).containsExactly("sip:alice@127.0.0.1:5062;transport=udp");
  }

  @Test
  void followsTheContactOfATargetRefresh() {
    DialogRequestFactory requests = new DialogRequestFactory(
        SipFixture.load("invite-basic.sip").request(), "ours", CONTACT);

    requests.refreshTarget(SipFixture.load("reinvite.sip").with("port", 6000).request());

    assertThat(requests.create("BYE", 2).getRequestURI().toString())
        .isEqualTo("sip:alice@127.0.0.1:6000;transport=udp");
  }

  @Test
  void givesEveryRequestAFreshBranchAndTheUserAgent() {
    SipFactories.useProduct("voicebridge");
    DialogRequestFactory requests = new DialogRequestFactory(
        SipFixture.load("invite-basic.sip").request(), "ours", CONTACT);

    SIPRequest first = requests.create("BYE", 1);
    SIPRequest second = requests.create("BYE", 2);

    assertThat(first.getTopmostVia().getBranch()).startsWith("z9hG4bK")
        .isNotEqualTo(second.getTopmostVia().getBranch());
    assertThat(first.getHeader("User-Agent").toString()).contains("voicebridge");
  }

  private static SIPRequest parse(String text) {
    try {
      return (SIPRequest) new SipMessageParser()
          .parse(text.getBytes(StandardCharsets.UTF_8), SipFixture.CALLER).message();
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> routes(SIPRequest request) {
    List<String> routes = new ArrayList<>();
    request.getHeaders(RouteHeader.NAME).forEachRemaining(
        h -> routes.add(((RouteHeader) h).getAddress().getURI().toString()));
    return routes;
  }
}
