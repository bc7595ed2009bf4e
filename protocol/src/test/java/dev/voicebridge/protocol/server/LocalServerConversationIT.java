package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The conversation item events, and their errors. */
class LocalServerConversationIT {
  private static LocalVoiceLiveServer server;
  private RealtimeTestClient client;

  @BeforeAll
  static void startServer() {
    server =
        LocalVoiceLiveServer.start(
            LocalServerConfig.newBuilder().outputSpeedup(Double.POSITIVE_INFINITY).build());
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void connect() {
    client = RealtimeTestClient.connect(server);
    client.next("session.created");
  }

  @AfterEach
  void disconnect() {
    client.close();
  }

  private String createText(String id, String role, String text) {
    client.send(
        "{'type':'conversation.item.create','item':{'id':'"
            + id
            + "','type':'message',"
            + "'role':'"
            + role
            + "','content':[{'type':'input_text','text':'"
            + text
            + "'}]}}");
    JsonNode created = client.next("conversation.item.created");
    assertThat(created.get("item").get("id").asText()).isEqualTo(id);
    return created.get("previous_item_id").isNull()
        ? null
        : created.get("previous_item_id").asText();
  }

  private JsonNode error(String param) {
    JsonNode error = client.next("error").get("error");
    assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
    assertThat(error.get("param").asText()).isEqualTo(param);
    return error;
  }

  @Test
  void createdItemsChainByPreviousItemIdAndCanBeInsertedAfterOne() {
    assertThat(createText("item_sys", "system", "Be brief.")).isNull();
    assertThat(createText("item_u1", "user", "Hello")).isEqualTo("item_sys");

    client.send(
        "{'type':'conversation.item.create','previous_item_id':'item_sys',"
            + "'item':{'type':'message','role':'assistant',"
            + "'content':[{'type':'text','text':'Hi'}]}}");
    JsonNode created = client.next("conversation.item.created");

    assertThat(created.get("previous_item_id").asText()).isEqualTo("item_sys");
    assertThat(created.get("item").get("id").asText()).startsWith("item_");
    assertThat(created.get("item").get("object").asText()).isEqualTo("realtime.item");
    assertThat(created.get("item").get("status").asText()).isEqualTo("completed");
  }

  @Test
  void functionCallOutputIsAdded() {
    client.send(
        "{'type':'conversation.item.create','item':{'type':'function_call_output',"
            + "'call_id':'call_1','output':'{\\'ok\\':true}'}}");

    JsonNode item = client.next("conversation.item.created").get("item");
    assertThat(item.get("type").asText()).isEqualTo("function_call_output");
    assertThat(item.get("call_id").asText()).isEqualTo("call_1");
  }

  @Test
  void retrieveReturnsTheItemAndDeleteRemovesIt() {
    createText("item_a", "user", "one");

    client.send("{'type':'conversation.item.retrieve','item_id':'item_a'}");
    JsonNode retrieved = client.next("conversation.item.retrieved").get("item");
    client.send("{'type':'conversation.item.delete','item_id':'item_a'}");
    JsonNode deleted = client.next("conversation.item.deleted");
    client.send("{'type':'conversation.item.retrieve','item_id':'item_a','event_id':'r2'}");

    assertThat(retrieved.get("content").get(0).get("text").asText()).isEqualTo("one");
    assertThat(deleted.get("item_id").asText()).isEqualTo("item_a");
    assertThat(error("item_id").get("event_id").asText()).isEqualTo("r2");
  }

  @Test
  void unknownItemsAreErrorsForDeleteRetrieveAndTruncate() {
    client.send("{'type':'conversation.item.delete','item_id':'item_none'}");
    error("item_id");
    client.send("{'type':'conversation.item.retrieve','item_id':'item_none'}");
    error("item_id");
    client.send(
        "{'type':'conversation.item.truncate','item_id':'item_none',"
            + "'content_index':0,'audio_end_ms':0}");
    error("item_id");
  }

  @Test
  void truncatingAUserItemIsAnError() {
    createText("item_u", "user", "hi");

    client.send(
        "{'type':'conversation.item.truncate','item_id':'item_u',"
            + "'content_index':0,'audio_end_ms':0}");

    assertThat(error("item_id").get("message").asText()).contains("assistant");
  }

  @Test
  void invalidItemsAreErrors() {
    client.send(
        "{'type':'conversation.item.create','item':{'type':'message','role':'robot',"
            + "'content':[]}}");
    error("item.role");
    client.send("{'type':'conversation.item.create','item':{'type':'telepathy'}}");
    error("item.type");
    client.send(
        "{'type':'conversation.item.create','previous_item_id':'item_x',"
            + "'item':{'type':'message','role':'user','content':[]}}");
    error("previous_item_id");
    createText("item_dup", "user", "x");
    client.send(
        "{'type':'conversation.item.create','item':{'id':'item_dup','type':'message',"
            + "'role':'user','content':[]}}");
    error("item.id");
  }

  @Test
  void userAudioItemIsAnsweredByTheEcho() {
    TestSignal speech = new TestSignal(24000).tone(300, -20);
    String audio = Base64.getEncoder().encodeToString(speech.pcm16(0, speech.samples.length));
    client.send(
        "{'type':'conversation.item.create','item':{'type':'message','role':'user',"
            + "'content':[{'type':'input_audio','audio':'"
            + audio
            + "'}]}}");
    JsonNode item = client.next("conversation.item.created").get("item");

    client.send("{'type':'response.create'}");
    List<JsonNode> events = client.until("response.done");

    assertThat(item.get("content").get(0).has("audio")).isFalse();
    assertThat(TestSignal.fromPcm16(RealtimeTestClient.audioOf(events)))
        .containsExactly(speech.samples);
  }
}
