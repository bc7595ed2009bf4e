package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every client mistake gets an error event and the connection stays open. */
class LocalServerErrorsIT {
  private static final int MAX_APPEND = 64 * 1024;

  private LocalVoiceLiveServer server;
  private RealtimeTestClient client;

  @BeforeEach
  void connect() {
    server =
        LocalVoiceLiveServer.start(
            LocalServerConfig.newBuilder()
                .maxAppendBytes(MAX_APPEND)
                .outputSpeedup(Double.POSITIVE_INFINITY)
                .build());
    client = RealtimeTestClient.connect(server);
    client.next("session.created");
  }

  @AfterEach
  void disconnect() {
    client.close();
    server.close();
  }

  /** Asserts the next event is an error, and that the session still answers afterwards. */
  private JsonNode expectError(String code, String param) {
    JsonNode error = client.next("error").get("error");
    assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
    assertThat(error.get("code").asText()).isEqualTo(code);
    if (param == null) {
      assertThat(error.get("param").isNull()).isTrue();
    } else {
      assertThat(error.get("param").asText()).isEqualTo(param);
    }
    client.send("{'type':'input_audio_buffer.clear'}");
    client.next("input_audio_buffer.cleared");
    assertThat(client.isOpen()).isTrue();
    return error;
  }

  @Test
  void frameThatIsNotJsonGetsAnError() {
    client.send("this is not json");

    assertThat(expectError("invalid_json", null).get("message").asText()).contains("JSON");
  }

  @Test
  void jsonWithoutTypeGetsAnError() {
    client.send("{'event_id':'e1','audio':'AAAA'}");

    JsonNode error = expectError("missing_required_parameter", "type");
    assertThat(error.get("event_id").asText()).isEqualTo("e1");
  }

  @Test
  void unknownEventTypeGetsAnErrorNamingIt() {
    client.send("{'type':'input_audio_buffer.shout','event_id':'e2'}");

    JsonNode error = expectError("invalid_value", "type");
    assertThat(error.get("message").asText()).contains("input_audio_buffer.shout");
    assertThat(error.get("event_id").asText()).isEqualTo("e2");
  }

  @Test
  void oversizeAppendGetsAnError() {
    String audio = Base64.getEncoder().encodeToString(new byte[MAX_APPEND + 2]);
    client.send("{'type':'input_audio_buffer.append','audio':'" + audio + "'}");

    assertThat(expectError("invalid_value", "audio").get("message").asText())
        .contains("exceed the limit of " + MAX_APPEND);
  }

  @Test
  void invalidBase64GetsAnError() {
    client.send("{'type':'input_audio_buffer.append','audio':'not*base64!'}");

    assertThat(expectError("invalid_value", "audio").get("message").asText())
        .startsWith("Invalid 'audio'. Expected base64-encoded audio bytes (mono PCM16 at 24kHz)");
  }

  @Test
  void oddPcm16ByteCountGetsAnError() {
    String audio = Base64.getEncoder().encodeToString(new byte[3]);
    client.send("{'type':'input_audio_buffer.append','audio':'" + audio + "'}");

    expectError("invalid_value", "audio");
  }

  @Test
  void appendWithoutAudioGetsAnError() {
    client.send("{'type':'input_audio_buffer.append'}");

    expectError("missing_required_parameter", "audio");
  }

  @Test
  void binaryFrameGetsAnError() {
    client.sendBinary(new byte[] {1, 2, 3});

    expectError("invalid_value", null);
  }

  @Test
  void invalidSessionValueGetsAnErrorAndLeavesTheSessionUnchanged() {
    client.send(
        "{'type':'session.update','event_id':'u1',"
            + "'session':{'instructions':'changed','input_audio_format':'opus'}}");
    JsonNode error = expectError("invalid_value", "session.input_audio_format");
    assertThat(error.get("event_id").asText()).isEqualTo("u1");

    client.send("{'type':'session.update','session':{'temperature':0.9}}");
    JsonNode session = client.next("session.updated").get("session");

    assertThat(session.get("instructions").asText()).isEmpty();
    assertThat(session.get("input_audio_format").asText()).isEqualTo("pcm16");
  }

  @Test
  void pcm16AtEightKilohertzIsRejected() {
    client.send("{'type':'session.update','session':{'input_audio_sampling_rate':8000}}");

    expectError("invalid_value", "session.input_audio_sampling_rate");
  }

  @Test
  void commitOfAnEmptyBufferGetsBufferTooSmall() {
    client.send("{'type':'input_audio_buffer.commit'}");

    assertThat(expectError("input_audio_buffer_commit_empty", null).get("message").asText())
        .contains("buffer too small");
  }

  @Test
  void cancelWithoutAResponseGetsAnError() {
    client.send("{'type':'response.cancel'}");

    expectError("response_cancel_not_active", null);
  }

  @Test
  void errorsAreCounted() throws InterruptedException {
    client.send("nope");
    client.next("error");
    client.assertNoEvent(Duration.ofMillis(100));

    assertThat(server.stats().errorsSent()).isEqualTo(1);
    assertThat(server.stats().sessionsOpen()).isEqualTo(1);
  }
}
