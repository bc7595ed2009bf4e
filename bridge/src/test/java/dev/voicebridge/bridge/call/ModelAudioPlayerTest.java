package dev.voicebridge.bridge.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.rtp.OutboundAudioQueue;
import dev.voicebridge.bridge.rtp.OutboundFramePool;
import dev.voicebridge.codec.frame.Pcm16ToG711;
import dev.voicebridge.codec.g711.G711Law;
import dev.voicebridge.protocol.event.ClientEventConversationItemTruncate;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModelAudioPlayerTest {
  private static final int FRAME = 160; // 20 ms of G.711
  private static final byte SILENCE = G711Law.ULAW.silenceByte();
  /** 20 ms of PCM16 at 24 kHz: 480 samples of two octets. */
  private static final int PCM_24K_FRAME = 960;

  private final OutboundFramePool pool = new OutboundFramePool(FRAME, 4, 64, 64);
  private final OutboundAudioQueue queue =
      new OutboundAudioQueue(pool, 20, OutboundAudioQueue.DEFAULT_MAX_FRAMES);
  private final ByteBuf rtpPayload = Unpooled.buffer(FRAME);

  @AfterEach
  void releaseEverything() {
    queue.close();
    rtpPayload.release();
    assertThat(pool.chunksInUse()).isZero();
  }

  /** One frame as the RTP sender took it off the queue. */
  private record Sent(int tag, byte[] payload) {}

  /** Takes up to {@code frames} frames off the queue, as the sender does once per 20 ms. */
  private List<Sent> send(int frames) {
    List<Sent> sent = new ArrayList<>();
    for (int i = 0; i < frames; i++) {
      rtpPayload.clear();
      int tag = queue.poll(rtpPayload);
      if (tag == OutboundAudioQueue.NO_TAG) {
        break;
      }
      byte[] payload = new byte[rtpPayload.readableBytes()];
      rtpPayload.readBytes(payload);
      sent.add(new Sent(tag, payload));
    }
    return sent;
  }

  private List<Sent> sendAll() {
    return send(Integer.MAX_VALUE);
  }

  private ModelAudioPlayer g711Player() {
    ModelAudioPlayer player = new ModelAudioPlayer(null, FRAME, SILENCE);
    player.attach(queue);
    return player;
  }

  private ModelAudioPlayer pcm24kPlayer() {
    ModelAudioPlayer player =
        new ModelAudioPlayer(new Pcm16ToG711(24_000, G711Law.ULAW), FRAME, SILENCE);
    player.attach(queue);
    return player;
  }

  private static byte[] filled(int length, int value) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }

  private static byte[] concat(byte[]... parts) {
    int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
    byte[] all = new byte[length];
    int off = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, off, part.length);
      off += part.length;
    }
    return all;
  }

  /** A 440 Hz tone as PCM16 little-endian at 24 kHz, loud enough to survive G.711. */
  private static byte[] tone24k(int millis) {
    int samples = 24 * millis;
    byte[] pcm = new byte[samples * 2];
    for (int i = 0; i < samples; i++) {
      short s = (short) Math.round(8000 * Math.sin(2 * Math.PI * 440 * i / 24_000.0));
      pcm[2 * i] = (byte) s;
      pcm[2 * i + 1] = (byte) (s >> 8);
    }
    return pcm;
  }

  @Test
  void cutsDeltasIntoWholeFramesAcrossDeltaBoundaries() {
    ModelAudioPlayer player = g711Player();

    player.onDelta("item_1", 0, filled(100, 1));
    player.onDelta("item_1", 0, filled(100, 2));
    player.onDelta("item_1", 0, filled(150, 3));

    // 350 octets: two whole frames; the last 30 wait for more audio.
    assertThat(queue.size()).isEqualTo(2);
    List<Sent> sent = sendAll();
    assertThat(sent.get(0).payload()).isEqualTo(concat(filled(100, 1), filled(60, 2)));
    assertThat(sent.get(1).payload()).isEqualTo(concat(filled(40, 2), filled(120, 3)));
    assertThat(sent.get(0).tag()).isEqualTo(sent.get(1).tag());
  }

  @Test
  void convertsPcm16At24kHzToOneFramePer20Milliseconds() {
    ModelAudioPlayer player = pcm24kPlayer();

    player.onDelta("item_1", 0, tone24k(200));

    assertThat(queue.size()).isEqualTo(10);
    assertThat(sendAll()).allSatisfy(s -> assertThat(s.payload()).hasSize(FRAME));
  }

  @Test
  void carriesAnOddByteOverToTheNextDelta() {
    byte[] pcm = tone24k(200);
    ModelAudioPlayer whole = pcm24kPlayer();
    whole.onDelta("item_1", 0, pcm);
    List<Sent> expected = sendAll();

    ModelAudioPlayer split = pcm24kPlayer();
    // Odd splits put a sample's two octets in different deltas.
    int[] cuts = {0, 999, 1000, 2001, 3333, pcm.length};
    for (int i = 1; i < cuts.length; i++) {
      split.onDelta("item_2", 0, Arrays.copyOfRange(pcm, cuts[i - 1], cuts[i]));
    }
    List<Sent> actual = sendAll();

    assertThat(actual).hasSize(pcm.length / PCM_24K_FRAME);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i).payload()).as("frame %d", i).isEqualTo(expected.get(i).payload());
    }
  }

  @Test
  void padsTheLastPartialFrameWithSilenceWhenTheAudioIsDone() {
    ModelAudioPlayer player = g711Player();
    player.onDelta("item_1", 0, filled(200, 7));

    player.onAudioDone();

    List<Sent> sent = sendAll();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).payload()).isEqualTo(concat(filled(40, 7), filled(120, SILENCE)));
  }

  @Test
  void audioDoneOnAFrameBoundaryQueuesNothingMore() {
    ModelAudioPlayer player = g711Player();
    player.onDelta("item_1", 0, filled(2 * FRAME, 7));

    player.onAudioDone();

    assertThat(queue.size()).isEqualTo(2);
  }

  @Test
  void aNewItemFlushesThePreviousItemsPartialFrame() {
    ModelAudioPlayer player = g711Player();
    player.onDelta("item_1", 0, filled(200, 1));

    player.onDelta("item_2", 0, filled(FRAME, 2));

    List<Sent> sent = sendAll();
    assertThat(sent).hasSize(3);
    assertThat(sent.get(1).payload()).isEqualTo(concat(filled(40, 1), filled(120, SILENCE)));
    assertThat(sent.get(1).tag()).isEqualTo(sent.get(0).tag());
    assertThat(sent.get(2).payload()).isEqualTo(filled(FRAME, 2));
    assertThat(sent.get(2).tag()).isNotEqualTo(sent.get(1).tag());
  }

  @Test
  void aNewContentPartOfTheSameItemIsTaggedApart() {
    ModelAudioPlayer player = g711Player();
    player.onDelta("item_1", 0, filled(FRAME, 1));

    player.onDelta("item_1", 1, filled(FRAME, 2));

    List<Sent> sent = sendAll();
    assertThat(sent.get(1).tag()).isNotEqualTo(sent.get(0).tag());
  }

  @Test
  void bargeInFlushesTheQueueAndTruncatesAtTheAudioSent() {
    ModelAudioPlayer player = g711Player();
    player.onDelta("item_1", 0, filled(10 * FRAME + 50, 1));
    send(3);

    ClientEventConversationItemTruncate truncate = player.bargeIn();

    assertThat(truncate).isEqualTo(ClientEventConversationItemTruncate.of("item_1", 0, 60));
    assertThat(queue.size()).isZero();
    assertThat(send(1)).isEmpty();
  }

  @Test
  void theTruncateNamesTheContentPartCut() {
    ModelAudioPlayer player = g711Player();
    player.onDelta("item_1", 2, filled(5 * FRAME, 1));
    send(1);

    assertThat(player.bargeIn())
        .isEqualTo(ClientEventConversationItemTruncate.of("item_1", 2, 20));
  }

  @Test
  void bargeInBeforeAnythingWasSentTruncatesAtZero() {
    ModelAudioPlayer player = g711Player();
    player.onDelta("item_1", 0, filled(4 * FRAME, 1));

    assertThat(player.bargeIn()).isEqualTo(ClientEventConversationItemTruncate.of("item_1", 0, 0));
  }

  @Test
  void bargeInAfterTheItemWasHeardWholeTruncatesNothing() {
    ModelAudioPlayer player = g711Player();
    player.onDelta("item_1", 0, filled(3 * FRAME, 1));
    player.onAudioDone();
    send(3);

    assertThat(player.bargeIn()).isNull();
  }

  @Test
  void bargeInWhileTheItemIsStillStreamingCutsItWhereTheCallerIsAndDropsItsLaterAudio() {
    ModelAudioPlayer player = g711Player();
    player.onDelta("item_1", 0, filled(3 * FRAME, 1));
    send(3);

    assertThat(player.bargeIn()).isEqualTo(ClientEventConversationItemTruncate.of("item_1", 0, 60));
    player.onDelta("item_1", 0, filled(3 * FRAME, 1));
    assertThat(queue.size()).isZero();
  }

  @Test
  void bargeInWithoutModelAudioTruncatesNothing() {
    assertThat(g711Player().bargeIn()).isNull();
    assertThat(new ModelAudioPlayer(null, FRAME, SILENCE).bargeIn()).isNull();
  }

  @Test
  void ignoresTheDeltasOfATruncatedItem() {
    ModelAudioPlayer player = g711Player();
    player.onDelta("item_1", 0, filled(4 * FRAME, 1));
    send(1);
    player.bargeIn();

    // Deltas the service sent before it saw the caller speak.
    player.onDelta("item_1", 0, filled(4 * FRAME, 1));
    player.onAudioDone();
    assertThat(queue.size()).isZero();

    player.onDelta("item_2", 0, filled(FRAME, 2));
    assertThat(sendAll()).extracting(s -> s.payload()[0]).containsExactly((byte) 2);
  }

  @Test
  void bargeInDropsThePartialFrameAndTheConvertersOddByte() {
    ModelAudioPlayer player = pcm24kPlayer();
    player.onDelta("item_1", 0, Arrays.copyOf(tone24k(40), PCM_24K_FRAME * 2 - 101));
    send(1);
    player.bargeIn();

    byte[] next = tone24k(60);
    player.onDelta("item_2", 0, next);
    List<Sent> afterBargeIn = sendAll();

    // The next item converts as if the converter were new: nothing of the cut item leaks in.
    ModelAudioPlayer fresh = pcm24kPlayer();
    fresh.onDelta("item_3", 0, next);
    List<Sent> expected = sendAll();
    assertThat(afterBargeIn).hasSize(3);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(afterBargeIn.get(i).payload()).isEqualTo(expected.get(i).payload());
    }
  }

  @Test
  void dropsModelAudioUntilTheQueueIsAttached() {
    ModelAudioPlayer player = new ModelAudioPlayer(null, FRAME, SILENCE);
    player.onDelta("item_1", 0, filled(FRAME, 1));
    player.attach(queue);
    player.onAudioDone();

    assertThat(queue.size()).isZero();
  }

  @Test
  void bargeInWhileAnEarlierItemPlaysTruncatesTheItemBeingHeard() {
    ModelAudioPlayer player = g711Player();
    player.onDelta("item_1", 0, filled(5 * FRAME, 1));
    player.onAudioDone();
    // A second item (e.g. the answer after a tool call) is queued behind the first.
    player.onDelta("item_2", 0, filled(5 * FRAME, 2));
    send(2);

    assertThat(player.bargeIn()).isEqualTo(ClientEventConversationItemTruncate.of("item_1", 0, 40));
  }
}
