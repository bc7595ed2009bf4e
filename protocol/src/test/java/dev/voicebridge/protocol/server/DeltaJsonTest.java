package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeltaJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} audio bytes")
  @ValueSource(ints = {0, 1, 2, 3, 160, 4800})
  void writesTheServicesDeltaEventWithExactlyTheAnnouncedLength(int audioBytes) throws Exception {
    byte[] audio = new byte[audioBytes + 5];
    for (int i = 0; i < audio.length; i++) {
      audio[i] = (byte) (i * 37);
    }
    int length = DeltaJson.length("resp_abc", "item_xyz", audioBytes);
    ByteBuf out = PooledByteBufAllocator.DEFAULT.directBuffer(length, length);
    try {
      DeltaJson.write("resp_abc", "item_xyz", audio, audioBytes, out);

      assertThat(out.readableBytes()).isEqualTo(length);
      JsonNode event = JSON.readTree(out.toString(StandardCharsets.US_ASCII));
      Iterator<String> names = event.fieldNames();
      assertThat(names).toIterable().containsExactly(
          "type", "event_id", "response_id", "item_id", "output_index", "content_index", "delta");
      assertThat(event.get("type").asText()).isEqualTo("response.audio.delta");
      assertThat(event.get("event_id").asText()).matches("event_[A-Za-z0-9]{22}");
      assertThat(event.get("response_id").asText()).isEqualTo("resp_abc");
      assertThat(event.get("item_id").asText()).isEqualTo("item_xyz");
      assertThat(event.get("output_index").asInt()).isZero();
      assertThat(event.get("content_index").asInt()).isZero();
      byte[] expected = Arrays.copyOf(audio, audioBytes);
      assertThat(Base64.getDecoder().decode(event.get("delta").asText())).isEqualTo(expected);
    } finally {
      out.release();
    }
  }

  @Test
  void eachEventGetsItsOwnId() throws Exception {
    String first = eventId();
    String second = eventId();

    assertThat(first).isNotEqualTo(second);
  }

  private static String eventId() throws Exception {
    ByteBuf out = PooledByteBufAllocator.DEFAULT.heapBuffer();
    try {
      DeltaJson.write("r", "i", new byte[3], 3, out);
      return JSON.readTree(out.toString(StandardCharsets.US_ASCII)).get("event_id").asText();
    } finally {
      out.release();
    }
  }
}
