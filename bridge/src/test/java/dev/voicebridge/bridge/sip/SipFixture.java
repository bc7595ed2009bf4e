package dev.voicebridge.bridge.sip;

import dev.voicebridge.bridge.sip.message.InboundSipMessage;
import dev.voicebridge.bridge.sip.message.SipMessageParser;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CRLF SIP message from {@code src/test/resources/dev/voicebridge/bridge/sip/}, with {@code
 * ${name}} placeholders for what changes per test: branches, tags, ports, Call-ID.
 */
public final class SipFixture {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");
  private static final SipMessageParser PARSER = new SipMessageParser();

  /** Where the fixtures' default Via and Contact say the caller is. */
  public static final InetSocketAddress CALLER = new InetSocketAddress("127.0.0.1", 5062);

  private final String template;
  private final Map<String, String> values = new LinkedHashMap<>();

  private SipFixture(String template) {
    this.template = template;
    values.put("transport", "UDP");
    values.put("transport_lc", "udp");
    values.put("host", "127.0.0.1");
    values.put("port", "5062");
    values.put("branch", "z9hG4bK-branch-1");
    values.put("from_tag", "caller-tag");
    values.put("to_tag", "bridge-tag");
    values.put("call_id", "call-1@127.0.0.1");
    values.put("called", "4930123");
    values.put("bridge", "127.0.0.1:5060");
    values.put("cseq", "2");
    values.put("proxy_port", "5070");
  }

  /** Loads a fixture by file name, e.g. {@code invite-basic.sip}. */
  public static SipFixture load(String name) {
    try (InputStream in = SipFixture.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + name);
      }
      return new SipFixture(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets a placeholder value. */
  public SipFixture with(String name, Object value) {
    values.put(name, String.valueOf(value));
    return this;
  }

  /** Sets the transport placeholders (Via token and Contact parameter). */
  public SipFixture over(SipTransport transport) {
    return with("transport", transport.token())
        .with("transport_lc", transport.token().toLowerCase(Locale.ROOT));
  }

  /** The message text with every placeholder replaced. */
  public String text() {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalStateException("No value for ${" + matcher.group(1) + "}");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** The message bytes. */
  public byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  /** The message parsed as if received from {@link #CALLER}. */
  public InboundSipMessage inbound() {
    try {
      return PARSER.parse(bytes(), CALLER);
    } catch (ParseException e) {
      throw new IllegalStateException("Fixture does not parse", e);
    }
  }

  /** The message parsed, which must be a valid request. */
  public SIPRequest request() {
    InboundSipMessage inbound = inbound();
    if (inbound.defect() != null) {
      throw new IllegalStateException("Fixture has a defect: " + inbound.defect().getMessage());
    }
    return (SIPRequest) inbound.message();
  }

  /** The message parsed, which must be a response. */
  public SIPResponse response() {
    SIPMessage message = inbound().message();
    return (SIPResponse) message;
  }
}
