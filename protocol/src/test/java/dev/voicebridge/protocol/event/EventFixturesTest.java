package dev.voicebridge.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event type of the protocol has a fixture, written from the protocol digest, that parses to
 * its own record and writes back to the same JSON tree.
 */
class EventFixturesTest {
  private static final String FOLDER = "fixtures";

  static List<String> fixtures() {
    return Fixtures.names(FOLDER);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void parsesToItsRecordAndWritesTheSameJson(String fixture) throws Exception {
    byte[] json = Fixtures.bytes(FOLDER, fixture);
    String type = fixture.substring(0, fixture.length() - ".json".length());

    Object event = parse(type, json);

    assertThat(event).isNotInstanceOfAny(UnknownClientEvent.class, UnknownServerEvent.class);
    assertThat(event.getClass().getField("TYPE").get(null)).isEqualTo(type);
    JsonNode expected = Fixtures.withoutNulls(Fixtures.tree(json));
    JsonNode written = Fixtures.withoutNulls(Fixtures.tree(VoiceLiveJson.writeValueAsBytes(event)));
    assertThat(written.equals(Fixtures.NUMBERS_BY_VALUE, expected))
        .as("written %s%nexpected %s", written, expected)
        .isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void parsesTheSameFromTextAndBytes(String fixture) throws Exception {
    byte[] json = Fixtures.bytes(FOLDER, fixture);
    String type = fixture.substring(0, fixture.length() - ".json".length());

    assertThat(parse(type, new String(json, java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo(parse(type, json));
  }

  @Test
  void everyKnownEventTypeHasAFixture() {
    Stream<String> types =
        Stream.concat(
            ClientEventType.values().stream().map(ExpandableStringEnum::value),
            ServerEventType.values().stream().map(ExpandableStringEnum::value));

    assertThat(fixtures()).containsAll(types.map(t -> t + ".json").toList());
  }

  @Test
  void everyEventRecordHasAKnownEventType() throws Exception {
    for (Class<?> event : ClientEvent.class.getPermittedSubclasses()) {
      if (event != UnknownClientEvent.class) {
        assertThat(ClientEventType.values())
            .contains(ClientEventType.fromString((String) event.getField("TYPE").get(null)));
      }
    }
    for (Class<?> event : ServerEvent.class.getPermittedSubclasses()) {
      if (event != UnknownServerEvent.class) {
        assertThat(ServerEventType.values())
            .contains(ServerEventType.fromString((String) event.getField("TYPE").get(null)));
      }
    }
  }

  private static Object parse(String type, byte[] json) throws Exception {
    return isClientType(type)
        ? VoiceLiveJson.parseClientEvent(json)
        : VoiceLiveJson.parseServerEvent(json);
  }

  private static Object parse(String type, String json) throws Exception {
    return isClientType(type)
        ? VoiceLiveJson.parseClientEvent(json)
        : VoiceLiveJson.parseServerEvent(json);
  }

  private static boolean isClientType(String type) {
    return ClientEventType.values().contains(ClientEventType.fromString(type));
  }
}
