package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SampleArraysTest {

  @Test
  void borrowWithNothingSpareAllocatesWithHeadroom() {
    short[] array = new SampleArrays().borrow(48_000);

    assertThat(array).hasSize(60_000);
  }

  @Test
  void aGivenBackArrayIsLentAgainWhenItFits() {
    SampleArrays arrays = new SampleArrays();
    short[] turn = arrays.borrow(1000);
    arrays.giveBack(turn);

    assertThat(arrays.borrow(1100)).isSameAs(turn);
    assertThat(arrays.spareCount()).isZero();
  }

  @Test
  void aSpareThatIsTooSmallIsNotLent() {
    SampleArrays arrays = new SampleArrays();
    short[] small = new short[100];
    arrays.giveBack(small);

    short[] borrowed = arrays.borrow(101);

    assertThat(borrowed).isNotSameAs(small).hasSizeGreaterThanOrEqualTo(101);
    assertThat(arrays.spareCount()).isEqualTo(1);
  }

  @Test
  void theSmallestSpareThatFitsIsLent() {
    SampleArrays arrays = new SampleArrays();
    short[] large = new short[5000];
    short[] medium = new short[2000];
    arrays.giveBack(large);
    arrays.giveBack(medium);

    assertThat(arrays.borrow(1500)).isSameAs(medium);
    assertThat(arrays.borrow(1500)).isSameAs(large);
  }

  @Test
  void whenFullTheSmallestSpareMakesWayForALargerOne() {
    SampleArrays arrays = new SampleArrays();
    for (int i = 1; i <= SampleArrays.SPARE; i++) {
      arrays.giveBack(new short[i * 100]);
    }
    short[] larger = new short[10_000];
    arrays.giveBack(larger);
    arrays.giveBack(new short[50]);

    assertThat(arrays.spareCount()).isEqualTo(SampleArrays.SPARE);
    assertThat(arrays.borrow(150)).hasSize(200);
    assertThat(arrays.borrow(9000)).isSameAs(larger);
  }
}
