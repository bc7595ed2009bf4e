package dev.voicebridge.bridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipLiveCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BridgeStatusReporterTest {
  private final List<String> lines = new ArrayList<>();
  private final BridgeStatusReporter reporter = new BridgeStatusReporter(lines::add);

  private static BridgeStatus withCalls(int calls, long ended) {
    return new BridgeStatus(calls, calls, calls, new SipLiveCounts(0, calls, 0),
        BridgeStatus.Pacing.NONE, 0, OptionalLong.empty(), ended, 0);
  }

  @Test
  void writesTheFirstStatus() {
    assertThat(reporter.report(withCalls(0, 0))).isTrue();

    assertThat(lines).containsExactly(withCalls(0, 0).toString());
  }

  @Test
  void skipsAStatusThatReadsAsTheLastLine() {
    reporter.report(withCalls(2, 0));

    assertThat(reporter.report(withCalls(2, 0))).isFalse();
    assertThat(lines).hasSize(1);
  }

  @Test
  void writesAgainWhenAnyCountChanged() {
    reporter.report(withCalls(2, 0));
    reporter.report(withCalls(2, 0));
    reporter.report(withCalls(0, 2));
    reporter.report(withCalls(0, 2));

    assertThat(lines).containsExactly(withCalls(2, 0).toString(), withCalls(0, 2).toString());
  }

  @Test
  void writesTheFinalStatusEvenUnchangedAndNothingAfterIt() {
    reporter.report(withCalls(0, 5));
    reporter.reportFinal(withCalls(0, 5));

    assertThat(reporter.report(withCalls(1, 5))).as("a late periodic status").isFalse();
    assertThat(lines).containsExactly(withCalls(0, 5).toString(), withCalls(0, 5).toString());
  }
}
