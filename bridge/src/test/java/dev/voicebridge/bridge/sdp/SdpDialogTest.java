package dev.voicebridge.bridge.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdpDialogTest {
  private static final InetSocketAddress LOCAL = new InetSocketAddress("192.0.2.50", 20000);
  private final SdpDialog dialog =
      new SdpDialog(new SdpNegotiator(MediaPolicy.defaults()), LOCAL, 42);

  @Test
  void incrementsTheOriginVersionWithEveryAnswerInTheDialog() throws Exception {
    Negotiation first = dialog.answer(offer("offer-pcmu-only.sdp"));
    Negotiation hold = dialog.answer(offer("offer-hold-sendonly.sdp"));
    Negotiation resume = dialog.answer(offer("offer-pcmu-only.sdp"));

    assertThat(List.of(first, hold, resume)).extracting(n -> n.answer().description().origin())
        .extracting(SdpOrigin::sessionId, SdpOrigin::sessionVersion)
        .containsExactly(
            tuple("42", "1"),
            tuple("42", "2"),
            tuple("42", "3"));
    assertThat(text(first.answer())).isEqualTo(text(resume.answer()).replace(" 42 3 ", " 42 1 "));
  }

  @Test
  void putsTheCallOnHoldAndResumesItOnReInvites() throws Exception {
    dialog.answer(offer("offer-pcmu-only.sdp"));

    NegotiatedMedia held = dialog.answer(offer("offer-hold-sendonly.sdp")).media();
    assertThat(held.onHold()).isTrue();
    assertThat(held.sendsMedia()).isFalse();
    assertThat(held.receivesMedia()).isTrue();

    NegotiatedMedia resumed = dialog.answer(offer("offer-pcmu-only.sdp")).media();
    assertThat(resumed.onHold()).isFalse();
    assertThat(resumed.sendsMedia()).isTrue();
    assertThat(dialog.media()).contains(resumed);
  }

  @Test
  void followsANewMediaAddressOnAReInvite() throws Exception {
    dialog.answer(offer("offer-pcmu-only.sdp"));
    String moved = SdpFixtures.text("offer-pcmu-only.sdp")
        .replace("198.51.100.7", "198.51.100.99").replace("40000", "41000");

    NegotiatedMedia media =
        dialog.answer(SdpOffer.parse(moved.getBytes(StandardCharsets.UTF_8))).media();

    assertThat(media.remoteRtpAddress()).isEqualTo(new InetSocketAddress("198.51.100.99", 41000));
  }

  @Test
  void keepsTheCodecInUseWhenAReInviteOffersBoth() throws Exception {
    dialog.answer(offer("offer-sipp-uac-pcap.sdp"));

    NegotiatedMedia media = dialog.answer(offer("offer-asterisk-many-codecs.sdp")).media();

    assertThat(media.codec()).isEqualTo(G711Codec.PCMA);
  }

  @Test
  void leavesMediaAndVersionAloneWhenAReInviteIsRefused() throws Exception {
    NegotiatedMedia before = dialog.answer(offer("offer-pcmu-only.sdp")).media();

    SdpNegotiationException e = catchThrowableOfType(SdpNegotiationException.class,
        () -> dialog.answer(offer("offer-g729-only.sdp")));

    assertThat(e.statusCode()).isEqualTo(488);
    assertThat(dialog.media()).contains(before);
    assertThat(dialog.answer(offer("offer-pcmu-only.sdp")).answer().description().origin()
        .sessionVersion()).isEqualTo("2");
  }

  @Test
  void offersItsOwnSdpAndAcceptsTheAnswerFromTheAck() throws Exception {
    SdpOffer offer = dialog.createOffer();

    NegotiatedMedia media = dialog.acceptAnswer(answer("answer-to-bridge-pcma.sdp"));

    assertThat(text(offer)).isEqualTo(SdpFixtures.text("offer-bridge-default.sdp"));
    assertThat(media.codec()).isEqualTo(G711Codec.PCMA);
    assertThat(dialog.media()).contains(media);
    assertThat(dialog.outstandingOffer()).isEmpty();
  }

  @Test
  void keepsEveryEarlierMediaLineInALaterOffer() throws Exception {
    dialog.answer(offer("offer-audio-video.sdp"));

    SdpOffer reOffer = dialog.createOffer();

    assertThat(reOffer.description().origin().sessionVersion()).isEqualTo("2");
    assertThat(reOffer.description().media()).extracting(MediaDescription::mediaType,
        MediaDescription::port).containsExactly(
            tuple("audio", 20000),
            tuple("video", 0));
  }

  @Test
  void refusesAnAnswerWhenNoOfferIsOutstanding() {
    assertThatThrownBy(() -> dialog.acceptAnswer(answer("answer-to-bridge-pcma.sdp")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no offer outstanding in this dialog");
  }

  @Test
  void refusesAnAnswerPickingACodecItDidNotOffer() throws Exception {
    dialog.createOffer();

    SdpNegotiationException e = catchThrowableOfType(SdpNegotiationException.class,
        () -> dialog.acceptAnswer(answer("answer-to-bridge-g729.sdp")));

    assertThat(e.statusCode()).isEqualTo(488);
    assertThat(dialog.media()).isEmpty();
  }

  @Test
  void refusesToAdvertiseTheWildcardAddress() {
    SdpNegotiator negotiator = new SdpNegotiator(MediaPolicy.defaults());

    assertThatThrownBy(() -> new SdpDialog(negotiator, new InetSocketAddress(20000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("advertise a concrete IP, not ");
  }

  @Test
  void picksDifferentSessionIdsForDifferentDialogs() throws Exception {
    SdpNegotiator negotiator = new SdpNegotiator(MediaPolicy.defaults());

    String a = new SdpDialog(negotiator, LOCAL).createOffer().description().origin().sessionId();
    String b = new SdpDialog(negotiator, LOCAL).createOffer().description().origin().sessionId();

    assertThat(a).isNotEqualTo(b).matches("[0-9]+");
  }

  private static SdpOffer offer(String fixture) throws SdpNegotiationException {
    return SdpOffer.parse(SdpFixtures.bytes(fixture));
  }

  private static SdpAnswer answer(String fixture) throws SdpNegotiationException {
    return SdpAnswer.parse(SdpFixtures.bytes(fixture));
  }

  private static String text(Object sdp) {
    return sdp.toString();
  }
}
