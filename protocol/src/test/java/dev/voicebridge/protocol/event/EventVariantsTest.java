package dev.voicebridge.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spellings other SDKs and doc versions use, and everything a newer service may send, parse
 * without failing: variants become the documented form, unknowns are kept and written back as they
 * came (nulls included).
 */
class EventVariantsTest {
  private static final String FOLDER = "variants";
  private static final String EXPECTED = ".expected.json";

  static List<String> variants() {
    return Fixtures.names(FOLDER).stream().filter(name -> !name.endsWith(EXPECTED)).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void writesTheDocumentedFormOrTheInputUnchanged(String variant) throws Exception {
    byte[] json = Fixtures.bytes(FOLDER, variant);
    String expectedName = variant.replace(".json", EXPECTED);
    JsonNode expected =
        Fixtures.tree(
            Fixtures.names(FOLDER).contains(expectedName)
                ? Fixtures.bytes(FOLDER, expectedName)
                : json);

    JsonNode written = Fixtures.tree(VoiceLiveJson.writeValueAsBytes(parse(json)));

    assertThat(written.equals(Fixtures.NUMBERS_BY_VALUE, expected))
        .as("written %s%nexpected %s", written, expected)
        .isTrue();
  }

  @Test
  void readsHyphenatedAudioFormatsAsTheDocumentedConstants() throws Exception {
    RequestSession session = sessionOf("session.update-hyphenated-output-format.json");

    assertThat(session.outputAudioFormat()).isSameAs(OutputAudioFormat.PCM16_8000HZ);
    assertThat(session.inputAudioFormat()).isSameAs(InputAudioFormat.G711_ULAW);
  }

  @Test
  void readsTheHyphenatedInterimResponseKey() throws Exception {
    RequestSession session = sessionOf("session.update-interim-response-hyphenated-key.json");

    assertThat(session.interimResponse())
        .isEqualTo(
            new StaticInterimResponseConfig(
                List.of(InterimResponseTrigger.LATENCY),
                2000,
                List.of("One moment, please."),
                java.util.Map.of()));
    assertThat(session.isSet("interim_response")).isTrue();
  }

  @Test
  void readsCanceledAsCancelled() throws Exception {
    Response response =
        ((ServerEventResponseDone) parse("response.done-canceled-spelling.json")).response();

    assertThat(response.status()).isSameAs(ResponseStatus.CANCELLED);
    assertThat(response.statusDetails()).isEqualTo(new ResponseCancelledDetails("turn_detected"));
  }

  @Test
  void keepsUnknownEventTypeWithItsRawJson() throws Exception {
    ServerEvent event = parse("unknown-server-event-type.json");

    assertThat(event).isInstanceOf(UnknownServerEvent.class);
    assertThat(event.type()).isEqualTo("response.hologram.delta");
    assertThat(event.eventId()).isEqualTo("event_99");
    assertThat(((UnknownServerEvent) event).raw().path("frames").get(0).path("y").get(1).intValue())
        .isEqualTo(3);
  }

  @Test
  void keepsUnknownEnumValues() throws Exception {
    RequestSession session = sessionOf("session.update-unknown-enum-values.json");

    assertThat(session.outputAudioFormat().value()).isEqualTo("opus_48000hz");
    assertThat(OutputAudioFormat.values()).doesNotContain(session.outputAudioFormat());
    assertThat(session.modalities())
        .containsExactly(Modality.TEXT, Modality.AUDIO, Modality.fromString("hologram"));
    assertThat(session.reasoningEffort()).isEqualTo(ReasoningEffort.fromString("extreme"));
    assertThat(session.toolChoice()).isEqualTo(ToolChoiceLiteral.fromString("lookup_order"));
    assertThat(((OpenAIVoice) session.voice()).name().value()).isEqualTo("nova-7");
  }

  @Test
  void keepsUnknownUnionVariantsWithTheirRawJson() throws Exception {
    RequestSession session = sessionOf("session.update-unknown-union-variants.json");

    assertThat(session.voice()).isInstanceOf(UnknownVoice.class);
    assertThat(session.voice().type()).isEqualTo("azure-realtime-native");
    assertThat(session.turnDetection()).isInstanceOf(UnknownTurnDetection.class);
    assertThat(session.turnDetection().type()).isEqualTo("future_vad");
    assertThat(session.tools()).singleElement().isInstanceOf(UnknownTool.class);
    assertThat(session.interimResponse()).isInstanceOf(UnknownInterimResponseConfig.class);
    assertThat(session.toolChoice()).isInstanceOf(UnknownToolChoice.class);
  }

  @Test
  void readsTheLegacyBareVoiceAndANamedToolChoice() throws Exception {
    RequestSession session = sessionOf("session.update-legacy-voice-and-named-tool-choice.json");

    assertThat(session.voice()).isEqualTo(new VoiceName("alloy"));
    assertThat(session.toolChoice()).isEqualTo(new ToolChoiceFunctionSelection("lookup_order"));
    assertThat(session.maxResponseOutputTokens()).isEqualTo(MaxOutputTokens.of(4096));
  }

  @Test
  void keepsUnknownFieldsOfSessionsVoicesTurnDetectionAndTools() throws Exception {
    ResponseSession session =
        ((ServerEventSessionCreated) parse("session.created-unknown-fields-kept.json")).session();

    assertThat(session.additionalProperties()).containsOnlyKeys("future_setting");
    assertThat(((AzureStandardVoice) session.voice()).additionalProperties())
        .containsOnlyKeys("future_voice_knob");
    assertThat(
            ((ServerVad) session.turnDetection())
                .additionalProperties()
                .get("future_vad_knob")
                .intValue())
        .isEqualTo(3);
    assertThat(((FunctionTool) session.tools().get(0)).additionalProperties())
        .containsOnlyKeys("strict");
  }

  @Test
  void tellsExplicitNullsFromLeftOutFields() throws Exception {
    RequestSession session = sessionOf("session.update-explicit-nulls.json");

    assertThat(session.turnDetection()).isNull();
    assertThat(session.isExplicitNull("turn_detection")).isTrue();
    assertThat(session.isExplicitNull("input_audio_transcription")).isTrue();
    assertThat(session.isSet("voice")).isFalse();
    assertThat(session.isExplicitNull("voice")).isFalse();
  }

  @Test
  void keepsUnknownItemsPartsAndStatuses() throws Exception {
    Response response =
        ((ServerEventResponseDone) parse("response.done-unknown-item-and-status.json")).response();

    assertThat(response.status().value()).isEqualTo("paused");
    assertThat(response.statusDetails()).isInstanceOf(UnknownResponseStatusDetails.class);
    assertThat(response.output().get(0)).isInstanceOf(UnknownResponseItem.class);
    assertThat(response.output().get(0).id()).isEqualTo("item_r1");
    ResponseMessageItem message = (ResponseMessageItem) response.output().get(1);
    assertThat(message.content()).singleElement().isInstanceOf(UnknownContentPart.class);
    assertThat(message.additionalProperties()).containsOnlyKeys("future_item_field");
    assertThat(response.additionalProperties()).containsOnlyKeys("future_response_field");
  }

  @Test
  void readsJavaSdkMaxOutputTokensAsTheDocumentedField() throws Exception {
    ClientEventResponseCreate create =
        (ClientEventResponseCreate) parse("response.create-java-max-output-tokens.json");

    assertThat(create.response().maxResponseOutputTokens()).isEqualTo(MaxOutputTokens.of(200));
  }

  @Test
  void readsUserMessagesWithTextAndAudioParts() throws Exception {
    ClientEventConversationItemCreate create =
        (ClientEventConversationItemCreate) parse("conversation.item.create-user-message.json");

    UserMessageItem item = (UserMessageItem) create.item();
    assertThat(item.role()).isSameAs(MessageRole.USER);
    assertThat(item.content().get(0)).isEqualTo(new InputTextContentPart("What is my balance?"));
    assertThat(((InputAudioContentPart) item.content().get(1)).audio())
        .containsExactly(0, 0, 1, 0, 2, 0, 3, 0);
  }

  @Test
  void keepsAMessageWithAnUnknownRole() throws Exception {
    ClientEventConversationItemCreate create =
        (ClientEventConversationItemCreate) parse("conversation.item.create-unknown-role.json");

    assertThat(create.item()).isInstanceOf(UnknownRequestItem.class);
    assertThat(create.item().type()).isEqualTo("message");
  }

  @Test
  void readsWebSearchActions() throws Exception {
    ServerEventConversationItemRetrieved retrieved =
        (ServerEventConversationItemRetrieved) parse("conversation.item.retrieved-web-search.json");

    ResponseWebSearchCallItem item = (ResponseWebSearchCallItem) retrieved.item();
    assertThat(item.action())
        .isEqualTo(
            new ActionSearch(
                "contoso store hours",
                List.of(new ActionSearchSource("url", "https://contoso.example/hours"))));
  }

  private static <T> T parse(byte[] json) throws Exception {
    @SuppressWarnings("unchecked")
    T event =
        (T)
            (isClient(json)
                ? VoiceLiveJson.parseClientEvent(json)
                : VoiceLiveJson.parseServerEvent(json));
    return event;
  }

  private static <T> T parse(String variant) throws Exception {
    return parse(Fixtures.bytes(FOLDER, variant));
  }

  private static boolean isClient(byte[] json) {
    String type = Fixtures.tree(json).path("type").textValue();
    return ClientEventType.values().contains(ClientEventType.fromString(type));
  }

  private static RequestSession sessionOf(String variant) throws Exception {
    return ((ClientEventSessionUpdate) parse(variant)).session();
  }
}
