package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppendFastPathTest {
  private static final String AUDIO = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4});

  /** The decoded audio, or null when the frame is not a plain valid append. */
  private static byte[] decoded(ByteBuf content, int max) {
    AppendScratch scratch = new AppendScratch();
    int length = AppendFastPath.read(content, max, scratch);
    return length < 0 ? null : Arrays.copyOf(scratch.audio(0), length);
  }

  private static byte[] read(String json, int max) {
    ByteBuf buf = Unpooled.copiedBuffer(json.replace('\'', '"'), StandardCharsets.UTF_8);
    try {
      byte[] audio = decoded(buf, max);
      assertThat(buf.readerIndex()).isZero();
      return audio;
    } finally {
      buf.release();
    }
  }

  @Test
  void plainAppendIsDecodedInAnyFieldOrder() {
    assertThat(read("{'type':'input_audio_buffer.append','audio':'" + AUDIO + "'}", 100))
        .containsExactly(1, 2, 3, 4);
    assertThat(
            read(
                "{'event_id':'e','audio':'" + AUDIO + "','type':'input_audio_buffer.append'}", 100))
        .containsExactly(1, 2, 3, 4);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'type':'input_audio_buffer.commit'}",
        "{'type':'input_audio_buffer.append'}",
        "{'type':'input_audio_buffer.append','audio':'not*base64'}",
        "{'type':'input_audio_buffer.append','audio':5}",
        "{'type':'input_audio_buffer.append','audio':'AQIDBA==','extra':'x'}",
        "{'type':'input_audio_buffer.append','audio':'AQIDBA=='} trailing",
        "{'type':'input_audio_buffer.append','audio':'AQID\\/A=='}",
        "{'type':'input_audio_buffer.append','audio':'AQ ID'}",
        "{'type':'input_audio_buffer.append','audio':'AQIDBA==','audio':'AQIDBA=='}",
        "{'type':'input_audio_buffer.append','type':'input_audio_buffer.append','audio':''}",
        "{'type':'input_audio_buffer.append','audio':'AQIDBA==','event_id':'a','event_id':'b'}",
        "{'type':'input_audio_buffer.append','audio':'AQIDBA==','event_id':7}",
        "{'type':'input_audio_buffer.append','audio':'AQIDBA==','event_id':'\\u00e9'}",
        "{'type':'input_audio_buffer.append','audio':'AQIDBA==','event_id':'café'}",
        "{'type':'input_audio_buffer.append','audio':'AQIDBA==',}",
        "{'type':'input_audio_buffer.append','audio':'AQIDBA=='",
        "{'type':'input_audio_buffer.append','audio':'AQIDBA==' 'x':'y'}",
        "{'type':'input_audio_buffer.append','audio':'AQIDBA=='}}",
        "{'type':'input_audio_buffer.append','audio':'AQIDBA=='}{}",
        "{'type' 'input_audio_buffer.append','audio':'AQIDBA=='}",
        "{'typ\\u0065':'input_audio_buffer.append','audio':'AQIDBA=='}",
        "{'type':'input_audio_buffer.append','audio':'AQIDBA==\n'}",
        "{\t'type':'input_audio_buffer.append'}",
        "{'type':'input_audio_buffer.append','audio':'AQIDBA==",
        "{}",
        "{",
        "",
        "[1,2]",
        "not json"
      })
  void anythingButAPlainValidAppendIsLeftToTheGeneralPath(String json) {
    assertThat(read(json, 100)).isNull();
  }

  @Test
  void whitespaceBetweenTokensIsAllowedAsInJson() {
    String json = " \r\n{ 'type' :\t'input_audio_buffer.append' ,\n 'event_id' : 'e-1' , "
        + "'audio': '" + AUDIO + "' }\n ";

    assertThat(read(json, 100)).containsExactly(1, 2, 3, 4);
  }

  @Test
  void emptyAudioIsAnAppendOfNothing() {
    assertThat(read("{'type':'input_audio_buffer.append','audio':''}", 100)).isEmpty();
  }

  @Test
  void framesMuchLargerThanTheLimitAreNotCopied() {
    String padding = " ".repeat(1000);
    assertThat(read("{'type':'input_audio_buffer.append','audio':'" + AUDIO + "'}" + padding, 3))
        .isNull();
  }

  @Test
  void eachReadReplacesThePreviousOnesAudio() {
    AppendScratch scratch = new AppendScratch();
    ByteBuf longer = Unpooled.copiedBuffer("{\"type\":\"input_audio_buffer.append\",\"audio\":\""
        + Base64.getEncoder().encodeToString(new byte[] {9, 9, 9, 9, 9, 9}) + "\"}",
        StandardCharsets.US_ASCII);
    ByteBuf shorter = Unpooled.copiedBuffer("{\"type\":\"input_audio_buffer.append\",\"audio\":\""
        + AUDIO + "\"}", StandardCharsets.US_ASCII);
    try {
      assertThat(AppendFastPath.read(longer, 100, scratch)).isEqualTo(6);

      int length = AppendFastPath.read(shorter, 100, scratch);

      assertThat(Arrays.copyOf(scratch.audio(0), length)).containsExactly(1, 2, 3, 4);
    } finally {
      longer.release();
      shorter.release();
    }
  }

  @Test
  void audioIsDecodedFromAFrameThatDoesNotStartAtIndexZero() {
    String json = "xx{\"audio\":\"" + AUDIO + "\",\"type\":\"input_audio_buffer.append\"}";
    ByteBuf buf = Unpooled.copiedBuffer(json, StandardCharsets.UTF_8).skipBytes(2);
    try {
      assertThat(decoded(buf, 100)).containsExactly(1, 2, 3, 4);
    } finally {
      buf.release();
    }
  }

  @Test
  void appendOverTheLimitIsLeftToTheGeneralPath() {
    assertThat(read("{'type':'input_audio_buffer.append','audio':'" + AUDIO + "'}", 2)).isNull();
  }

  @Test
  void mapperReadsTheBase64OfTheLargestAppend() throws Exception {
    int chars = (LocalServerConfig.DEFAULT_MAX_APPEND_BYTES + 2) / 3 * 4;
    String json = "{\"audio\":\"" + "A".repeat(chars) + "\"}";

    assertThat(ServerJson.MAPPER.readTree(json).get("audio").asText()).hasSize(chars);
  }
}
