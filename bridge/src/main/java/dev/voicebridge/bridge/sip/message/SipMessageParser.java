package dev.voicebridge.bridge.sip.message;

import dev.voicebridge.bridge.sip.SipProtocolException;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.StringMsgParser;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Arrays;

/**
 * Turns the bytes of one whole SIP message (a datagram, or a message framed off a stream) into an
 * {@link InboundSipMessage}, wrapping JAIN-SIP's {@link StringMsgParser}.
 *
 * <p>The body is cut here rather than by JAIN-SIP, which ignores a Content-Length shorter than
 * the bytes that follow and drops the body when Content-Length is missing. RFC 3261 §18.3: a
 * missing Content-Length over UDP means the body is the rest of the datagram; extra bytes after
 * Content-Length are discarded; a Content-Length beyond the datagram is a broken message.
 *
 * <p>Thread-safe: one instance serves every channel.
 */
public final class SipMessageParser {
  private static final String VERSION = "SIP/2.0";

  private final StringMsgParser parser = new StringMsgParser();

  /** Creates a parser; installs the SLF4J bridge JAIN-SIP needs before it first parses. */
  public SipMessageParser() {
    Slf4jStackLogger.install();
  }

  /**
   * Parses a message.
   *
   * @param bytes exactly one message (keep-alives already removed)
   * @param sender where it came from
   * @return the message, with a defect if it is a request the bridge must refuse
   * @throws ParseException if the message cannot be parsed, or is a request too broken to answer
   *     (no usable top Via), or a response missing a header needed to match it
   */
  public InboundSipMessage parse(byte[] bytes, InetSocketAddress sender) throws ParseException {
    int headerEnd = RawSipHeaders.headerEnd(bytes, bytes.length);
    if (headerEnd < 0) {
      throw new ParseException("No empty line after the headers", bytes.length);
    }
    MalformedHeaderRecorder malformed = new MalformedHeaderRecorder();
    SIPMessage message;
    try {
      message = parser.parseSIPMessage(Arrays.copyOf(bytes, headerEnd), false, false, malformed);
    } catch (RuntimeException e) {
      // JAIN-SIP reports some malformed start lines as NullPointerException or
      // IllegalArgumentException rather than ParseException.
      ParseException parseException = new ParseException("Unparseable message: " + e, 0);
      parseException.initCause(e);
      throw parseException;
    }
    if (message == null || !hasStartLine(message)) {
      throw new ParseException("No request or status line", 0);
    }
    setBody(message, bytes, headerEnd, RawSipHeaders.contentLength(bytes, headerEnd));
    if (message instanceof SIPResponse response) {
      String problem = !isSip20(bytes, false) ? "Version Not Supported"
          : malformed.problem != null ? malformed.problem
          : SipMessageValidator.validateResponse(response);
      if (problem != null) {
        throw new ParseException("Response dropped: " + problem, 0);
      }
      return new InboundSipMessage(message, sender, null);
    }
    SIPRequest request = (SIPRequest) message;
    SipProtocolException defect = !isSip20(bytes, true)
        ? new SipProtocolException(505, "Version Not Supported")
        : malformed.problem != null ? new SipProtocolException(400, malformed.problem)
        : SipMessageValidator.validateRequest(request);
    if (defect != null && !hasUsableVia(request)) {
      throw new ParseException("Request without a usable Via: " + defect.reasonPhrase(), 0);
    }
    return new InboundSipMessage(message, sender, defect);
  }

  private static boolean hasStartLine(SIPMessage message) {
    if (message instanceof SIPRequest request) {
      return request.getRequestLine() != null && request.getRequestURI() != null
          && request.getMethod() != null;
    }
    return message instanceof SIPResponse response && response.getStatusLine() != null;
  }

  private static boolean hasUsableVia(SIPRequest request) {
    Via via = request.getTopmostVia();
    return via != null && via.getHost() != null && via.getTransport() != null;
  }

  private static void setBody(SIPMessage message, byte[] bytes, int headerEnd, int contentLength)
      throws ParseException {
    int available = bytes.length - headerEnd;
    int length = contentLength == RawSipHeaders.ABSENT ? available : contentLength;
    if (length > available) {
      throw new ParseException(
          "Content-Length " + length + " exceeds the " + available + " bytes received", 0);
    }
    if (length > 0) {
      message.setMessageContent(Arrays.copyOfRange(bytes, headerEnd, headerEnd + length));
    } else {
      message.removeContent();
    }
  }

  // JAIN-SIP rewrites any version on the start line to SIP/2.0, so check the raw bytes.
  private static boolean isSip20(byte[] bytes, boolean request) {
    int lineEnd = 0;
    while (lineEnd < bytes.length && bytes[lineEnd] != '\r' && bytes[lineEnd] != '\n') {
      lineEnd++;
    }
    String line = new String(bytes, 0, lineEnd, StandardCharsets.US_ASCII).trim();
    return request
        ? line.regionMatches(true, line.length() - VERSION.length(), VERSION, 0, VERSION.length())
        : line.regionMatches(true, 0, VERSION, 0, VERSION.length());
  }

  /**
   * Fails the message instead of letting JAIN-SIP drop a header it cannot parse (its lenient
   * mode silently loses, say, a garbage Via). Recording rather than throwing lets the parser
   * finish, so the 400 that names the bad header still echoes the Call-ID and CSeq after it.
   */
  private static final class MalformedHeaderRecorder implements ParseExceptionListener {
    private String problem;

    @Override
    @SuppressWarnings("rawtypes") // the JAIN-SIP interface declares a raw Class
    public void handleException(
        ParseException ex, SIPMessage message, Class headerClass, String headerText,
        String messageText) {
      if (problem == null) {
        problem = describe(headerText);
      }
    }

    private static String describe(String headerText) {
      int colon = headerText == null ? -1 : headerText.indexOf(':');
      return colon <= 0
          ? "Malformed header line"
          : "Malformed " + headerText.substring(0, colon).trim() + " header";
    }
  }
}
