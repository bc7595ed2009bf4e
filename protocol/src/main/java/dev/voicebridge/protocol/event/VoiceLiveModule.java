package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Registers how the model's unions and explicit-null objects are read and written.
 *
 * <p>Each union is read by its discriminator, and whatever is unknown falls back to a type that
 * keeps the raw JSON. Variants come from the sealed {@code permits} clauses and the {@code TYPE}
 * constants; only alternative spellings and multi-property keys are listed here.
 */
final class VoiceLiveModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  VoiceLiveModule() {
    super("VoiceLive");
    addDeserializer(
        ServerEvent.class,
        UnionDeserializer.of(ServerEvent.class, "type", n -> UnknownServerEvent.of((ObjectNode) n))
            .objectsOnly()
            .permittedRecords()
            .build());
    addDeserializer(
        ClientEvent.class,
        UnionDeserializer.of(ClientEvent.class, "type", n -> UnknownClientEvent.of((ObjectNode) n))
            .objectsOnly()
            .permittedRecords()
            .build());
    addDeserializer(
        Voice.class,
        UnionDeserializer.of(Voice.class, "type", VoiceLiveModule::voiceFallback)
            .permittedRecords()
            .build());
    addDeserializer(
        TurnDetection.class,
        UnionDeserializer.of(TurnDetection.class, "type", UnknownTurnDetection::new)
            .permittedRecords()
            .build());
    addDeserializer(
        EouDetection.class,
        UnionDeserializer.of(EouDetection.class, "model", UnknownEouDetection::new)
            .permittedRecords("MODEL")
            .build());
    addDeserializer(
        Tool.class,
        UnionDeserializer.of(Tool.class, "type", UnknownTool::new).permittedRecords().build());
    addDeserializer(
        ToolChoice.class,
        UnionDeserializer.of(ToolChoice.class, "type", VoiceLiveModule::toolChoiceFallback)
            .permittedRecords()
            .build());
    addDeserializer(
        ConversationRequestItem.class,
        UnionDeserializer.keyedBy(
                ConversationRequestItem.class,
                VoiceLiveModule::requestItemKey,
                UnknownRequestItem::new)
            .variant(FunctionCallItem.TYPE, FunctionCallItem.class)
            .variant(FunctionCallOutputItem.TYPE, FunctionCallOutputItem.class)
            .variant(MCPApprovalResponseRequestItem.TYPE, MCPApprovalResponseRequestItem.class)
            .variant(messageKey(MessageRole.SYSTEM.value()), SystemMessageItem.class)
            .variant(messageKey(MessageRole.USER.value()), UserMessageItem.class)
            .variant(messageKey(MessageRole.ASSISTANT.value()), AssistantMessageItem.class)
            .build());
    addDeserializer(
        ResponseItem.class,
        UnionDeserializer.of(ResponseItem.class, "type", UnknownResponseItem::new)
            .permittedRecords()
            .build());
    addDeserializer(
        ContentPart.class,
        UnionDeserializer.of(ContentPart.class, "type", UnknownContentPart::new)
            .permittedRecords()
            .build());
    addDeserializer(
        MessageContentPart.class,
        UnionDeserializer.of(MessageContentPart.class, "type", UnknownMessageContentPart::new)
            .permittedRecords()
            .build());
    addDeserializer(
        InterimResponseConfigBase.class,
        UnionDeserializer.of(
                InterimResponseConfigBase.class, "type", UnknownInterimResponseConfig::new)
            .permittedRecords()
            .variant("static_interim_response", StaticInterimResponseConfig.class)
            .variant("llm_interim_response", LlmInterimResponseConfig.class)
            .build());
    addDeserializer(
        ResponseStatusDetails.class,
        UnionDeserializer.of(ResponseStatusDetails.class, "type", UnknownResponseStatusDetails::new)
            .permittedRecords()
            .variant("canceled", ResponseCancelledDetails.class)
            .build());
    addDeserializer(
        WebSearchAction.class,
        UnionDeserializer.of(WebSearchAction.class, "type", UnknownWebSearchAction::new)
            .permittedRecords()
            .build());

    addSerializer(OptionalFieldsObject.class, new OptionalFieldsSerializer());
    addDeserializer(
        RequestSession.class,
        new OptionalFieldsDeserializer<>(
            RequestSession.class, RequestSession.PROPERTIES, RequestSession::new));
    addDeserializer(
        ResponseSession.class,
        new OptionalFieldsDeserializer<>(
            ResponseSession.class, ResponseSession.PROPERTIES, ResponseSession::new));
    addDeserializer(
        ResponseCreateParams.class,
        new OptionalFieldsDeserializer<>(
            ResponseCreateParams.class,
            ResponseCreateParams.PROPERTIES,
            ResponseCreateParams::new));
  }

  private static Voice voiceFallback(JsonNode node) {
    return node.isTextual() ? new VoiceName(node.textValue()) : new UnknownVoice(node);
  }

  private static ToolChoice toolChoiceFallback(JsonNode node) {
    return node.isTextual()
        ? ToolChoiceLiteral.fromString(node.textValue())
        : new UnknownToolChoice(node);
  }

  // Messages share type "message" and differ by role, so the key combines both.
  private static String requestItemKey(JsonNode node) {
    String type = node.path("type").textValue();
    return SystemMessageItem.TYPE.equals(type) ? messageKey(node.path("role").textValue()) : type;
  }

  private static String messageKey(String role) {
    return "message/" + role;
  }
}
