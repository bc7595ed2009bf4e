package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.channel.epoll.Epoll;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Upgrade requests over a raw socket, to see the exact HTTP answers. */
class LocalServerHandshakeIT {
  private static final String KEY = "local-test-key";
  private static final String TOKEN = "local-test-token";

  private LocalVoiceLiveServer server;

  @BeforeEach
  void startServer() {
    server =
        LocalVoiceLiveServer.start(
            LocalServerConfig.newBuilder().apiKey(KEY).bearerToken(TOKEN).build());
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** Status line, headers and body of one response. */
  private record Answer(String head, String body) {
    int status() {
      return Integer.parseInt(head.split(" ")[1]);
    }

    JsonNode json() throws IOException {
      return ServerJson.MAPPER.readTree(body);
    }
  }

  private Answer upgrade(String target, String... headers) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5000);
      StringBuilder request = new StringBuilder();
      request.append("GET ").append(target).append(" HTTP/1.1\r\n");
      request.append("Host: 127.0.0.1:").append(server.port()).append("\r\n");
      request.append("Upgrade: websocket\r\nConnection: Upgrade\r\n");
      request.append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n");
      request.append("Sec-WebSocket-Version: 13\r\n");
      for (String header : headers) {
        request.append(header).append("\r\n");
      }
      request.append("\r\n");
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
      return read(socket.getInputStream());
    }
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    while (true) {
      String text = bytes.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      if (end >= 0) {
        String head = text.substring(0, end);
        int length = contentLength(head);
        if (text.length() - end - 4 >= length) {
          return new Answer(head, text.substring(end + 4, end + 4 + length));
        }
      }
      int n = in.read(buf);
      if (n < 0) {
        throw new IOException("connection closed before a full response: " + text);
      }
      bytes.write(buf, 0, n);
    }
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        return Integer.parseInt(line.substring(15).trim());
      }
    }
    return 0;
  }

  @Test
  void standaloneServerRunsOnNativeEpollWhereItLoads() {
    assertThat(server.transport()).isEqualTo(Epoll.isAvailable() ? "epoll" : "nio");
  }

  @Test
  void transportPropertyForcesNio() {
    System.setProperty(LocalVoiceLiveServer.TRANSPORT_PROPERTY, "nio");
    try (LocalVoiceLiveServer nio =
        LocalVoiceLiveServer.start(LocalServerConfig.newBuilder().build())) {
      assertThat(nio.transport()).isEqualTo("nio");
    } finally {
      System.clearProperty(LocalVoiceLiveServer.TRANSPORT_PROPERTY);
    }
  }

  @Test
  void otherPathIsNotFoundWithAJsonBody() throws IOException {
    Answer answer =
        upgrade("/voice-agent/realtime?api-version=2025-10-01&model=m", "api-key: " + KEY);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().get("error").get("message").asText()).contains("/voice-live/realtime");
  }

  @Test
  void missingApiVersionIsABadRequest() throws IOException {
    Answer answer = upgrade("/voice-live/realtime?model=m", "api-key: " + KEY);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("error").get("code").asText())
        .isEqualTo("MissingApiVersionParameter");
  }

  @Test
  void wrongKeyIsUnauthorized() throws IOException {
    Answer answer = upgrade("/voice-live/realtime?api-version=2025-10-01&model=m", "api-key: nope");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.body()).doesNotContain("nope").doesNotContain(KEY);
  }

  @Test
  void missingCredentialIsUnauthorized() throws IOException {
    assertThat(upgrade("/voice-live/realtime?api-version=2025-10-01&model=m").status())
        .isEqualTo(401);
  }

  @Test
  void keyInHeaderOrQueryAndBearerInHeaderOrQueryAreAccepted() throws IOException {
    String base = "/voice-live/realtime?api-version=2025-10-01&model=m";

    assertThat(upgrade(base, "api-key: " + KEY).status()).isEqualTo(101);
    assertThat(upgrade(base + "&api-key=" + KEY).status()).isEqualTo(101);
    assertThat(upgrade(base, "Authorization: Bearer " + TOKEN).status()).isEqualTo(101);
    assertThat(upgrade(base + "&Authorization=Bearer%20" + TOKEN).status()).isEqualTo(101);
    assertThat(upgrade(base, "Authorization: Bearer " + KEY).status()).isEqualTo(401);
  }

  @Test
  void realtimeSubprotocolIsSelectedWhenOffered() throws IOException {
    Answer answer =
        upgrade(
            "/voice-live/realtime?api-version=2025-10-01&model=m",
            "api-key: " + KEY,
            "Sec-WebSocket-Protocol: realtime");

    assertThat(answer.status()).isEqualTo(101);
    assertThat(answer.head().toLowerCase()).contains("sec-websocket-protocol: realtime");
  }

  @Test
  void neitherModelNorAgentIsABadRequest() throws IOException {
    Answer answer =
        upgrade("/voice-live/realtime?api-version=2025-10-01&agent-name=a", "api-key: " + KEY);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("error").get("message").asText()).contains("agent-project-name");
  }

  @Test
  void plainGetWithoutUpgradeIsABadRequest() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5000);
      String request =
          "GET /voice-live/realtime?api-version=2025-10-01&model=m HTTP/1.1\r\n"
              + "Host: x\r\napi-key: "
              + KEY
              + "\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));

      assertThat(read(socket.getInputStream()).status()).isEqualTo(400);
    }
  }

  @Test
  void agentModeEchoesTheAgentInTheSession() {
    try (RealtimeTestClient client =
        RealtimeTestClient.connect(
            server,
            "api-version=2026-04-10&agent-name=bank&agent-project-name=proj&api-key=" + KEY)) {
      JsonNode session = client.next("session.created").get("session");

      assertThat(session.get("agent").get("name").asText()).isEqualTo("bank");
      assertThat(server.stats().handshakesRejected()).isZero();
    }
  }
}
