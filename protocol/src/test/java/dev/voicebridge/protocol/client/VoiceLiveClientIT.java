package dev.voicebridge.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.protocol.client.VoiceLiveException.Kind;
import dev.voicebridge.protocol.client.testing.ServerConnection;
import dev.voicebridge.protocol.client.testing.UpgradeRequest;
import dev.voicebridge.protocol.event.ServerEventSessionCreated;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Connecting: URL, headers, auth, and every way a connection attempt fails. */
class VoiceLiveClientIT extends ClientTestSupport {

  @Test
  void sessionCreatedIsDeliveredOnTheChosenEventLoop() {
    group.next();
    EventLoop chosen = group.next();
    RealtimeSession session = client.connect(config().build(), listener, chosen);
    ServerConnection connection = server.takeConnection();

    connection.sendText(fixture("session.created.json"));

    assertThat(session.eventLoop()).isSameAs(chosen);
    listener.assertOpen();
    ServerEventSessionCreated created = listener.assertEvent(ServerEventSessionCreated.class);
    assertThat(created.eventId()).isEqualTo("event_1");
    assertThat(session.isOpen()).isTrue();
    assertThat(session.stats().eventsReceived()).isEqualTo(1);
    session.cancel();
    listener.assertFailure(Kind.CANCELED);
    listener.assertExhausted(session);
  }

  @Test
  void modelModeRequestsTheRealtimePathWithApiVersionModelAndSubprotocol() {
    RealtimeSession session =
        connect(config().addQueryParameter("profile", "byom").userAgent("bridge/1").build());
    ServerConnection connection = server.takeConnection();
    UpgradeRequest request = connection.request();

    Map<String, String> query = new LinkedHashMap<>();
    query.put("api-version", "2025-10-01");
    query.put("model", "gpt-realtime");
    query.put("profile", "byom");
    assertThat(request.path()).isEqualTo("/voice-live/realtime");
    assertThat(request.query()).containsExactlyEntriesOf(query);
    assertThat(request.headers().get(HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL)).isEqualTo("realtime");
    assertThat(request.headers().get(HttpHeaderNames.USER_AGENT)).isEqualTo("bridge/1");
    assertThat(connection.subprotocol()).isEqualTo("realtime");
    listener.assertOpen();
    session.cancel();
  }

  @Test
  void agentModeSendsAgentParametersAndNoModel() {
    RealtimeSession session =
        connect(config().agent(new VoiceLiveAgent("bank", "proj", "2")).build());
    UpgradeRequest request = server.takeConnection().request();

    assertThat(request.query())
        .containsExactly(
            Map.entry("api-version", "2025-10-01"),
            Map.entry("agent-name", "bank"),
            Map.entry("agent-project-name", "proj"),
            Map.entry("agent-version", "2"));
    session.cancel();
  }

  @Test
  void apiKeyAndExtraHeadersAreSentOnTheUpgrade() {
    RealtimeSession session =
        connect(config()
            .credential(VoiceLiveCredential.apiKey("key-123"))
            .addHeader("x-ms-client-request-id", "call-42")
            .build());
    UpgradeRequest request = server.takeConnection().request();

    assertThat(request.headers().get("api-key")).isEqualTo("key-123");
    assertThat(request.headers().get("x-ms-client-request-id")).isEqualTo("call-42");
    assertThat(request.headers().contains(HttpHeaderNames.AUTHORIZATION)).isFalse();
    session.cancel();
  }

  @Test
  void bearerTokenComesFromTheSupplierAndIsRefreshedOnlyWhenExpired() {
    List<String> scopes = new ArrayList<>();
    AtomicInteger fetches = new AtomicInteger();
    AccessTokenSupplier supplier =
        scope -> {
          scopes.add(scope);
          // The first token is already expired, the second one is good for an hour.
          Instant expiry = fetches.incrementAndGet() == 1
              ? Instant.now().minusSeconds(1) : Instant.now().plusSeconds(3600);
          return CompletableFuture.supplyAsync(
              () -> new AccessToken("token-" + fetches.get(), expiry));
        };
    VoiceLiveClientConfig config =
        config().credential(VoiceLiveCredential.bearerToken(supplier)).build();

    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      RealtimeSession session = connect(config);
      sent.add(server.takeConnection().request().headers().get(HttpHeaderNames.AUTHORIZATION));
      listener.assertOpen();
      session.cancel();
      listener.assertFailure(Kind.CANCELED);
    }

    assertThat(sent).containsExactly("Bearer token-1", "Bearer token-2", "Bearer token-2");
    assertThat(scopes).containsExactly(
        "https://ai.azure.com/.default", "https://ai.azure.com/.default");
  }

  @Test
  void failingTokenSupplierFailsOnceWithTokenFailed() {
    RealtimeSession session =
        connect(config()
            .credential(VoiceLiveCredential.bearerToken(
                scope -> CompletableFuture.failedFuture(new IllegalStateException("entra down"))))
            .build());

    VoiceLiveException failure = listener.assertFailure(Kind.TOKEN_FAILED);
    assertThat(failure).hasRootCauseMessage("entra down");
    listener.assertExhausted(session);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {401, 403, 429})
  void rejectedHandshakeFailsOnceWithTheStatus(int status) {
    server.rejectUpgrades(HttpResponseStatus.valueOf(status));
    RealtimeSession session = connect(config().build());

    VoiceLiveException failure = listener.assertFailure(Kind.HANDSHAKE_REJECTED);

    assertThat(failure).isInstanceOf(VoiceLiveHandshakeException.class);
    VoiceLiveHandshakeException rejected = (VoiceLiveHandshakeException) failure;
    assertThat(rejected.status()).isEqualTo(status);
    assertThat(rejected.responseBody()).isEqualTo("{\"error\":{\"code\":\"" + status + "\"}}");
    assertThat(rejected.responseHeaders().get(HttpHeaderNames.CONTENT_TYPE))
        .isEqualTo("application/json");
    assertThat(rejected).hasMessage("WebSocket upgrade rejected: "
        + HttpResponseStatus.valueOf(status));
    listener.assertExhausted(session);
  }

  @Test
  void openSessionsCountsASessionFromConnectUntilItClosesOrFails() throws IOException {
    RealtimeSession session = connect(config().build());
    server.takeConnection();
    listener.assertOpen();
    assertThat(client.openSessions()).isEqualTo(1);

    session.close(1000, "call ended");
    listener.assertClosing(1000, "call ended");
    listener.assertClosed(1000, "call ended");

    assertThat(client.openSessions()).isZero();
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    RecordingRealtimeListener refused = new RecordingRealtimeListener();
    client.connect(config().endpoint("ws://127.0.0.1:" + port).build(), refused, loop());
    refused.assertFailure(Kind.CONNECT_FAILED);
    assertThat(client.openSessions()).isZero();
  }

  @Test
  void refusedConnectionFailsOnceWithConnectFailed() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    RealtimeSession session = connect(config().endpoint("ws://127.0.0.1:" + port).build());

    VoiceLiveException failure = listener.assertFailure(Kind.CONNECT_FAILED);

    assertThat(failure).hasMessageContaining("127.0.0.1:" + port);
    listener.assertExhausted(session);
  }

  @Test
  void unansweredTcpConnectFailsOnceWithConnectTimeout() throws IOException {
    // A listening socket that never accepts: once its backlog is full, further SYNs go
    // unanswered and the connect hangs.
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<Socket> fillers = fillBacklog(socket);
      try {
        RealtimeSession session = connect(config()
            .endpoint("ws://127.0.0.1:" + socket.getLocalPort())
            .connectTimeout(Duration.ofMillis(300))
            .build());

        VoiceLiveException failure = listener.assertFailure(Kind.CONNECT_TIMEOUT);

        assertThat(failure).hasMessage("connect timed out after 300 ms");
        listener.assertExhausted(session);
      } finally {
        for (Socket filler : fillers) {
          filler.close();
        }
      }
    }
  }

  @Test
  void tokenThatNeverArrivesFailsWithConnectTimeout() {
    RealtimeSession session =
        connect(config()
            .credential(VoiceLiveCredential.bearerToken(scope -> new CompletableFuture<>()))
            .connectTimeout(Duration.ofMillis(200))
            .build());

    listener.assertFailure(Kind.CONNECT_TIMEOUT);
    listener.assertExhausted(session);
  }

  @Test
  void unansweredUpgradeFailsOnceWithHandshakeTimeout() {
    server.ignoreUpgrades(true);
    RealtimeSession session =
        connect(config().handshakeTimeout(Duration.ofMillis(200)).build());

    server.takeRejectedUpgrade();
    VoiceLiveException failure = listener.assertFailure(Kind.HANDSHAKE_TIMEOUT);

    assertThat(failure).hasMessage("handshake timed out after 200 ms");
    listener.assertExhausted(session);
  }

  @Test
  void serverThatRefusesTheSubprotocolFailsTheHandshake() {
    server.subprotocols(null);
    RealtimeSession session = connect(config().build());

    VoiceLiveException failure = listener.assertFailure(Kind.HANDSHAKE_FAILED);

    assertThat(failure).hasMessageContaining("subprotocol");
    listener.assertExhausted(session);
  }

  @Test
  void noSubprotocolOfferedWhenConfiguredOff() {
    server.subprotocols(null);
    RealtimeSession session = connect(config().subprotocol(null).build());

    UpgradeRequest request = server.takeConnection().request();

    assertThat(request.headers().contains(HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL)).isFalse();
    listener.assertOpen();
    session.cancel();
  }

  private static List<Socket> fillBacklog(ServerSocket socket) throws IOException {
    List<Socket> fillers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Socket filler = new Socket();
      try {
        filler.connect(socket.getLocalSocketAddress(), 100);
        fillers.add(filler);
      } catch (IOException full) {
        filler.close();
        break;
      }
    }
    return fillers;
  }
}
