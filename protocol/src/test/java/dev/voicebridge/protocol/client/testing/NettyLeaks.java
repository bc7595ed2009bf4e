package dev.voicebridge.protocol.client.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * Turns Netty's leak reports into test failures. Netty only logs a leak, when the garbage
 * collector finds an unreleased buffer and a later allocation is tracked; {@link #assertNone()}
 * forces both, then fails with what was reported.
 */
public final class NettyLeaks {

  private static final ListAppender<ILoggingEvent> REPORTS = install();

  private NettyLeaks() {}

  /** Starts listening for leak reports; call before the test allocates anything. */
  public static void watch() {
    // The appender is installed when this class initialises.
  }

  /**
   * Collects garbage, provokes leak reports and fails if there were any.
   *
   * @throws AssertionError listing the reports
   */
  public static void assertNone() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      System.runFinalization();
      for (int j = 0; j < 64; j++) {
        ByteBuf probe = PooledByteBufAllocator.DEFAULT.directBuffer(16);
        probe.release();
      }
    }
    List<String> leaks;
    synchronized (REPORTS) {
      leaks = REPORTS.list.stream()
          .map(ILoggingEvent::getFormattedMessage)
          .filter(message -> message.contains("LEAK"))
          .collect(Collectors.toList());
      REPORTS.list.clear();
    }
    if (!leaks.isEmpty()) {
      throw new AssertionError("Netty reported leaks:\n" + String.join("\n\n", leaks));
    }
  }

  private static ListAppender<ILoggingEvent> install() {
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    Logger logger = (Logger) LoggerFactory.getLogger("io.netty.util.ResourceLeakDetector");
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.setContext(logger.getLoggerContext());
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.ERROR);
    return appender;
  }
}
