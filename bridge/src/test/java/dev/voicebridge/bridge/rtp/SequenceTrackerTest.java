package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SequenceTrackerTest {

  static Stream<Arguments> sequences() {
    return Stream.of(
        Arguments.of(
            "in order", new int[] {10, 11, 12}, "IN_ORDER IN_ORDER IN_ORDER", "exp=3 rcv=3 lost=0"),
        Arguments.of(
            "gap counts as lost",
            new int[] {10, 11, 14},
            "IN_ORDER IN_ORDER IN_ORDER",
            "exp=5 rcv=3 lost=2"),
        Arguments.of(
            "wrap",
            new int[] {65534, 65535, 0, 1},
            "IN_ORDER IN_ORDER IN_ORDER IN_ORDER",
            "exp=4 rcv=4 lost=0"),
        Arguments.of(
            "reorder across the wrap",
            new int[] {65535, 1, 0},
            "IN_ORDER IN_ORDER REORDERED",
            "exp=3 rcv=3 lost=0"),
        Arguments.of(
            "duplicate",
            new int[] {5, 6, 6, 5},
            "IN_ORDER IN_ORDER DUPLICATE DUPLICATE",
            "exp=2 rcv=2 lost=0"),
        Arguments.of(
            "unconfirmed jump is dropped",
            new int[] {100, 101, 30000, 102},
            "IN_ORDER IN_ORDER JUMP IN_ORDER",
            "exp=3 rcv=3 lost=0"),
        Arguments.of(
            "confirmed jump restarts the count",
            new int[] {100, 101, 30000, 30001, 30002},
            "IN_ORDER IN_ORDER JUMP IN_ORDER IN_ORDER",
            "exp=4 rcv=4 lost=0"),
        Arguments.of(
            "backwards beyond the misorder limit is a jump",
            new int[] {1000, 1001, 800},
            "IN_ORDER IN_ORDER JUMP",
            "exp=2 rcv=2 lost=0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sequences")
  void classifies(String name, int[] seqs, String orders, String counts) {
    SequenceTracker tracker = new SequenceTracker();

    String actual =
        Arrays.stream(seqs)
            .mapToObj(seq -> tracker.accept(seq).name())
            .collect(Collectors.joining(" "));

    assertThat(actual).isEqualTo(orders);
    assertThat(
            "exp=" + tracker.expected() + " rcv=" + tracker.received() + " lost=" + tracker.lost())
        .isEqualTo(counts);
  }

  @Test
  void restartKeepsTheTotals() {
    SequenceTracker tracker = new SequenceTracker();
    tracker.accept(1);
    tracker.accept(3); // 2 lost
    tracker.restartAt(50000); // a new SSRC

    tracker.accept(50002); // 50001 lost

    assertThat(tracker.expected()).isEqualTo(6);
    assertThat(tracker.received()).isEqualTo(4);
    assertThat(tracker.lost()).isEqualTo(2);
  }
}
