package dev.voicebridge.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MaxOutputTokensTest {

  @Test
  void writesALimitAsANumber() {
    assertThat(VoiceLiveJson.toJson(MaxOutputTokens.of(1000))).isEqualTo("1000");
  }

  @Test
  void writesInfAsAString() {
    assertThat(VoiceLiveJson.toJson(MaxOutputTokens.INF)).isEqualTo("\"inf\"");
  }

  @Test
  void readsANumberAsALimit() throws Exception {
    MaxOutputTokens tokens = VoiceLiveJson.mapper().readValue("4096", MaxOutputTokens.class);

    assertThat(tokens.limit()).isEqualTo(4096);
    assertThat(tokens.isInfinite()).isFalse();
  }

  @Test
  void readsInfAsTheSharedConstant() throws Exception {
    MaxOutputTokens tokens = VoiceLiveJson.mapper().readValue("\"inf\"", MaxOutputTokens.class);

    assertThat(tokens).isSameAs(MaxOutputTokens.INF);
    assertThat(tokens.limit()).isNull();
  }

  @Test
  void keepsAnUnknownValueAndWritesItBack() throws Exception {
    MaxOutputTokens tokens =
        VoiceLiveJson.mapper().readValue("\"unlimited\"", MaxOutputTokens.class);

    assertThat(tokens.limit()).isNull();
    assertThat(tokens.isInfinite()).isFalse();
    assertThat(VoiceLiveJson.toJson(tokens)).isEqualTo("\"unlimited\"");
  }

  @Test
  void rejectsALimitBelowOne() {
    assertThatThrownBy(() -> MaxOutputTokens.of(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be at least 1: 0");
  }
}
