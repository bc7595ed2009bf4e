package dev.voicebridge.bridge.sdp;

import dev.voicebridge.bridge.sdp.ConnectionAddress.AddressType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A strict, single-use parser for one SDP body (RFC 8866 §5), producing a {@link
 * SessionDescription}.
 *
 * <p>Strict where a mistake would mislead the negotiation: required lines ({@code v=0}, {@code
 * o=}, {@code s=}, {@code t=}, a connection address for every active stream), field counts,
 * address types, port ranges, and type letters (RFC 8866 §5: a description with a type letter
 * the parser does not understand is to be ignored or rejected). Lenient where real devices
 * differ harmlessly: bare LF line endings (RFC 8866 §5 allows parsers to accept them), trailing
 * blank lines, the order of session-level lines, and a missing {@code c=} on a rejected stream.
 */
final class SdpParser {
  /** Far above any telephony offer (a WebRTC offer is ~6 KiB); bounds work on hostile input. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private static final String SESSION_LETTERS = "vosiuepcbtrzka";
  private static final String MEDIA_LETTERS = "icbka";

  private final byte[] body;
  private int lineNumber;

  private SdpOrigin origin;
  private String sessionName;
  private boolean timing;
  private ConnectionAddress sessionConnection;
  private final List<SdpAttribute> sessionAttributes = new ArrayList<>();
  private final List<MediaDescription> media = new ArrayList<>();

  // The media section being read; null while still at session level.
  private MediaLine mediaLine;
  private ConnectionAddress mediaConnection;
  private List<SdpAttribute> mediaAttributes;

  SdpParser(byte[] body) {
    this.body = body;
  }

  SessionDescription parse() throws SdpNegotiationException {
    if (body == null || body.length == 0) {
      throw SdpNegotiationException.malformed("empty SDP body");
    }
    if (body.length > MAX_BODY_BYTES) {
      throw SdpNegotiationException.malformed(
          "SDP body of " + body.length + " bytes exceeds " + MAX_BODY_BYTES);
    }
    List<String> lines = lines(new String(body, StandardCharsets.UTF_8));
    for (String line : lines) {
      lineNumber++;
      readLine(line);
    }
    finishMediaSection();
    if (origin == null) {
      throw SdpNegotiationException.malformed("missing o= line");
    }
    if (sessionName == null) {
      throw SdpNegotiationException.malformed("missing s= line");
    }
    if (!timing) {
      throw SdpNegotiationException.malformed("missing t= line");
    }
    return new SessionDescription(
        origin, sessionName, Optional.ofNullable(sessionConnection), sessionAttributes, media);
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    lines.replaceAll(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private void readLine(String line) throws SdpNegotiationException {
    if (line.length() < 2 || line.charAt(1) != '=') {
      throw error("expected <type>=<value> but got '" + abbreviate(line) + "'");
    }
    char type = line.charAt(0);
    String value = line.substring(2);
    if (lineNumber == 1) {
      if (type != 'v' || !value.equals("0")) {
        throw error("SDP must start with v=0");
      }
      return;
    }
    if (type == 'm') {
      finishMediaSection();
      mediaLine = mediaLine(value);
      mediaConnection = null;
      mediaAttributes = new ArrayList<>();
      return;
    }
    boolean inMedia = mediaLine != null;
    if ((inMedia ? MEDIA_LETTERS : SESSION_LETTERS).indexOf(type) < 0) {
      throw error(SESSION_LETTERS.indexOf(type) < 0
          ? "unknown line type '" + type + "='"
          : "'" + type + "=' is not allowed inside a media section");
    }
    switch (type) {
      case 'v' -> throw error("duplicate v= line");
      case 'o' -> origin = once(origin, "o=", origin(value));
      case 's' -> sessionName = once(sessionName, "s=", value);
      case 't' -> timing = timing(value);
      case 'c' -> {
        if (inMedia) {
          mediaConnection = once(mediaConnection, "c=", connection(value));
        } else {
          sessionConnection = once(sessionConnection, "c=", connection(value));
        }
      }
      case 'a' -> (inMedia ? mediaAttributes : sessionAttributes).add(attribute(value));
      default -> {
        // i= u= e= p= b= r= z= k=: informational or unused by a telephony answerer.
      }
    }
  }

  private void finishMediaSection() throws SdpNegotiationException {
    if (mediaLine == null) {
      return;
    }
    // RFC 8866 §5.7 requires a c= line per active stream when there is none at session level.
    // Some devices omit it on streams they reject, which is harmless: nothing is sent there.
    if (mediaConnection == null && sessionConnection == null && mediaLine.port != 0) {
      lineNumber = mediaLine.lineNumber;
      throw error("m=" + mediaLine.mediaType + " has no c= line and none at session level");
    }
    media.add(new MediaDescription(mediaLine.mediaType, mediaLine.port, mediaLine.protocol,
        mediaLine.formats, Optional.ofNullable(mediaConnection), mediaAttributes));
    mediaLine = null;
  }

  private record MediaLine(
      int lineNumber, String mediaType, int port, String protocol, List<String> formats) {}

  private MediaLine mediaLine(String value) throws SdpNegotiationException {
    String[] fields = fields(value);
    if (fields.length < 4) {
      throw error("m= needs <media> <port> <proto> <fmt> ... but got '" + value + "'");
    }
    // "<port>/<number of ports>" (RFC 8866 §5.14) is for layered multicast; only the first counts.
    String portText = fields[1].split("/", 2)[0];
    int port = number(portText, MediaDescription.MAX_PORT, "m= port");
    return new MediaLine(
        lineNumber, fields[0], port, fields[2], List.of(fields).subList(3, fields.length));
  }

  private SdpOrigin origin(String value) throws SdpNegotiationException {
    String[] fields = fields(value);
    if (fields.length != 6) {
      throw error("o= needs 6 fields but got '" + value + "'");
    }
    return new SdpOrigin(fields[0], fields[1], fields[2], address(fields[3], fields[4], fields[5]));
  }

  private ConnectionAddress connection(String value) throws SdpNegotiationException {
    String[] fields = fields(value);
    if (fields.length != 3) {
      throw error("c= needs <nettype> <addrtype> <address> but got '" + value + "'");
    }
    // A multicast address carries "/ttl[/count]"; the address alone is what we would send to.
    return address(fields[0], fields[1], fields[2].split("/", 2)[0]);
  }

  private ConnectionAddress address(String netType, String addressType, String address)
      throws SdpNegotiationException {
    if (!netType.equals("IN")) {
      throw error("network type '" + netType + "' is not IN");
    }
    AddressType type;
    try {
      type = AddressType.valueOf(addressType);
    } catch (IllegalArgumentException e) {
      throw error("address type '" + addressType + "' is neither IP4 nor IP6");
    }
    if (address.isEmpty()) {
      throw error("empty address");
    }
    return new ConnectionAddress(type, address);
  }

  private boolean timing(String value) throws SdpNegotiationException {
    String[] fields = fields(value);
    if (fields.length != 2) {
      throw error("t= needs <start> <stop> but got '" + value + "'");
    }
    number(fields[0], Long.MAX_VALUE, "t= start");
    number(fields[1], Long.MAX_VALUE, "t= stop");
    return true;
  }

  private SdpAttribute attribute(String value) throws SdpNegotiationException {
    int colon = value.indexOf(':');
    String name = colon < 0 ? value : value.substring(0, colon);
    if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
      throw error("bad attribute name in 'a=" + abbreviate(value) + "'");
    }
    return new SdpAttribute(name, colon < 0 ? "" : value.substring(colon + 1));
  }

  private int number(String text, long max, String what) throws SdpNegotiationException {
    // Digits only: Long.parseLong would also take "+5", which the SDP grammar does not.
    if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        long number = Long.parseLong(text);
        if (number <= max) {
          return (int) Math.min(number, Integer.MAX_VALUE);
        }
      } catch (NumberFormatException tooLong) {
        // falls through to the error below
      }
    }
    throw error(what + " '" + abbreviate(text) + "' is not a number 0-" + max);
  }

  private <T> T once(T previous, String line, T value) throws SdpNegotiationException {
    if (previous != null) {
      throw error("more than one " + line + " line here");
    }
    return value;
  }

  private static String[] fields(String value) {
    String trimmed = value.strip();
    return trimmed.isEmpty() ? new String[0] : trimmed.split(" +");
  }

  private SdpNegotiationException error(String reason) {
    return SdpNegotiationException.malformed("malformed SDP, line " + lineNumber + ": " + reason);
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
