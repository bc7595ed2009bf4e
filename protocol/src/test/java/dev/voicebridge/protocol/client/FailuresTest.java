package dev.voicebridge.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.protocol.client.VoiceLiveException.Kind;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class FailuresTest {

  @Test
  void tlsErrorsAnywhereInTheChainAreTlsFailures() {
    VoiceLiveException failure = Failures.classify(
        new DecoderException(new SSLHandshakeException("PKIX path building failed")), 10);

    assertThat(failure.kind()).isEqualTo(Kind.TLS_FAILED);
    assertThat(failure).hasMessage("TLS failed: PKIX path building failed");
  }

  @Test
  void oversizeFromTheDecoderOrTheAggregatorIsFrameTooLarge() {
    assertThat(Failures.classify(new TooLongFrameException("x"), 10).kind())
        .isEqualTo(Kind.FRAME_TOO_LARGE);
    VoiceLiveException failure = Failures.classify(
        new CorruptedWebSocketFrameException(WebSocketCloseStatus.MESSAGE_TOO_BIG, "big"), 10);
    assertThat(failure.kind()).isEqualTo(Kind.FRAME_TOO_LARGE);
    assertThat(failure).hasMessage("inbound message larger than maxFrameBytes (10)");
  }

  @Test
  void otherFrameViolationsAreProtocolErrors() {
    VoiceLiveException failure = Failures.classify(
        new CorruptedWebSocketFrameException(WebSocketCloseStatus.PROTOCOL_ERROR, "RSV != 0"), 10);

    assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL_ERROR);
    assertThat(failure).hasMessage("protocol error: RSV != 0");
  }

  @Test
  void ioErrorsAreConnectionLoss() {
    assertThat(Failures.classify(new IOException("Connection reset by peer"), 10))
        .hasMessage("connection lost: Connection reset by peer")
        .extracting(VoiceLiveException::kind).isEqualTo(Kind.CONNECTION_LOST);
    assertThat(Failures.classify(new ClosedChannelException(), 10))
        .hasMessage("connection lost: ClosedChannelException");
  }

  @Test
  void knownFailuresPassThrough() {
    VoiceLiveException known = new VoiceLiveException(Kind.CANCELED, "canceled");

    assertThat(Failures.classify(known, 10)).isSameAs(known);
  }
}
