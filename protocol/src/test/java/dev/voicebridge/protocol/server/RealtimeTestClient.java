package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.voicebridge.protocol.event.ServerEvent;
import dev.voicebridge.protocol.event.UnknownServerEvent;
import dev.voicebridge.protocol.event.VoiceLiveJson;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A realtime client for tests on the JDK's WebSocket: records every server event in order and
 * offers blocking reads with a timeout (okhttp's WebSocketRecorder, for this protocol).
 *
 * <p>Every event is also read by the project's typed event model ({@link VoiceLiveJson}); an event
 * it cannot read, or reads as an unknown type, fails the next read: the server must only send what
 * a client of the real service understands.
 */
final class RealtimeTestClient implements AutoCloseable {
  static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final LinkedBlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
  private final List<String> unreadable = new CopyOnWriteArrayList<>();
  private final WebSocket socket;
  private volatile boolean closed;
  private volatile int closeCode = -1;

  private RealtimeTestClient(URI uri, String subprotocol) {
    WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(TIMEOUT);
    if (subprotocol != null) {
      builder.subprotocols(subprotocol);
    }
    this.socket = builder.buildAsync(uri, new Recorder()).join();
  }

  /** Connects with a model and the {@code realtime} subprotocol. */
  static RealtimeTestClient connect(LocalVoiceLiveServer server) {
    return connect(server, "api-version=2025-10-01&model=gpt-realtime");
  }

  /** Connects with a query string of one's own. */
  static RealtimeTestClient connect(LocalVoiceLiveServer server, String query) {
    URI uri = URI.create("ws://127.0.0.1:" + server.port() + "/voice-live/realtime?" + query);
    return new RealtimeTestClient(uri, "realtime");
  }

  String subprotocol() {
    return socket.getSubprotocol();
  }

  /** Sends an event written with single quotes for readability. */
  void send(String json) {
    socket.sendText(json.replace('\'', '"'), true).join();
  }

  void send(ObjectNode event) {
    socket.sendText(event.toString(), true).join();
  }

  void sendBinary(byte[] bytes) {
    socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
  }

  /** Appends audio in chunks of {@code chunkBytes}. */
  void append(byte[] audio, int chunkBytes) {
    for (int off = 0; off < audio.length; off += chunkBytes) {
      int len = Math.min(chunkBytes, audio.length - off);
      byte[] chunk = java.util.Arrays.copyOfRange(audio, off, off + len);
      send(
          "{'type':'input_audio_buffer.append','audio':'"
              + Base64.getEncoder().encodeToString(chunk)
              + "'}");
    }
  }

  /** The next event, failing after the timeout. */
  JsonNode next() {
    try {
      JsonNode event = events.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(event).as("an event within %s", TIMEOUT).isNotNull();
      assertThat(unreadable).as("events the typed model cannot read").isEmpty();
      return event;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The next event, asserting its type. */
  JsonNode next(String type) {
    JsonNode event = next();
    assertThat(event.path("type").asText()).as("event %s", event).isEqualTo(type);
    return event;
  }

  /** Skips events until one of this type; returns it. */
  JsonNode skipTo(String type) {
    while (true) {
      JsonNode event = next();
      if (event.path("type").asText().equals(type)) {
        return event;
      }
    }
  }

  /** The events up to and including the first of this type. */
  List<JsonNode> until(String type) {
    List<JsonNode> seen = new ArrayList<>();
    while (true) {
      JsonNode event = next();
      seen.add(event);
      if (event.path("type").asText().equals(type)) {
        return seen;
      }
    }
  }

  /** Asserts nothing arrives for a while. */
  void assertNoEvent(Duration quiet) throws InterruptedException {
    JsonNode event = events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(event).as("no event").isNull();
  }

  boolean isOpen() {
    return !closed;
  }

  int closeCode() {
    return closeCode;
  }

  /** The audio of the {@code response.audio.delta}s among events, base64-decoded and joined. */
  static byte[] audioOf(List<JsonNode> events) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (JsonNode e : events) {
      if (e.path("type").asText().equals("response.audio.delta")) {
        out.writeBytes(Base64.getDecoder().decode(e.get("delta").asText()));
      }
    }
    return out.toByteArray();
  }

  /** The types of events, in order, with runs of deltas collapsed to one entry. */
  static List<String> typesOf(List<JsonNode> events) {
    List<String> types = new ArrayList<>();
    for (JsonNode e : events) {
      String type = e.path("type").asText();
      if (!(type.equals("response.audio.delta")
          && !types.isEmpty()
          && types.get(types.size() - 1).equals(type))) {
        types.add(type);
      }
    }
    return types;
  }

  @Override
  public void close() {
    if (!closed) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
      socket.abort();
    }
  }

  private final class Recorder implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String json = text.toString();
        try {
          ServerEvent typed = VoiceLiveJson.parseServerEvent(json);
          if (typed instanceof UnknownServerEvent) {
            unreadable.add("unknown type: " + json);
          }
        } catch (Exception | LinkageError e) {
          unreadable.add(e + ": " + json);
        }
        try {
          events.add(ServerJson.MAPPER.readTree(json));
        } catch (Exception e) {
          unreadable.add("invalid JSON: " + json);
        }
        text.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      closeCode = statusCode;
      closed = true;
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      closed = true;
    }
  }
}
