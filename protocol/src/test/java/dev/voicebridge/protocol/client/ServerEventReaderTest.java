package dev.voicebridge.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicebridge.protocol.event.ServerEvent;
import dev.voicebridge.protocol.event.ServerEventResponseAudioDelta;
import dev.voicebridge.protocol.event.ServerEventSessionCreated;
import dev.voicebridge.protocol.event.UnknownServerEvent;
import dev.voicebridge.protocol.event.VoiceLiveJson;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerEventReaderTest {

  private final ServerEventReader reader = new ServerEventReader();

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 160, 960, 4800, 48000})
  void audioDeltaFastPathGivesTheSameEventAsJackson(int length) throws IOException {
    byte[] json = delta(pcm(length), true);

    ServerEventResponseAudioDelta fast =
        ServerEventReader.readAudioDelta(json, 0, json.length);

    assertThat(fast).isNotNull().isEqualTo(VoiceLiveJson.parseServerEvent(json));
    assertThat(fast.delta()).isEqualTo(pcm(length));
  }

  @Test
  void audioDeltaWithoutPaddingOrWithExtraFieldsStillTakesTheFastPath() throws IOException {
    String base64 = Base64.getEncoder().withoutPadding().encodeToString(pcm(5));
    byte[] json = ("{\"type\":\"response.audio.delta\",\"new_field\":{\"a\":[1,2]},"
        + "\"delta\":\"" + base64 + "\",\"output_index\":2}").getBytes(StandardCharsets.UTF_8);

    ServerEventResponseAudioDelta fast = ServerEventReader.readAudioDelta(json, 0, json.length);

    assertThat(fast).isNotNull().isEqualTo(VoiceLiveJson.parseServerEvent(json));
    assertThat(fast.outputIndex()).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "{\"event_id\":\"e\",\"type\":\"response.audio.delta\",\"delta\":\"AAEC\"}",
    "{\"type\":\"response.audio.delta\",\"delta\":null}",
    "{\"type\":\"response.audio.delta\",\"item_id\":null,\"delta\":\"AAEC\"}",
    "{\"type\":\"response.audio.delta\",\"output_index\":\"1\",\"delta\":\"AAEC\"}",
    "{\"type\":\"response.audio.delta\",\"delta\":\"AA\\u0045C\"}",
    "{\"type\":\"response.audio.delta\",\"delta\":\"AA\\/A\"}",
    "{\"type\":\"response.audio.delta\",\"delta\":\"AAEC\",\"item_id\":\"i\"}",
    "{\"type\":\"response.audio.delta\",\"delta\":\"AAEC\"} ",
    "{\"type\":\"session.created\",\"session\":{}}",
  })
  void edgeCaseFramesReadTheSameAsThroughJackson(String text)
      throws IOException {
    byte[] json = text.getBytes(StandardCharsets.UTF_8);

    assertThat(reader.read(json, 0, json.length)).isEqualTo(VoiceLiveJson.parseServerEvent(json));
  }

  @Test
  void directAndCompositeFramesAreReadThroughTheScratchArray() throws IOException {
    byte[] json = delta(pcm(960), true);
    ByteBuf direct = PooledByteBufAllocator.DEFAULT.directBuffer().writeBytes(json);
    CompositeByteBuf composite = Unpooled.compositeBuffer()
        .addComponent(true, Unpooled.wrappedBuffer(json, 0, 100))
        .addComponent(true, Unpooled.wrappedBuffer(json, 100, json.length - 100));
    try {
      ServerEvent expected = VoiceLiveJson.parseServerEvent(json);

      assertThat(reader.read(direct)).isEqualTo(expected);
      assertThat(reader.read(composite)).isEqualTo(expected);
      assertThat(direct.readerIndex()).isZero();
    } finally {
      direct.release();
      composite.release();
    }
  }

  @Test
  void heapFrameIsReadInPlaceFromItsOffset() throws IOException {
    byte[] json = delta(pcm(3), true);
    byte[] padded = new byte[json.length + 20];
    System.arraycopy(json, 0, padded, 10, json.length);
    ByteBuf slice = Unpooled.wrappedBuffer(padded).slice(10, json.length);

    assertThat(reader.read(slice)).isEqualTo(VoiceLiveJson.parseServerEvent(json));
  }

  @Test
  void prettyPrintedDeltaFixtureTakesTheFastPath() throws IOException {
    byte[] json = fixture("response.audio.delta.json");

    ServerEventResponseAudioDelta fast = ServerEventReader.readAudioDelta(json, 0, json.length);

    assertThat(fast).isNotNull().isEqualTo(VoiceLiveJson.parseServerEvent(json));
    assertThat(fast.delta()).hasSize(32);
  }

  @Test
  void sessionCreatedFixtureGoesThroughTheModel() throws IOException {
    byte[] json = fixture("session.created.json");

    assertThat(reader.read(Unpooled.wrappedBuffer(json)))
        .isInstanceOf(ServerEventSessionCreated.class);
  }

  @Test
  void unknownTypeBecomesUnknownServerEvent() throws IOException {
    byte[] json = "{\"type\":\"brand.new\",\"x\":1}".getBytes(StandardCharsets.UTF_8);

    ServerEvent event = reader.read(json, 0, json.length);

    assertThat(event).isInstanceOf(UnknownServerEvent.class);
    assertThat(event.type()).isEqualTo("brand.new");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"not json", "{\"type\":\"response.audio.delta\",\"delta\":\"%%%%\"}", ""})
  void malformedFrameThrows(String text) {
    byte[] json = text.getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> reader.read(json, 0, json.length)).isInstanceOf(IOException.class);
  }

  static byte[] delta(byte[] pcm, boolean padded) {
    Base64.Encoder encoder = padded ? Base64.getEncoder() : Base64.getEncoder().withoutPadding();
    return ("{\"type\":\"response.audio.delta\",\"event_id\":\"event_29\","
            + "\"response_id\":\"resp_001\",\"item_id\":\"item_002\",\"output_index\":0,"
            + "\"content_index\":1,\"delta\":\"" + encoder.encodeToString(pcm) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] pcm(int length) {
    byte[] bytes = new byte[length];
    new SplittableRandom(length).nextBytes(bytes);
    return bytes;
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = ServerEventReaderTest.class.getResourceAsStream(
        "/dev/voicebridge/protocol/event/fixtures/" + name)) {
      return in.readAllBytes();
    }
  }
}
