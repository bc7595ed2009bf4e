package dev.voicebridge.protocol.base64;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base64CodecTest {

  private static final PooledByteBufAllocator ALLOC = PooledByteBufAllocator.DEFAULT;

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 159, 160, 320, 960, 4800})
  void arrayIntoHeapOrDirectBufferMatchesTheJdkEncoder(int length) {
    byte[] pcm = random(length + 3);
    String expected = jdk(pcm, 3, length);

    for (ByteBuf dst : new ByteBuf[] {ALLOC.heapBuffer(1), ALLOC.directBuffer(1)}) {
      try {
        dst.writeByte('x');
        Base64Codec.encode(pcm, 3, length, dst);

        assertThat(dst.toString(StandardCharsets.US_ASCII)).isEqualTo("x" + expected);
        assertThat(dst.readableBytes()).isEqualTo(1 + Base64Codec.encodedLength(length));
      } finally {
        dst.release();
      }
    }
  }

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 960, 4800})
  void bufferIntoBufferMatchesTheJdkEncoderAndLeavesTheSourceAlone(int length) {
    byte[] pcm = random(length);
    ByteBuf[] sources = {
      Unpooled.wrappedBuffer(pcm), ALLOC.directBuffer(length).writeBytes(pcm),
    };
    for (ByteBuf src : sources) {
      ByteBuf dst = ALLOC.directBuffer(Base64Codec.encodedLength(length));
      try {
        Base64Codec.encode(src, dst);

        assertThat(dst.toString(StandardCharsets.US_ASCII)).isEqualTo(jdk(pcm, 0, length));
        assertThat(src.readerIndex()).isZero();
        assertThat(src.readableBytes()).isEqualTo(length);
      } finally {
        dst.release();
        src.release();
      }
    }
  }

  private static String jdk(byte[] bytes, int offset, int length) {
    byte[] slice = new byte[length];
    System.arraycopy(bytes, offset, slice, 0, length);
    return Base64.getEncoder().encodeToString(slice);
  }

  private static byte[] random(int length) {
    byte[] bytes = new byte[length];
    SplittableRandom random = new SplittableRandom(length);
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }
}
