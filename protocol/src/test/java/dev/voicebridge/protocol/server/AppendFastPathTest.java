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
        "[1,2]",
        "not json"
      })
  void anythingButAPlainValidAppendIsLeftToTheGeneralPath(String json) {
    assertThat(read(json, 100)).isNull();
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
