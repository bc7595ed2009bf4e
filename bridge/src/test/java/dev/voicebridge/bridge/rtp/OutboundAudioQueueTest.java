package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutboundAudioQueueTest {
  private static final int FRAME = 4; // small frames keep the fixtures readable
  private final OutboundFramePool pool = new OutboundFramePool(FRAME, 3, 8, 8);
  private final ByteBuf out = Unpooled.buffer();

  @AfterEach
  void releaseBuffer() {
    out.release();
  }

  private static byte[] frame(int value) {
    return RtpTestPackets.filled(FRAME, value);
  }

  /** Polls everything, recording "tag:firstOctet" per frame. */
  private List<String> drain(OutboundAudioQueue queue) {
    List<String> sent = new ArrayList<>();
    int tag;
    while ((tag = queue.poll(out)) != OutboundAudioQueue.NO_TAG) {
      sent.add(tag + ":" + out.getByte(out.writerIndex() - FRAME));
    }
    return sent;
  }

  @Test
  void sendsInOrderAcrossChunks() {
    OutboundAudioQueue queue = new OutboundAudioQueue(pool, 20, 100);
    for (int i = 0; i < 7; i++) {
      assertThat(queue.offer(frame(i), 0, 1)).isTrue();
    }

    assertThat(queue.size()).isEqualTo(7);
    assertThat(queue.queuedMillis()).isEqualTo(140);
    assertThat(pool.chunksInUse()).isEqualTo(3);
    assertThat(drain(queue)).containsExactly("1:0", "1:1", "1:2", "1:3", "1:4", "1:5", "1:6");
    assertThat(out.readableBytes()).isEqualTo(7 * FRAME);
    assertThat(pool.chunksInUse()).isZero(); // an empty queue holds no audio memory
  }

  @Test
  void copiesFromAnOffset() {
    OutboundAudioQueue queue = new OutboundAudioQueue(pool, 20, 100);
    byte[] src = {9, 9, 1, 2, 3, 4, 9};

    queue.offer(src, 2, 5);
    queue.poll(out);

    assertThat(out.readInt()).isEqualTo(0x01020304);
  }

  @Test
  void countsSentMillisecondsPerTag() {
    OutboundAudioQueue queue = new OutboundAudioQueue(pool, 20, 100);
    for (int i = 0; i < 3; i++) {
      queue.offer(frame(i), 0, 10);
    }
    for (int i = 0; i < 4; i++) {
      queue.offer(frame(i), 0, 11);
    }
    for (int i = 0; i < 5; i++) {
      queue.poll(out);
    }

    assertThat(queue.sentMillis(10)).isEqualTo(60);
    assertThat(queue.sentMillis(11)).isEqualTo(40);
    assertThat(queue.pendingFrames(10)).isZero();
    assertThat(queue.pendingFrames(11)).isEqualTo(2);
    assertThat(queue.lastSentTag()).isEqualTo(11);
    assertThat(queue.sentFrames(12)).isEqualTo(-1);
    assertThat(queue.sentMillis(12)).isZero();
  }

  @Test
  void flushDropsEverythingAndReportsWhatWasHeard() {
    OutboundAudioQueue queue = new OutboundAudioQueue(pool, 20, 100);
    for (int i = 0; i < 5; i++) {
      queue.offer(frame(i), 0, 10);
    }
    for (int i = 0; i < 4; i++) {
      queue.offer(frame(i), 0, 11);
    }
    queue.poll(out);
    queue.poll(out);

    OutboundAudioQueue.Flushed flushed = queue.flush();

    assertThat(flushed).isEqualTo(new OutboundAudioQueue.Flushed(7, 140, 10, 40));
    assertThat(queue.droppedFrames(10)).isEqualTo(3);
    assertThat(queue.droppedFrames(11)).isEqualTo(4);
    assertThat(queue.pendingFrames(10)).isZero();
    assertThat(queue.pendingFrames(11)).isZero();
    assertThat(queue.size()).isZero();
    assertThat(queue.poll(out)).isEqualTo(OutboundAudioQueue.NO_TAG);
    assertThat(pool.chunksInUse()).isZero();
  }

  @Test
  void flushOfAnEmptyQueueDropsNothing() {
    OutboundAudioQueue queue = new OutboundAudioQueue(pool, 20, 100);

    assertThat(queue.flush())
        .isEqualTo(new OutboundAudioQueue.Flushed(0, 0, OutboundAudioQueue.NO_TAG, 0));
  }

  @Test
  void theQueueIsReusableAfterAFlush() {
    OutboundAudioQueue queue = new OutboundAudioQueue(pool, 20, 100);
    queue.offer(frame(1), 0, 1);
    queue.flush();
    queue.offer(frame(2), 0, 2);

    assertThat(drain(queue)).containsExactly("2:2");
  }

  @Test
  void refusesFramesPastThePerCallCap() {
    OutboundAudioQueue queue = new OutboundAudioQueue(pool, 20, 2);

    assertThat(queue.offer(frame(0), 0, 1)).isTrue();
    assertThat(queue.offer(frame(1), 0, 1)).isTrue();
    assertThat(queue.offer(frame(2), 0, 1)).isFalse();

    assertThat(queue.droppedFrames(1)).isEqualTo(1);
    assertThat(queue.pendingFrames(1)).isEqualTo(2);
    assertThat(queue.droppedCount()).isEqualTo(1);
  }

  @Test
  void refusesFramesWhenTheLoopsPoolIsExhausted() {
    OutboundFramePool small = new OutboundFramePool(FRAME, 3, 1, 1);
    OutboundAudioQueue first = new OutboundAudioQueue(small, 20, 100);
    OutboundAudioQueue second = new OutboundAudioQueue(small, 20, 100);
    first.offer(frame(0), 0, 1);

    assertThat(second.offer(frame(0), 0, 2)).isFalse();
    first.close();
    assertThat(second.offer(frame(0), 0, 2)).isTrue();
    second.close();
    assertThat(small.chunksInUse()).isZero();
  }

  @Test
  void closeReturnsTheChunksAndRefusesLaterFrames() {
    OutboundAudioQueue queue = new OutboundAudioQueue(pool, 20, 100);
    queue.offer(frame(0), 0, 1);
    queue.close();

    assertThat(pool.chunksInUse()).isZero();
    assertThat(queue.offer(frame(1), 0, 1)).isFalse();
    queue.close(); // idempotent
  }

  @Test
  void noTagIsNotATag() {
    OutboundAudioQueue queue = new OutboundAudioQueue(pool, 20, 100);

    assertThatThrownBy(() -> queue.offer(frame(0), 0, OutboundAudioQueue.NO_TAG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("NO_TAG is not a tag");
  }

  @Test
  void steadyStateAllocatesNothingPerFrame() {
    OutboundAudioQueue queue = new OutboundAudioQueue(pool, 20, 100);
    byte[] frame = frame(1);
    ByteBuf target = Unpooled.wrappedBuffer(new byte[FRAME]);

    long allocated =
        Allocations.bytesAllocatedBy(
            10_000,
            () -> {
              queue.offer(frame, 0, 1);
              queue.offer(frame, 0, 2);
              target.clear();
              queue.poll(target);
              target.clear();
              queue.poll(target);
            });

    // Under a byte per iteration: one object per packet would be 16 bytes or more each time;
    // what remains is the measurement's own noise.
    assertThat(allocated).isLessThan(10_000);
    target.release();
  }
}
