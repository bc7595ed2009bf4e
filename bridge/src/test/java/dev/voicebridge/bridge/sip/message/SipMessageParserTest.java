package dev.voicebridge.bridge.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicebridge.bridge.sip.SipFixture;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SipMessageParserTest {
  private static final InetSocketAddress SENDER = new InetSocketAddress("10.0.0.1", 5062);
  private final SipMessageParser parser = new SipMessageParser();

  @Test
  void parsesInviteWithItsSdpBody() throws ParseException {
    InboundSipMessage inbound = parser.parse(SipFixture.load("invite-basic.sip").bytes(), SENDER);

    assertThat(inbound.defect()).isNull();
    assertThat(inbound.sender()).isEqualTo(SENDER);
    SIPRequest request = (SIPRequest) inbound.message();
    assertThat(request.getMethod()).isEqualTo("INVITE");
    assertThat(request.getCallId().getCallId()).isEqualTo("call-1@127.0.0.1");
    assertThat(new String(request.getRawContent(), StandardCharsets.US_ASCII))
        .startsWith("v=0\r\n")
        .endsWith("a=sendrecv\r\n");
    assertThat(request.getContentLength().getContentLength())
        .isEqualTo(request.getRawContent().length);
  }

  @Test
  void takesTheRestOfTheDatagramAsBodyWhenContentLengthIsMissing() throws ParseException {
    SIPRequest request =
        (SIPRequest)
            parser.parse(SipFixture.load("invite-no-content-length.sip").bytes(), SENDER)
                .message();

    assertThat(new String(request.getRawContent(), StandardCharsets.US_ASCII))
        .startsWith("v=0\r\n")
        .endsWith("a=sendrecv\r\n");
  }

  @Test
  void ignoresBytesBeyondContentLength() throws ParseException {
    String text = SipFixture.load("options.sip").text().replace("Content-Length: 0", "l: 3");

    SIPRequest request = (SIPRequest) parser.parse(bytes(text + "abcdef"), SENDER).message();

    assertThat(request.getRawContent()).isEqualTo(bytes("abc"));
    assertThat(request.getContentLength().getContentLength()).isEqualTo(3);
  }

  @Test
  void rejectsContentLengthBeyondTheDatagram() {
    String text = SipFixture.load("options.sip").text().replace("Content-Length: 0", "l: 30");

    assertThatThrownBy(() -> parser.parse(bytes(text + "abc"), SENDER))
        .isInstanceOf(ParseException.class)
        .hasMessage("Content-Length 30 exceeds the 3 bytes received");
  }

  @Test
  void acceptsBareLineFeeds() throws ParseException {
    String text = SipFixture.load("options.sip").text().replace("\r\n", "\n");

    SIPRequest request = (SIPRequest) parser.parse(bytes(text), SENDER).message();

    assertThat(request.getMethod()).isEqualTo("OPTIONS");
    assertThat(request.getRawContent()).isNull();
  }

  @Test
  void refusesOtherSipVersionsWith505() throws ParseException {
    String text = SipFixture.load("options.sip").text().replaceFirst("SIP/2.0", "SIP/3.0");

    InboundSipMessage inbound = parser.parse(bytes(text), SENDER);

    assertThat(inbound.defect().statusCode()).isEqualTo(505);
  }

  @Test
  void parsesResponse() throws ParseException {
    InboundSipMessage inbound =
        parser.parse(SipFixture.load("response-200-bye.sip").bytes(), SENDER);

    assertThat(inbound.isRequest()).isFalse();
    assertThat(((SIPResponse) inbound.message()).getStatusCode()).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource({
    "invite-missing-call-id.sip, 400, Missing Call-ID header",
    "invite-cseq-mismatch.sip, 400, CSeq method does not match request method",
    "invite-malformed-cseq.sip, 400, Malformed CSeq header",
    "invite-max-forwards-zero.sip, 483, Too Many Hops",
  })
  void flagsRequestsToRefuseWithTheResponseThatSaysWhy(String fixture, int status, String reason)
      throws ParseException {
    InboundSipMessage inbound = parser.parse(SipFixture.load(fixture).bytes(), SENDER);

    assertThat(inbound.defect()).isNotNull();
    assertThat(inbound.defect().statusCode()).isEqualTo(status);
    assertThat(inbound.defect().reasonPhrase()).isEqualTo(reason);
  }

  @Test
  void keepsHeadersAfterAMalformedOneSoThe400CanEchoThem() throws ParseException {
    InboundSipMessage inbound =
        parser.parse(SipFixture.load("invite-malformed-cseq.sip").bytes(), SENDER);

    assertThat(inbound.message().getCallId().getCallId()).isEqualTo("call-1@127.0.0.1");
    assertThat(inbound.message().getTopmostVia().getBranch()).isEqualTo("z9hG4bK-branch-1");
  }

  @Test
  void dropsRequestWhoseTopViaIsUnusable() {
    assertThatThrownBy(
            () -> parser.parse(SipFixture.load("invite-garbage-via.sip").bytes(), SENDER))
        .isInstanceOf(ParseException.class)
        .hasMessage("Request without a usable Via: Malformed Via header");
  }

  @Test
  void dropsResponseMissingAMandatoryHeader() {
    String text =
        SipFixture.load("response-200-bye.sip").text().replaceAll("CSeq: [^\r]*\r\n", "");

    assertThatThrownBy(() -> parser.parse(bytes(text), SENDER))
        .isInstanceOf(ParseException.class)
        .hasMessage("Response dropped: Missing CSeq header");
  }

  @ParameterizedTest(name = "garbage #{index}")
  @ValueSource(
      strings = {
        "\r\n\r\n",
        "GARBAGE\r\n\r\n",
        "INVITE  SIP/2.0\r\n\r\n",
        "\u0000\u0001\u0002\r\n\r\n",
        "no empty line at all",
        "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP a;branch=z9hG4bKx\r\n\r\n",
      })
  void throwsParseExceptionNeverAnErrorForGarbage(String garbage) {
    assertThatThrownBy(() -> parser.parse(bytes(garbage), SENDER))
        .isInstanceOf(ParseException.class);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
