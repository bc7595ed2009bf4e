package dev.voicebridge.bridge.sip.message;

import gov.nist.core.CommonLogger;
import gov.nist.core.StackLogger;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes JAIN-SIP's internal logging to SLF4J.
 *
 * <p>Without it, the first log call inside the parser (for instance on a bare CRLF keep-alive)
 * reaches JAIN-SIP's default log4j 1.x logger, which the build excludes, and throws {@code
 * NoClassDefFoundError: org/apache/log4j/Priority}: an Error that escapes every {@code catch
 * (ParseException)}. {@link #install()} must run before the first message is parsed.
 */
public final class Slf4jStackLogger implements StackLogger {
  private static final Logger log = LoggerFactory.getLogger("gov.nist.javax.sip");

  private Slf4jStackLogger() {}

  /** Installs the bridge as JAIN-SIP's process-wide logger; idempotent. */
  public static synchronized void install() {
    if (!(CommonLogger.legacyLogger instanceof Slf4jStackLogger)) {
      CommonLogger.useLegacyLogger = true;
      CommonLogger.legacyLogger = new Slf4jStackLogger();
    }
  }

  @Override
  public void logStackTrace() {
    if (log.isTraceEnabled()) {
      log.trace("JAIN-SIP stack trace", new Throwable());
    }
  }

  @Override
  public void logStackTrace(int traceLevel) {
    logStackTrace();
  }

  @Override
  public int getLineCount() {
    return 0;
  }

  @Override
  public void logException(Throwable ex) {
    log.debug("JAIN-SIP exception", ex);
  }

  @Override
  public void logDebug(String message) {
    log.debug(message);
  }

  @Override
  public void logDebug(String message, Exception ex) {
    log.debug(message, ex);
  }

  @Override
  public void logTrace(String message) {
    log.trace(message);
  }

  // JAIN-SIP reports malformed peer input as errors; that is debug material for a server, the
  // bridge counts and logs the dropped message itself.
  @Override
  public void logFatalError(String message) {
    log.warn(message);
  }

  @Override
  public void logError(String message) {
    log.debug(message);
  }

  @Override
  public void logError(String message, Exception ex) {
    log.debug(message, ex);
  }

  @Override
  public void logWarning(String message) {
    log.debug(message);
  }

  @Override
  public void logInfo(String message) {
    log.debug(message);
  }

  @Override
  public boolean isLoggingEnabled() {
    return log.isDebugEnabled();
  }

  // JAIN-SIP guards its expensive message dumps with this; levels 32 (debug) and above are trace.
  @Override
  public boolean isLoggingEnabled(int logLevel) {
    return logLevel >= TRACE_DEBUG ? log.isTraceEnabled() : log.isDebugEnabled();
  }

  @Override
  public void disableLogging() {}

  @Override
  public void enableLogging() {}

  @Override
  public void setBuildTimeStamp(String buildTimeStamp) {}

  @Override
  public void setStackProperties(Properties stackProperties) {}

  @Override
  public String getLoggerName() {
    return log.getName();
  }
}
