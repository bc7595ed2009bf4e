package dev.voicebridge.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpandableStringEnumTest {

  @Test
  void returnsTheSharedConstantForAKnownValue() {
    assertThat(OutputAudioFormat.fromString("g711_ulaw")).isSameAs(OutputAudioFormat.G711_ULAW);
  }

  @Test
  void readsAnAlternativeSpellingAsTheDocumentedConstant() {
    OutputAudioFormat format = OutputAudioFormat.fromString("pcm16-8000hz");

    assertThat(format).isSameAs(OutputAudioFormat.PCM16_8000HZ);
    assertThat(format.value()).isEqualTo("pcm16_8000hz");
  }

  @Test
  void keepsAnUnknownValueAndEqualsItByValue() {
    OutputAudioFormat opus = OutputAudioFormat.fromString("opus");

    assertThat(opus.value()).isEqualTo("opus");
    assertThat(opus)
        .isEqualTo(OutputAudioFormat.fromString("opus"))
        .hasSameHashCodeAs(OutputAudioFormat.fromString("opus"));
    assertThat(OutputAudioFormat.values()).doesNotContain(opus);
  }

  @Test
  void neverEqualsAValueOfAnotherEnumWithTheSameSpelling() {
    assertThat(InputAudioFormat.PCM16).isNotEqualTo(OutputAudioFormat.PCM16);
  }

  @Test
  void readsNullAsNull() {
    assertThat(ResponseStatus.fromString(null)).isNull();
  }

  @Test
  void listsKnownValuesInDeclarationOrderWithoutAliases() {
    assertThat(ResponseStatus.values())
        .containsExactly(
            ResponseStatus.COMPLETED,
            ResponseStatus.CANCELLED,
            ResponseStatus.FAILED,
            ResponseStatus.INCOMPLETE,
            ResponseStatus.IN_PROGRESS);
  }

  @Test
  void writesTheValueAsAJsonString() {
    assertThat(VoiceLiveJson.toJson(ResponseStatus.fromString("canceled")))
        .isEqualTo("\"cancelled\"");
    assertThat(VoiceLiveJson.toJson(Modality.fromString("hologram"))).isEqualTo("\"hologram\"");
  }
}
