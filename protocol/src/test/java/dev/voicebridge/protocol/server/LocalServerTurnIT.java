package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalServerTurnIT {
  private LocalVoiceLiveServer server;

  @BeforeEach
  void startServer() {
    server =
        LocalVoiceLiveServer.start(
            LocalServerConfig.newBuilder().outputSpeedup(Double.POSITIVE_INFINITY).build());
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void sessionCreatedComesFirstWithTheServiceDefaults() {
    try (RealtimeTestClient client = RealtimeTestClient.connect(server)) {
      JsonNode session = client.next("session.created").get("session");

      assertThat(client.subprotocol()).isEqualTo("realtime");
      assertThat(session.get("id").asText()).startsWith("sess_");
      assertThat(session.get("object").asText()).isEqualTo("realtime.session");
      assertThat(session.get("model").asText()).isEqualTo("gpt-realtime");
      assertThat(session.get("input_audio_format").asText()).isEqualTo("pcm16");
      assertThat(session.get("input_audio_sampling_rate").asInt()).isEqualTo(24000);
      assertThat(session.get("turn_detection").get("type").asText()).isEqualTo("server_vad");
      assertThat(session.get("turn_detection").get("prefix_padding_ms").asInt()).isEqualTo(300);
      assertThat(session.get("max_response_output_tokens").asText()).isEqualTo("inf");
    }
  }

  @Test
  void fullTurnEchoesTheUtteranceWithExactVadTimes() {
    TestSignal signal = new TestSignal(24000).silence(500).tone(600, -20).silence(700);
    try (RealtimeTestClient client = RealtimeTestClient.connect(server)) {
      client.next("session.created");
      client.send("{'type':'session.update','event_id':'ev1','session':{'instructions':'hi'}}");
      client.next("session.updated");

      client.append(signal.pcm16(0, signal.samples.length), 960);

      JsonNode started = client.next("input_audio_buffer.speech_started");
      JsonNode stopped = client.next("input_audio_buffer.speech_stopped");
      JsonNode committed = client.next("input_audio_buffer.committed");
      JsonNode userItem = client.next("conversation.item.created");
      List<JsonNode> response = client.until("response.done");

      String itemId = started.get("item_id").asText();
      assertThat(started.get("audio_start_ms").asLong()).isEqualTo(200);
      assertThat(stopped.get("audio_end_ms").asLong()).isEqualTo(1600);
      assertThat(stopped.get("item_id").asText()).isEqualTo(itemId);
      assertThat(committed.get("item_id").asText()).isEqualTo(itemId);
      assertThat(committed.get("previous_item_id").isNull()).isTrue();
      assertThat(userItem.get("item").get("role").asText()).isEqualTo("user");
      assertThat(userItem.get("item").get("content").get(0).get("type").asText())
          .isEqualTo("input_audio");
      assertThat(RealtimeTestClient.typesOf(response))
          .containsExactly(
              "response.created",
              "response.output_item.added",
              "conversation.item.created",
              "response.content_part.added",
              "response.audio.delta",
              "response.audio_transcript.delta",
              "response.audio.delta",
              "response.audio.done",
              "response.audio_transcript.done",
              "response.content_part.done",
              "response.output_item.done",
              "response.done");
      assertThat(TestSignal.fromPcm16(RealtimeTestClient.audioOf(response)))
          .containsExactly(signal.slice(200, 1600));
      JsonNode done = response.get(response.size() - 1).get("response");
      assertThat(done.get("status").asText()).isEqualTo("completed");
      assertThat(done.get("output").get(0).get("status").asText()).isEqualTo("completed");
      assertThat(done.get("usage").get("output_token_details").get("audio_tokens").asInt())
          .isEqualTo(28);
      assertThat(done.get("usage").get("input_token_details").get("audio_tokens").asInt())
          .isEqualTo(14);
      assertThat(response.get(2).get("previous_item_id").asText()).isEqualTo(itemId);
    }
  }
}
