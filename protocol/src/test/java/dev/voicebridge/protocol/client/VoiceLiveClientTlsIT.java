package dev.voicebridge.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.protocol.client.VoiceLiveException.Kind;
import dev.voicebridge.protocol.client.testing.SelfSignedCertificate;
import dev.voicebridge.protocol.client.testing.ServerConnection;
import dev.voicebridge.protocol.client.testing.TestVoiceLiveServer;
import dev.voicebridge.protocol.event.ServerEventSessionCreated;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code wss://}: the JDK's TLS with a trust the test controls and host name verification. */
class VoiceLiveClientTlsIT extends ClientTestSupport {

  private static SelfSignedCertificate localhost;
  private static SelfSignedCertificate otherHost;

  @BeforeAll
  static void makeCertificates() {
    localhost = SelfSignedCertificate.generate("localhost");
    otherHost = SelfSignedCertificate.generate("other.example");
  }

  @Override
  TestVoiceLiveServer newServer() {
    return TestVoiceLiveServer.startTls(localhost.serverContext());
  }

  @Test
  void trustedCertificateForTheHostOpensAndCarriesEvents() {
    RealtimeSession session =
        connect(config().trustManagerFactory(localhost.trustManagerFactory()).build());
    ServerConnection connection = server.takeConnection();

    connection.sendText(fixture("session.created.json"));

    assertThat(server.endpoint().getScheme()).isEqualTo("https");
    assertThat(session.config().webSocketUri().getScheme()).isEqualTo("wss");
    listener.assertOpen();
    listener.assertEvent(ServerEventSessionCreated.class);
    session.close(1000, "done");
    listener.assertClosing(1000, "done");
    listener.assertClosed(1000, "done");
    listener.assertExhausted(session);
  }

  @Test
  void certificateOutsideTheTrustStoreFailsOnceWithTls() {
    RealtimeSession session = connect(config().build());

    VoiceLiveException failure = listener.assertFailure(Kind.TLS_FAILED);

    assertThat(failure).hasMessageStartingWith("TLS failed: ");
    listener.assertExhausted(session);
  }

  @Test
  void trustedCertificateForAnotherHostFailsOnceWithTls() {
    try (TestVoiceLiveServer impostor = TestVoiceLiveServer.startTls(otherHost.serverContext())) {
      RealtimeSession session =
          connect(config()
              .endpoint(impostor.endpoint())
              .trustManagerFactory(otherHost.trustManagerFactory())
              .build());

      VoiceLiveException failure = listener.assertFailure(Kind.TLS_FAILED);

      assertThat(failure).hasMessageContaining("localhost");
      listener.assertExhausted(session);
    }
  }
}
