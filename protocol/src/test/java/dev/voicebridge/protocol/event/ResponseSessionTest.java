package dev.voicebridge.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class ResponseSessionTest {
  private static final ResponseSession CURRENT =
      ResponseSession.builder()
          .id("sess_1")
          .object("realtime.session")
          .instructions("Be brief.")
          .turnDetection(ServerVad.builder().build())
          .build();

  @Test
  void appliesTheFieldsAnUpdateSetsAndKeepsTheOthers() {
    RequestSession update =
        RequestSession.builder().instructions("Be polite.").clearTurnDetection().build();

    ResponseSession updated = CURRENT.toBuilder().apply(update).build();

    assertThat(updated.id()).isEqualTo("sess_1");
    assertThat(updated.instructions()).isEqualTo("Be polite.");
    assertThat(updated.isExplicitNull("turn_detection")).isTrue();
    assertThat(updated.fieldNames())
        .containsExactly("id", "object", "instructions", "turn_detection");
  }

  @Test
  void keepsUnknownFieldsOfAnUpdate() {
    RequestSession update =
        RequestSession.builder().additionalProperty("preview_knob", TextNode.valueOf("on")).build();

    ResponseSession updated = CURRENT.toBuilder().apply(update).build();

    assertThat(updated.additionalProperties())
        .containsEntry("preview_knob", TextNode.valueOf("on"));
  }

  @Test
  void ignoresAnUpdateFieldThatOnlyTheResponseSessionTypes() throws Exception {
    RequestSession update =
        VoiceLiveJson.mapper().readValue("{\"id\":{\"not\":\"a string\"}}", RequestSession.class);

    ResponseSession updated = CURRENT.toBuilder().apply(update).build();

    assertThat(updated.id()).isEqualTo("sess_1");
  }

  @Test
  void writesTheServiceOnlyFields() {
    ResponseSession session =
        ResponseSession.builder()
            .id("sess_1")
            .object("realtime.session")
            .expiresAt(1767225600L)
            .build();

    assertThat(VoiceLiveJson.toJson(session))
        .isEqualTo("{\"id\":\"sess_1\",\"object\":\"realtime.session\",\"expires_at\":1767225600}");
  }
}
