package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutboundFramePoolTest {

  @Test
  void reusesReturnedChunks() {
    OutboundFramePool pool = new OutboundFramePool(160, 50, 4, 4);
    OutboundFramePool.Chunk first = pool.acquire();
    pool.release(first);

    assertThat(pool.acquire()).isSameAs(first);
    assertThat(first.frames).hasSize(8000);
    assertThat(first.tags).hasSize(50);
  }

  @Test
  void refusesPastTheLoopWideCap() {
    OutboundFramePool pool = new OutboundFramePool(160, 50, 2, 2);
    OutboundFramePool.Chunk a = pool.acquire();
    OutboundFramePool.Chunk b = pool.acquire();

    assertThat(pool.acquire()).isNull();
    assertThat(pool.chunksInUse()).isEqualTo(2);
    pool.release(a);
    assertThat(pool.acquire()).isSameAs(a);
    pool.release(a);
    pool.release(b);
    assertThat(pool.chunksInUse()).isZero();
  }

  @Test
  void keepsOnlyTheConfiguredIdleChunks() {
    OutboundFramePool pool = new OutboundFramePool(160, 50, 10, 1);
    OutboundFramePool.Chunk a = pool.acquire();
    OutboundFramePool.Chunk b = pool.acquire();
    pool.release(a);
    pool.release(b);

    assertThat(pool.chunksIdle()).isEqualTo(1);
    assertThat(pool.retainedBytes()).isEqualTo(8000);
  }

  @Test
  void rejectsNonPositiveSizes() {
    assertThatThrownBy(() -> new OutboundFramePool(0, 50, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pool sizes must be positive");
  }
}
