package dev.voicebridge.bridge.call;

import dev.voicebridge.bridge.rtp.OutboundAudioQueue;
import dev.voicebridge.codec.frame.Pcm16ToG711;
import dev.voicebridge.protocol.event.ClientEventConversationItemTruncate;
import java.util.Arrays;

/**
 * Model audio to the caller: converts {@code response.audio.delta} payloads to G.711, cuts them
 * into whole frames and queues them tagged with their (item, content index), so that on barge-in
 * the bridge knows how much of the item the caller actually heard.
 *
 * <p>Runs on the call's event loop. Buffers are grown, never allocated per delta once warm.
 */
final class ModelAudioPlayer {
  // Tags are indexes into a small ring; a call rarely has more than a few items in flight.
  private static final int TAG_SLOTS = 16;

  private final Pcm16ToG711 encoder;
  private final byte silence;
  private final byte[] frame;
  private final String[] itemIds = new String[TAG_SLOTS];
  private final int[] contentIndexes = new int[TAG_SLOTS];
  private final int[] tagInSlot = new int[TAG_SLOTS];
  private byte[] scratch = new byte[4096];
  private int filled;
  private int currentTag = OutboundAudioQueue.NO_TAG;
  private int nextTag;
  private String truncatedItem;
  private boolean currentDone;
  private OutboundAudioQueue queue;

  /**
   * @param encoder PCM16 to G.711, or {@code null} when the model already speaks G.711
   * @param frameBytes octets per RTP frame
   * @param silence the G.711 silence octet
   */
  ModelAudioPlayer(Pcm16ToG711 encoder, int frameBytes, byte silence) {
    this.encoder = encoder;
    this.frame = new byte[frameBytes];
    this.silence = silence;
  }

  void attach(OutboundAudioQueue queue) {
    this.queue = queue;
  }

  /** Queues one delta. Deltas of an item cut by barge-in are dropped. */
  void onDelta(String itemId, int contentIndex, byte[] delta) {
    if (queue == null || delta == null || delta.length == 0 || itemId.equals(truncatedItem)) {
      return;
    }
    int tag = tagFor(itemId, contentIndex);
    byte[] g711;
    int n;
    if (encoder == null) {
      g711 = delta;
      n = delta.length;
    } else {
      int max = encoder.maxOutputBytes(delta.length);
      if (scratch.length < max) {
        scratch = new byte[Math.max(max, scratch.length * 2)];
      }
      // The converter carries an odd trailing byte over to the next delta.
      n = encoder.convert(delta, 0, delta.length, scratch, 0);
      g711 = scratch;
    }
    int off = 0;
    while (off < n) {
      int take = Math.min(frame.length - filled, n - off);
      System.arraycopy(g711, off, frame, filled, take);
      filled += take;
      off += take;
      if (filled == frame.length) {
        queue.offer(frame, 0, tag);
        filled = 0;
      }
    }
  }

  /**
   * Queues audio the bridge plays itself (a greeting tone), after anything already queued. The
   * caller may talk over it like over the model, but there is no item to truncate.
   *
   * @param g711 the codes, whole frames
   */
  void playLocal(byte[] g711) {
    if (queue == null) {
      return;
    }
    flushPartial();
    currentTag = nextTag;
    nextTag = (nextTag + 1) & Integer.MAX_VALUE;
    int slot = currentTag & (TAG_SLOTS - 1);
    itemIds[slot] = null;
    contentIndexes[slot] = 0;
    tagInSlot[slot] = currentTag;
    currentDone = true;
    for (int off = 0; off + frame.length <= g711.length; off += frame.length) {
      queue.offer(g711, off, currentTag);
    }
  }

  /** The item's audio is complete: pads and queues the last partial frame. */
  void onAudioDone() {
    flushPartial();
    currentDone = true;
  }

  /**
   * The caller started speaking: drops queued audio and returns the truncate that tells the
   * service how much of the interrupted item the caller heard, or null when nothing was cut.
   *
   * <p>The item cut is the one being heard when it lost frames; otherwise the newest item, when it
   * lost frames (queued behind a finished one) or is still streaming. Its later deltas are dropped.
   */
  ClientEventConversationItemTruncate bargeIn() {
    if (queue == null) {
      return null;
    }
    filled = 0;
    OutboundAudioQueue.Flushed flushed = queue.flush();
    if (encoder != null) {
      // The next audio is a new item: no filter history or odd byte from the one cut off.
      encoder.reset();
    }
    int cut = cutTag(flushed.lastSentTag());
    if (cut == OutboundAudioQueue.NO_TAG) {
      return null;
    }
    int slot = cut & (TAG_SLOTS - 1);
    truncatedItem = itemIds[slot];
    // sentMillis counts frames that left, so it never exceeds what the model generated.
    return ClientEventConversationItemTruncate.of(
        itemIds[slot], contentIndexes[slot], (int) queue.sentMillis(cut));
  }

  private int cutTag(int heard) {
    if (isItem(heard) && queue.droppedFrames(heard) > 0) {
      return heard;
    }
    if (isItem(currentTag) && (queue.droppedFrames(currentTag) > 0 || !currentDone)) {
      return currentTag;
    }
    return OutboundAudioQueue.NO_TAG;
  }

  /** Whether the tag is a model item still known to the ring (not local audio, not recycled). */
  private boolean isItem(int tag) {
    if (tag == OutboundAudioQueue.NO_TAG || tag < 0) {
      return false;
    }
    int slot = tag & (TAG_SLOTS - 1);
    return itemIds[slot] != null && tagInSlot[slot] == tag;
  }

  private int tagFor(String itemId, int contentIndex) {
    if (currentTag != OutboundAudioQueue.NO_TAG) {
      int slot = currentTag & (TAG_SLOTS - 1);
      if (itemId.equals(itemIds[slot]) && contentIndexes[slot] == contentIndex) {
        return currentTag;
      }
      flushPartial();
    }
    currentTag = nextTag;
    nextTag = (nextTag + 1) & Integer.MAX_VALUE;
    int slot = currentTag & (TAG_SLOTS - 1);
    itemIds[slot] = itemId;
    contentIndexes[slot] = contentIndex;
    tagInSlot[slot] = currentTag;
    currentDone = false;
    return currentTag;
  }

  private void flushPartial() {
    if (filled > 0 && queue != null) {
      Arrays.fill(frame, filled, frame.length, silence);
      queue.offer(frame, 0, currentTag);
      filled = 0;
    }
  }
}
