package dev.voicebridge.bridge.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import gov.nist.core.CommonLogger;
import gov.nist.javax.sip.parser.StringMsgParser;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.junit.jupiter.api.Test;

class Slf4jStackLoggerTest {

  @Test
  void installsItselfOnceAsJainSipsLogger() {
    Slf4jStackLogger.install();
    var installed = CommonLogger.legacyLogger;

    Slf4jStackLogger.install();

    assertThat(installed).isInstanceOf(Slf4jStackLogger.class);
    assertThat(CommonLogger.legacyLogger).isSameAs(installed);
  }

  @Test
  void keepsJainSipFromThrowingAnErrorOnGarbage() {
    Slf4jStackLogger.install();

    // Without the logger this throws NoClassDefFoundError: org/apache/log4j/Priority (trap 1).
    Throwable thrown = catchThrowable(() -> new StringMsgParser().parseSIPMessage(
        "\u0000\u0001\r\n\r\n".getBytes(StandardCharsets.US_ASCII), true, false, null));

    assertThat(thrown == null || thrown instanceof ParseException)
        .as("thrown: %s", thrown).isTrue();
  }
}
