package dev.voicebridge.protocol.client;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.voicebridge.protocol.event.ServerEvent;
import dev.voicebridge.protocol.event.ServerEventResponseAudioDelta;
import dev.voicebridge.protocol.event.VoiceLiveJson;
import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * Reads server events from text frame bytes, never through a String of the whole frame.
 *
 * <p>{@code response.audio.delta} (most of the inbound traffic: 64 kB/s of base64 per talking
 * call) is read by walking Jackson's token stream up to {@code delta} and decoding the base64
 * once, in place; every other type, and any delta the walk is unsure about, goes through the
 * Jackson model. One instance per
 * session, used on its event loop only: it keeps a scratch array for frames held in direct
 * memory.
 */
final class ServerEventReader {

  /** Larger frames use a one-off array, so a rare large event does not pin memory. */
  private static final int MAX_SCRATCH_BYTES = 256 * 1024;

  private static final ObjectReader SERVER_EVENTS =
      VoiceLiveJson.mapper().readerFor(ServerEvent.class);
  private static final JsonFactory JSON = VoiceLiveJson.mapper().getFactory();
  private static final char[] AUDIO_DELTA = ServerEventResponseAudioDelta.TYPE.toCharArray();

  /** The mapper's variant (padding optional), which a bare parser would not use by itself. */
  private static final Base64Variant BASE64 =
      VoiceLiveJson.mapper().getDeserializationConfig().getBase64Variant();

  /** RFC 4648 §4; accepts input without padding, as the mapper does. */
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  private byte[] scratch = new byte[8 * 1024];

  /**
   * Reads one event.
   *
   * @param frame the text frame's payload; only read, not released
   * @return the event; an unknown type gives an {@code UnknownServerEvent}
   * @throws IOException if the payload is not JSON or not a valid event
   */
  ServerEvent read(ByteBuf frame) throws IOException {
    int length = frame.readableBytes();
    byte[] bytes;
    int offset;
    if (frame.hasArray()) {
      bytes = frame.array();
      offset = frame.arrayOffset() + frame.readerIndex();
    } else {
      bytes = scratch(length);
      offset = 0;
      frame.getBytes(frame.readerIndex(), bytes, 0, length);
    }
    return read(bytes, offset, length);
  }

  /**
   * Reads one event from an array slice.
   *
   * @param bytes the UTF-8 JSON
   * @param offset where it starts
   * @param length its length
   * @return the event
   * @throws IOException if the slice is not JSON or not a valid event
   */
  ServerEvent read(byte[] bytes, int offset, int length) throws IOException {
    ServerEvent delta = readAudioDelta(bytes, offset, length);
    if (delta != null) {
      return delta;
    }
    return SERVER_EVENTS.readValue(bytes, offset, length);
  }

  /**
   * Reads a {@code response.audio.delta} whose {@code type} comes first, as Voice Live writes it.
   *
   * @return the event, or null to leave the frame to the general path, which also reports errors
   */
  static ServerEventResponseAudioDelta readAudioDelta(byte[] bytes, int offset, int length) {
    try (JsonParser parser = JSON.createParser(bytes, offset, length)) {
      return readAudioDelta(parser, bytes, offset, length);
    } catch (IOException e) {
      return null;
    }
  }

  private static ServerEventResponseAudioDelta readAudioDelta(
      JsonParser parser, byte[] bytes, int offset, int length) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT
        || parser.nextToken() != JsonToken.FIELD_NAME
        || !"type".equals(parser.currentName())
        || parser.nextToken() != JsonToken.VALUE_STRING
        || !textEquals(parser, AUDIO_DELTA)) {
      return null;
    }
    String eventId = null;
    String responseId = null;
    String itemId = null;
    int outputIndex = 0;
    int contentIndex = 0;
    byte[] delta = null;
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      // Anything but the expected token (a null, a number as text) is left to the model.
      switch (name) {
        case "delta":
          if (value != JsonToken.VALUE_STRING) {
            return null;
          }
          byte[] last = decodeIfLast(parser, bytes, offset, length);
          if (last != null) {
            return new ServerEventResponseAudioDelta(
                eventId, responseId, itemId, outputIndex, contentIndex, last);
          }
          delta = parser.getBinaryValue(BASE64);
          break;
        case "event_id":
          if ((eventId = string(parser, value)) == null) {
            return null;
          }
          break;
        case "response_id":
          if ((responseId = string(parser, value)) == null) {
            return null;
          }
          break;
        case "item_id":
          if ((itemId = string(parser, value)) == null) {
            return null;
          }
          break;
        case "output_index":
          if (value != JsonToken.VALUE_NUMBER_INT) {
            return null;
          }
          outputIndex = parser.getIntValue();
          break;
        case "content_index":
          if (value != JsonToken.VALUE_NUMBER_INT) {
            return null;
          }
          contentIndex = parser.getIntValue();
          break;
        default:
          // Fields this model does not keep are ignored, as the Jackson path does.
          parser.skipChildren();
      }
    }
    if (token != JsonToken.END_OBJECT) {
      return null;
    }
    return new ServerEventResponseAudioDelta(
        eventId, responseId, itemId, outputIndex, contentIndex, delta);
  }

  /**
   * Decodes the current string token straight from the frame's bytes when it is the object's last
   * value, as Voice Live writes {@code delta}: the JDK decoder is vectorised, about ten times
   * faster than Jackson's per-character one, and nothing after the string needs parsing.
   *
   * @return the decoded bytes, or null when the string is not last or not plain base64
   */
  private static byte[] decodeIfLast(JsonParser parser, byte[] bytes, int offset, int length) {
    // Jackson has not read the string yet; its location is the opening quote, from the offset.
    long quote = parser.currentTokenLocation().getByteOffset();
    if (quote < 0 || quote >= length || bytes[offset + (int) quote] != '"') {
      return null;
    }
    int start = offset + (int) quote + 1;
    int end = offset + length - 1;
    end = skipWhitespaceBack(bytes, start, end);
    if (end < start || bytes[end] != '}') {
      return null;
    }
    end = skipWhitespaceBack(bytes, start, end - 1);
    if (end < start || bytes[end] != '"') {
      return null;
    }
    try {
      // A quote or backslash inside (an escape, or a later field) is outside the alphabet.
      ByteBuffer decoded = DECODER.decode(ByteBuffer.wrap(bytes, start, end - start));
      byte[] array = decoded.array();
      int decodedLength = decoded.remaining();
      return decodedLength == array.length ? array : Arrays.copyOf(array, decodedLength);
    } catch (IllegalArgumentException notPlainBase64) {
      return null;
    }
  }

  private static int skipWhitespaceBack(byte[] bytes, int start, int index) {
    while (index >= start
        && (bytes[index] == ' ' || bytes[index] == '\n' || bytes[index] == '\r'
            || bytes[index] == '\t')) {
      index--;
    }
    return index;
  }

  private static String string(JsonParser parser, JsonToken value) throws IOException {
    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
  }

  private static boolean textEquals(JsonParser parser, char[] expected) throws IOException {
    // Compares in the parser's own buffer: no String for the type of every frame.
    if (parser.getTextLength() != expected.length) {
      return false;
    }
    char[] text = parser.getTextCharacters();
    int start = parser.getTextOffset();
    for (int i = 0; i < expected.length; i++) {
      if (text[start + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private byte[] scratch(int length) {
    if (length <= scratch.length) {
      return scratch;
    }
    if (length > MAX_SCRATCH_BYTES) {
      return new byte[length];
    }
    scratch = new byte[Math.max(length, Math.min(2 * scratch.length, MAX_SCRATCH_BYTES))];
    return scratch;
  }
}
