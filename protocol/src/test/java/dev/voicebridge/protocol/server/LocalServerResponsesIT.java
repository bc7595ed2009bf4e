package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Responses: barge-in, cancel, truncate, manual turns with VAD off, the greeting. */
class LocalServerResponsesIT {
  private static LocalVoiceLiveServer server;

  @BeforeAll
  static void startServer() {
    // Realtime pacing, so a response is still streaming when the test interrupts it.
    server = LocalVoiceLiveServer.start(LocalServerConfig.newBuilder().outputSpeedup(1.0).build());
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  private static final TestSignal TURN =
      new TestSignal(24000).silence(300).tone(600, -20).silence(600);
  private static final TestSignal SPEECH = new TestSignal(24000).tone(300, -20);

  /** Connects, speaks one turn and waits for the first delta of its echo. */
  private static RealtimeTestClient connectAndStartAResponse() {
    RealtimeTestClient client = RealtimeTestClient.connect(server);
    client.next("session.created");
    client.append(TURN.pcm16(0, TURN.samples.length), 960);
    client.skipTo("response.created");
    return client;
  }

  private static List<String> closingTypes(List<JsonNode> events) {
    List<String> types = RealtimeTestClient.typesOf(events);
    return types.subList(types.size() - 5, types.size());
  }

  @Test
  void speechDuringResponseCancelsItWhenInterruptResponseIsOn() {
    try (RealtimeTestClient client = connectAndStartAResponse()) {
      JsonNode item = client.skipTo("response.output_item.added").get("item");
      client.skipTo("response.audio.delta");

      client.append(SPEECH.pcm16(0, SPEECH.samples.length), 960);
      List<JsonNode> events = client.until("response.done");

      List<String> types = RealtimeTestClient.typesOf(events);
      assertThat(types.indexOf("input_audio_buffer.speech_started"))
          .isLessThan(types.indexOf("response.audio.done"));
      assertThat(closingTypes(events))
          .containsExactly(
              "response.audio.done",
              "response.audio_transcript.done",
              "response.content_part.done",
              "response.output_item.done",
              "response.done");
      JsonNode done = events.get(events.size() - 1).get("response");
      assertThat(done.get("status").asText()).isEqualTo("cancelled");
      assertThat(done.get("status_details").get("type").asText()).isEqualTo("cancelled");
      assertThat(done.get("status_details").get("reason").asText()).isEqualTo("turn_detected");
      JsonNode itemDone = events.get(events.size() - 2).get("item");
      assertThat(itemDone.get("id").asText()).isEqualTo(item.get("id").asText());
      assertThat(itemDone.get("status").asText()).isEqualTo("incomplete");
    }
  }

  @Test
  void truncateCutsTheItemAndTruncatePastItsAudioIsAnError() {
    try (RealtimeTestClient client = connectAndStartAResponse()) {
      String itemId = client.skipTo("response.output_item.added").get("item").get("id").asText();
      client.skipTo("response.audio.delta");
      client.send("{'type':'response.cancel'}");
      List<JsonNode> events = client.until("response.done");
      int sentMs = RealtimeTestClient.audioOf(events).length / 48 + 100;

      client.send(
          "{'type':'conversation.item.truncate','item_id':'"
              + itemId
              + "','content_index':0,'audio_end_ms':"
              + (sentMs + 1)
              + ",'event_id':'t1'}");
      JsonNode error = client.next("error").get("error");
      client.send(
          "{'type':'conversation.item.truncate','item_id':'"
              + itemId
              + "','content_index':0,'audio_end_ms':50}");
      JsonNode truncated = client.next("conversation.item.truncated");
      client.send("{'type':'conversation.item.retrieve','item_id':'" + itemId + "'}");
      JsonNode retrieved = client.next("conversation.item.retrieved").get("item");

      assertThat(error.get("param").asText()).isEqualTo("audio_end_ms");
      assertThat(error.get("event_id").asText()).isEqualTo("t1");
      assertThat(truncated.get("item_id").asText()).isEqualTo(itemId);
      assertThat(truncated.get("content_index").asInt()).isZero();
      assertThat(truncated.get("audio_end_ms").asInt()).isEqualTo(50);
      byte[] audio =
          Base64.getDecoder().decode(retrieved.get("content").get(0).get("audio").asText());
      assertThat(audio).hasSize(24000 * 50 / 1000 * 2);
    }
  }

  @Test
  void responseCancelEndsTheResponseAsClientCancelled() {
    try (RealtimeTestClient client = connectAndStartAResponse()) {
      client.skipTo("response.audio.delta");

      client.send("{'type':'response.cancel'}");
      List<JsonNode> events = client.until("response.done");
      client.send("{'type':'response.cancel'}");

      JsonNode done = events.get(events.size() - 1).get("response");
      assertThat(done.get("status").asText()).isEqualTo("cancelled");
      assertThat(done.get("status_details").get("reason").asText()).isEqualTo("client_cancelled");
      assertThat(done.get("usage").get("output_tokens").asInt()).isPositive();
      assertThat(client.next("error").get("error").get("code").asText())
          .isEqualTo("response_cancel_not_active");
    }
  }

  @Test
  void secondResponseCreateDuringOneIsAnError() {
    try (RealtimeTestClient client = connectAndStartAResponse()) {
      client.send("{'type':'response.create'}");

      assertThat(client.skipTo("error").get("error").get("code").asText())
          .isEqualTo("conversation_already_has_active_response");
    }
  }

  @Test
  void withVadOffTheClientCommitsAndAsksForTheResponse() throws InterruptedException {
    try (RealtimeTestClient client = RealtimeTestClient.connect(server)) {
      client.next("session.created");
      client.send(
          "{'type':'session.update','session':{'turn_detection':null,"
              + "'output_audio_format':'pcm16'}}");
      assertThat(client.next("session.updated").get("session").get("turn_detection").isNull())
          .isTrue();
      TestSignal speech = new TestSignal(24000).tone(200, -20).silence(50);

      client.append(speech.pcm16(0, speech.samples.length), 4800);
      client.assertNoEvent(Duration.ofMillis(200));
      client.send("{'type':'input_audio_buffer.commit'}");
      String itemId = client.next("input_audio_buffer.committed").get("item_id").asText();
      client.next("conversation.item.created");
      client.send(
          "{'type':'response.create','response':{'instructions':'Repeat.',"
              + "'metadata':{'turn':'1'}}}");
      List<JsonNode> events = client.until("response.done");

      assertThat(itemId).startsWith("item_");
      assertThat(TestSignal.fromPcm16(RealtimeTestClient.audioOf(events)))
          .containsExactly(speech.samples);
      assertThat(events.get(events.size() - 1).get("response").get("metadata").get("turn").asText())
          .isEqualTo("1");
    }
  }

  @Test
  void responseCreateWithNothingToAnswerGreetsWithTheChime() {
    try (RealtimeTestClient client = RealtimeTestClient.connect(server)) {
      client.next("session.created");
      client.send("{'type':'response.create','response':{'output_audio_format':'g711_ulaw'}}");
      List<JsonNode> events = client.until("response.done");

      assertThat(RealtimeTestClient.audioOf(events)).hasSize(8000);
      assertThat(events.get(events.size() - 1).get("response").get("output_audio_format").asText())
          .isEqualTo("g711_ulaw");
      assertThat(
              events.stream()
                  .filter(e -> e.get("type").asText().equals("response.audio_transcript.done"))
                  .findFirst()
                  .orElseThrow()
                  .get("transcript")
                  .asText())
          .isEqualTo("[greeting]");
    }
  }

  @Test
  void conversationNoneKeepsTheResponseOutOfTheConversation() {
    try (RealtimeTestClient client = RealtimeTestClient.connect(server)) {
      client.next("session.created");
      client.send(
          "{'type':'response.create','response':{'conversation':'none',"
              + "'output_audio_format':'g711_alaw'}}");
      List<JsonNode> events = client.until("response.done");

      assertThat(RealtimeTestClient.typesOf(events)).doesNotContain("conversation.item.created");
    }
  }

  @Test
  void speechDuringResponseLetsItFinishWhenInterruptResponseIsOff() {
    try (RealtimeTestClient client = RealtimeTestClient.connect(server)) {
      client.next("session.created");
      client.send(
          "{'type':'session.update','session':{'turn_detection':{'interrupt_response':false}}}");
      client.next("session.updated");
      client.append(TURN.pcm16(0, TURN.samples.length), 960);
      client.skipTo("response.audio.delta");

      client.append(SPEECH.pcm16(0, SPEECH.samples.length), 960);
      List<JsonNode> events = client.until("response.done");

      assertThat(RealtimeTestClient.typesOf(events)).contains("input_audio_buffer.speech_started");
      assertThat(events.get(events.size() - 1).get("response").get("status").asText())
          .isEqualTo("completed");
    }
  }

  @Test
  void turnIsCommittedWithoutAResponseWhenCreateResponseIsOff() throws InterruptedException {
    try (RealtimeTestClient client = RealtimeTestClient.connect(server)) {
      client.next("session.created");
      client.send(
          "{'type':'session.update','session':{'turn_detection':{'create_response':false},"
              + "'output_audio_format':'g711_ulaw'}}");
      client.next("session.updated");

      client.append(TURN.pcm16(0, TURN.samples.length), 960);
      client.skipTo("input_audio_buffer.committed");
      client.next("conversation.item.created");
      client.assertNoEvent(Duration.ofMillis(300));
      client.send("{'type':'response.create'}");
      List<JsonNode> events = client.until("response.done");

      // The echo of 0..1400 ms (speech from 300, prefix 300, stop 500 after 900) at 8 kHz.
      assertThat(RealtimeTestClient.audioOf(events)).hasSize(1400 * 8);
    }
  }

  @Test
  void autoTruncateCutsTheInterruptedItemToWhatRealtimePlaybackReached() {
    try (RealtimeTestClient client = RealtimeTestClient.connect(server)) {
      client.next("session.created");
      client.send("{'type':'session.update','session':{'turn_detection':{'auto_truncate':true}}}");
      client.next("session.updated");
      client.append(TURN.pcm16(0, TURN.samples.length), 960);
      String itemId = client.skipTo("response.output_item.added").get("item").get("id").asText();
      client.skipTo("response.audio.delta");

      client.append(SPEECH.pcm16(0, SPEECH.samples.length), 960);
      List<JsonNode> events = client.until("response.done");
      JsonNode truncated = client.next("conversation.item.truncated");

      long generatedMs = RealtimeTestClient.audioOf(events).length / 48 + 100;
      assertThat(truncated.get("item_id").asText()).isEqualTo(itemId);
      assertThat(truncated.get("audio_end_ms").asLong()).isBetween(0L, generatedMs);
    }
  }

  @Test
  void transcriptionOnAddsAPlaceholderTranscriptOfEachTurn() {
    try (RealtimeTestClient client = RealtimeTestClient.connect(server)) {
      client.next("session.created");
      client.send(
          "{'type':'session.update','session':{'input_audio_transcription':"
              + "{'model':'azure-speech'},'turn_detection':{'create_response':false}}}");
      client.next("session.updated");

      client.append(TURN.pcm16(0, TURN.samples.length), 960);
      String itemId = client.skipTo("input_audio_buffer.committed").get("item_id").asText();
      client.next("conversation.item.created");
      JsonNode transcript = client.next("conversation.item.input_audio_transcription.completed");

      assertThat(transcript.get("item_id").asText()).isEqualTo(itemId);
      assertThat(transcript.get("transcript").asText()).isEqualTo("[speech 1.40 s]");
    }
  }
}
