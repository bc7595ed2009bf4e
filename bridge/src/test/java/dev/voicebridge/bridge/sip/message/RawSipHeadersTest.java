package dev.voicebridge.bridge.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RawSipHeadersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CRLF | 'A: b\\r\\n\\r\\nbody' | 8",
        "bare LF | 'A: b\\n\\nbody' | 6",
        "LF then CRLF | 'A: b\\n\\r\\nbody' | 7",
        "incomplete | 'A: b\\r\\n' | -1",
      })
  void findsTheEmptyLineEndingTheHeaders(String name, String text, int expected) {
    byte[] bytes = unescape(text);

    assertThat(RawSipHeaders.headerEnd(bytes, bytes.length)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "long form | 'Via: x\\r\\nContent-Length: 12\\r\\n\\r\\n' | 12",
        "compact form | 'Via: x\\r\\nl:7\\r\\n\\r\\n' | 7",
        "odd case and spaces | 'content-LENGTH  :  3 \\r\\n\\r\\n' | 3",
        "absent | 'Via: x\\r\\nContent-Type: a/b\\r\\n\\r\\n' | -1",
        "header named like it | 'Content-Length-X: 5\\r\\n\\r\\n' | -1",
      })
  void readsContentLength(String name, String text, int expected) throws ParseException {
    byte[] bytes = unescape(text);

    assertThat(RawSipHeaders.contentLength(bytes, bytes.length)).isEqualTo(expected);
  }

  @Test
  void rejectsConflictingContentLengths() {
    byte[] bytes = unescape("Content-Length: 1\\r\\nl: 2\\r\\n\\r\\n");

    assertThatThrownBy(() -> RawSipHeaders.contentLength(bytes, bytes.length))
        .isInstanceOf(ParseException.class)
        .hasMessage("Conflicting Content-Length headers");
  }

  @Test
  void rejectsNonNumericContentLength() {
    byte[] bytes = unescape("Content-Length: ten\\r\\n\\r\\n");

    assertThatThrownBy(() -> RawSipHeaders.contentLength(bytes, bytes.length))
        .isInstanceOf(ParseException.class)
        .hasMessage("Malformed Content-Length: ten");
  }

  private static byte[] unescape(String text) {
    return text.replace("\\r", "\r").replace("\\n", "\n").getBytes(StandardCharsets.US_ASCII);
  }
}
