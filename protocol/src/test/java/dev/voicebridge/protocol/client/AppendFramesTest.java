package dev.voicebridge.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.voicebridge.protocol.event.ClientEvent;
import dev.voicebridge.protocol.event.ClientEventInputAudioBufferAppend;
import dev.voicebridge.protocol.event.VoiceLiveJson;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppendFramesTest {

  private static final PooledByteBufAllocator ALLOC = PooledByteBufAllocator.DEFAULT;

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 160, 320, 960, 4800})
  void arrayFastPathParsesToTheSameEventAsJackson(int length) throws Exception {
    byte[] pcm = pcm(length + 7);
    byte[] slice = java.util.Arrays.copyOfRange(pcm, 7, 7 + length);
    ClientEventInputAudioBufferAppend viaJackson = ClientEventInputAudioBufferAppend.of(slice);

    ByteBuf json = AppendFrames.encode(ALLOC, pcm, 7, length);
    try {
      byte[] bytes = ByteBufUtil.getBytes(json);
      ClientEvent parsed = VoiceLiveJson.parseClientEvent(bytes);

      assertThat(parsed).isEqualTo(viaJackson);
      assertThat(tree(bytes)).isEqualTo(tree(VoiceLiveJson.writeValueAsBytes(viaJackson)));
      assertThat(json.readableBytes()).isEqualTo(AppendFrames.jsonLength(length));
    } finally {
      json.release();
    }
  }

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {0, 1, 2, 3, 960, 4800})
  void bufferFastPathMatchesTheArrayPathAndLeavesTheSourceAlone(int length) {
    byte[] pcm = pcm(length);
    ByteBuf direct = ALLOC.directBuffer(length).writeBytes(pcm);
    ByteBuf fromArray = AppendFrames.encode(ALLOC, pcm, 0, length);
    ByteBuf fromBuffer = AppendFrames.encode(ALLOC, direct);
    try {
      assertThat(ByteBufUtil.equals(fromArray, fromBuffer)).isTrue();
      assertThat(direct.readerIndex()).isZero();
      assertThat(direct.refCnt()).isOne();
    } finally {
      fromArray.release();
      fromBuffer.release();
      direct.release();
    }
  }

  private static JsonNode tree(byte[] json) throws Exception {
    return VoiceLiveJson.mapper().readTree(json);
  }

  private static byte[] pcm(int length) {
    byte[] bytes = new byte[length];
    new SplittableRandom(length).nextBytes(bytes);
    return bytes;
  }
}
