package dev.voicebridge.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.ReferenceCountUtil;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.Test;

class SslContextsTest {

  private final SslContexts contexts = new SslContexts();

  @Test
  void handlerSendsSniAndVerifiesTheHostName() {
    SslContext context = contexts.get(null);
    SslHandler handler = SslContexts.newHandler(
        context, ByteBufAllocator.DEFAULT, "res.services.ai.azure.com", 443, Runnable::run);
    try {
      SSLParameters parameters = handler.engine().getSSLParameters();

      assertThat(handler.engine().getUseClientMode()).isTrue();
      assertThat(parameters.getEndpointIdentificationAlgorithm()).isEqualTo("HTTPS");
      assertThat(parameters.getServerNames())
          .containsExactly(new SNIHostName("res.services.ai.azure.com"));
      assertThat(handler.getHandshakeTimeoutMillis()).isZero();
    } finally {
      ReferenceCountUtil.release(handler.engine());
    }
  }

  @Test
  void contextsAreBuiltOncePerTrust() {
    assertThat(contexts.get(null)).isSameAs(contexts.get(null));
  }
}
