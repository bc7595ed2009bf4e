package dev.voicebridge.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import dev.voicebridge.protocol.client.VoiceLiveException.Kind;
import dev.voicebridge.protocol.client.testing.ServerConnection;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Keys and tokens reach the server and nowhere else: not logs, messages or toString(). */
class SecretsIT extends ClientTestSupport {

  private static final String KEY = "sk-SECRET-KEY-0123456789";
  private static final String TOKEN = "eyJ-SECRET-TOKEN-9876543210";

  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
  private final Map<Logger, Level> levels = new HashMap<>();

  @BeforeEach
  void captureEverything() {
    // Every configured logger (a logback-test.xml may quiet io.netty) logs at TRACE for now.
    for (Logger logger : root.getLoggerContext().getLoggerList()) {
      if (logger.getLevel() != null) {
        levels.put(logger, logger.getLevel());
        logger.setLevel(Level.TRACE);
      }
    }
    for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
      detached.add(it.next());
    }
    detached.forEach(root::detachAppender);
    logs.setContext(root.getLoggerContext());
    logs.start();
    root.addAppender(logs);
  }

  @AfterEach
  void restoreLogging() {
    levels.forEach(Logger::setLevel);
    root.detachAppender(logs);
    detached.forEach(root::addAppender);
  }

  @Test
  void apiKeyReachesTheServerButNoLogMessageOrToString() {
    VoiceLiveClientConfig config = config().credential(VoiceLiveCredential.apiKey(KEY)).build();
    RealtimeSession session = connect(config);
    ServerConnection connection = server.takeConnection();
    assertThat(connection.request().headers().get("api-key")).isEqualTo(KEY);
    listener.assertOpen();
    connection.sendText("not json");
    connection.sendText(fixture("session.created.json"));
    listener.assertEvent();
    session.close(1000, "bye");
    listener.assertClosing(1000, "bye");
    listener.assertClosed(1000, "bye");

    server.rejectUpgrades(HttpResponseStatus.UNAUTHORIZED);
    RealtimeSession rejected = connect(config);
    VoiceLiveException failure = listener.assertFailure(Kind.HANDSHAKE_REJECTED);
    listener.assertExhausted(rejected);

    assertNoSecretIn(config.toString(), session.toString(), rejected.toString());
    assertNoSecretIn(failure);
    assertNoSecretInLogs();
  }

  @Test
  void bearerTokenReachesTheServerButNoLogMessageOrToString() {
    AccessToken token = new AccessToken(TOKEN, Instant.now().plusSeconds(3600));
    VoiceLiveClientConfig config =
        config()
            .credential(VoiceLiveCredential.bearerToken(
                scope -> CompletableFuture.completedFuture(token)))
            .build();
    RealtimeSession session = connect(config);
    ServerConnection connection = server.takeConnection();
    assertThat(connection.request().headers().get(HttpHeaderNames.AUTHORIZATION))
        .isEqualTo("Bearer " + TOKEN);
    listener.assertOpen();
    connection.dropAbruptly();
    VoiceLiveException failure = listener.assertFailure(Kind.CONNECTION_LOST);

    assertNoSecretIn(config.toString(), session.toString(), token.toString());
    assertNoSecretIn(failure);
    assertNoSecretInLogs();
  }

  private void assertNoSecretInLogs() {
    assertThat(logs.list).as("captured log events").isNotEmpty();
    for (ILoggingEvent event : logs.list) {
      assertNoSecretIn(event.getFormattedMessage());
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        assertNoSecretIn(t.getMessage());
        for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
          assertNoSecretIn(frame.getSTEAsString());
        }
      }
    }
  }

  private static void assertNoSecretIn(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertNoSecretIn(t.getMessage(), t.toString());
    }
  }

  private static void assertNoSecretIn(String... texts) {
    for (String text : texts) {
      if (text != null) {
        assertThat(text).doesNotContain(KEY).doesNotContain(TOKEN);
      }
    }
  }
}
