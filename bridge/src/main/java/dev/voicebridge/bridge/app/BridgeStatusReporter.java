package dev.voicebridge.bridge.app;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes {@link BridgeStatus} lines, skipping a periodic line identical to the last one written so
 * that an idle bridge stays quiet. Thread-safe: statuses complete on whichever loop answered last.
 */
final class BridgeStatusReporter {
  private final Consumer<String> out;
  private String last;
  private boolean closed;

  /**
   * A reporter writing to {@code out}.
   *
   * @param out receives each line (the bridge logs it at INFO)
   */
  BridgeStatusReporter(Consumer<String> out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * The periodic report: writes the status unless it reads as the last line written, or the final
   * line was written already (a slow periodic status must not follow it).
   *
   * @return whether a line was written
   */
  synchronized boolean report(BridgeStatus status) {
    String line = status.toString();
    if (closed || line.equals(last)) {
      return false;
    }
    write(line);
    return true;
  }

  /** The report on stop: always written, and the last one. */
  synchronized void reportFinal(BridgeStatus status) {
    closed = true;
    write(status.toString());
  }

  private void write(String line) {
    last = line;
    out.accept(line);
  }
}
