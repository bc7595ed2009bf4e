package dev.voicebridge.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every permitted variant of every union is registered: a minimal object carrying a variant's
 * discriminator reads as that variant, and an unknown discriminator reads as the union's {@code
 * Unknown...} type.
 */
class UnionDeserializerTest {

  static Stream<Arguments> variants() {
    List<Arguments> cases = new ArrayList<>();
    add(cases, ServerEvent.class, "type", "TYPE");
    add(cases, ClientEvent.class, "type", "TYPE");
    add(cases, Voice.class, "type", "TYPE");
    add(cases, TurnDetection.class, "type", "TYPE");
    add(cases, EouDetection.class, "model", "MODEL");
    add(cases, Tool.class, "type", "TYPE");
    add(cases, ToolChoice.class, "type", "TYPE");
    add(cases, ResponseItem.class, "type", "TYPE");
    add(cases, ContentPart.class, "type", "TYPE");
    add(cases, MessageContentPart.class, "type", "TYPE");
    add(cases, InterimResponseConfigBase.class, "type", "TYPE");
    add(cases, ResponseStatusDetails.class, "type", "TYPE");
    add(cases, WebSearchAction.class, "type", "TYPE");
    return cases.stream();
  }

  static Stream<Arguments> unknowns() {
    return Stream.of(
        Arguments.of(ServerEvent.class, "type", UnknownServerEvent.class),
        Arguments.of(ClientEvent.class, "type", UnknownClientEvent.class),
        Arguments.of(Voice.class, "type", UnknownVoice.class),
        Arguments.of(TurnDetection.class, "type", UnknownTurnDetection.class),
        Arguments.of(EouDetection.class, "model", UnknownEouDetection.class),
        Arguments.of(Tool.class, "type", UnknownTool.class),
        Arguments.of(ToolChoice.class, "type", UnknownToolChoice.class),
        Arguments.of(ConversationRequestItem.class, "type", UnknownRequestItem.class),
        Arguments.of(ResponseItem.class, "type", UnknownResponseItem.class),
        Arguments.of(ContentPart.class, "type", UnknownContentPart.class),
        Arguments.of(MessageContentPart.class, "type", UnknownMessageContentPart.class),
        Arguments.of(InterimResponseConfigBase.class, "type", UnknownInterimResponseConfig.class),
        Arguments.of(ResponseStatusDetails.class, "type", UnknownResponseStatusDetails.class),
        Arguments.of(WebSearchAction.class, "type", UnknownWebSearchAction.class));
  }

  private static void add(
      List<Arguments> cases, Class<?> union, String discriminator, String constant) {
    for (Class<?> variant : records(union)) {
      try {
        String key = (String) variant.getField(constant).get(null);
        cases.add(Arguments.of(union.getSimpleName(), union, variant, discriminator, key));
      } catch (NoSuchFieldException e) {
        // Unknown... variants have no discriminator of their own.
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static List<Class<?>> records(Class<?> sealed) {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> sub : sealed.getPermittedSubclasses()) {
      if (sub.isInterface()) {
        out.addAll(records(sub));
      } else {
        out.add(sub);
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0} {4}")
  @MethodSource("variants")
  void readsEveryPermittedVariantByItsDiscriminator(
      String name, Class<?> union, Class<?> variant, String discriminator, String key)
      throws Exception {
    ObjectNode json = JsonNodeFactory.instance.objectNode().put(discriminator, key);

    Object value = VoiceLiveJson.mapper().treeToValue(json, union);

    assertThat(value).isInstanceOf(variant);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unknowns")
  void readsAnUnknownDiscriminatorAsTheUnknownVariant(
      Class<?> union, String discriminator, Class<?> unknown) throws Exception {
    ObjectNode json =
        JsonNodeFactory.instance.objectNode().put(discriminator, "from_the_future").put("x", 1);

    Object value = VoiceLiveJson.mapper().treeToValue(json, union);

    assertThat(value).isInstanceOf(unknown);
    JsonNode written = VoiceLiveJson.mapper().valueToTree(value);
    assertThat(written).isEqualTo(json);
  }

  static Stream<Arguments> requestItems() {
    return Stream.of(
        Arguments.of("{\"type\":\"message\",\"role\":\"system\"}", SystemMessageItem.class),
        Arguments.of("{\"type\":\"message\",\"role\":\"user\"}", UserMessageItem.class),
        Arguments.of("{\"type\":\"message\",\"role\":\"assistant\"}", AssistantMessageItem.class),
        Arguments.of("{\"type\":\"function_call\"}", FunctionCallItem.class),
        Arguments.of("{\"type\":\"function_call_output\"}", FunctionCallOutputItem.class),
        Arguments.of(
            "{\"type\":\"mcp_approval_response\",\"approve\":true}",
            MCPApprovalResponseRequestItem.class),
        Arguments.of("{\"type\":\"message\"}", UnknownRequestItem.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requestItems")
  void readsRequestMessagesByTypeAndRole(String json, Class<?> variant) throws Exception {
    ConversationRequestItem item =
        VoiceLiveJson.mapper().readValue(json, ConversationRequestItem.class);

    assertThat(item).isInstanceOf(variant);
    JsonNode written = VoiceLiveJson.mapper().valueToTree(item);
    assertThat(written)
        .isEqualTo(Fixtures.tree(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
