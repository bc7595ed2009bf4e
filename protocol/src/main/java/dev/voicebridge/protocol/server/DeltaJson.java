package dev.voicebridge.protocol.server;

import dev.voicebridge.protocol.base64.Base64Codec;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@code response.audio.delta} event as the service does, field for field, without
 * Jackson:
 *
 * <pre>
 * {"type":"response.audio.delta","event_id":"event_…","response_id":"resp_…","item_id":"item_…",
 *  "output_index":0,"content_index":0,"delta":"&lt;base64&gt;"}
 * </pre>
 *
 * <p>Deltas are most of what the server writes, several per response and session, so they make no
 * tree, no String of the audio and no id String. The ids passed in are server-made ASCII, which
 * needs no escaping.
 */
final class DeltaJson {
  private static final byte[] HEAD =
      "{\"type\":\"response.audio.delta\",\"event_id\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EVENT_PREFIX = "event_".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] RESPONSE_ID =
      "\",\"response_id\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ITEM_ID = "\",\"item_id\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] INDEXES_AND_DELTA =
      "\",\"output_index\":0,\"content_index\":0,\"delta\":\""
          .getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TAIL = {'"', '}'};

  private DeltaJson() {}

  /** The exact size of the event for these ids and this many audio bytes. */
  static int length(String responseId, String itemId, int audioBytes) {
    return HEAD.length
        + EVENT_PREFIX.length
        + Ids.RANDOM_LENGTH
        + RESPONSE_ID.length
        + responseId.length()
        + ITEM_ID.length
        + itemId.length()
        + INDEXES_AND_DELTA.length
        + Base64Codec.encodedLength(audioBytes)
        + TAIL.length;
  }

  /**
   * Writes the event at {@code out}'s writer index.
   *
   * @param responseId the response, ASCII
   * @param itemId the assistant item, ASCII
   * @param audio the encoded audio; only the first {@code audioBytes} are read
   * @param audioBytes how many bytes of audio
   * @param out where the JSON goes
   */
  static void write(String responseId, String itemId, byte[] audio, int audioBytes, ByteBuf out) {
    out.writeBytes(HEAD);
    Ids.writeNext(EVENT_PREFIX, out);
    out.writeBytes(RESPONSE_ID);
    out.writeCharSequence(responseId, StandardCharsets.US_ASCII);
    out.writeBytes(ITEM_ID);
    out.writeCharSequence(itemId, StandardCharsets.US_ASCII);
    out.writeBytes(INDEXES_AND_DELTA);
    Base64Codec.encode(audio, 0, audioBytes, out);
    out.writeBytes(TAIL);
  }
}
