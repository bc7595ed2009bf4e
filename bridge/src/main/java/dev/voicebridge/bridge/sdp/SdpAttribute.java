package dev.voicebridge.bridge.sdp;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One {@code a=} line (RFC 8866 §5.13): a property attribute such as {@code a=sendonly} (empty
 * value) or a value attribute such as {@code a=rtpmap:0 PCMU/8000}.
 *
 * @param name the attribute name, before the first colon
 * @param value the text after the first colon, empty for a property attribute
 */
public record SdpAttribute(String name, String value) {

  // RFC 4568 §9.1: SDES carries the SRTP master key in the clear after "inline:".
  private static final Pattern INLINE_KEY = Pattern.compile("(inline:)[^\\s;]+");

  /** Checks the components. */
  public SdpAttribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("attribute name is empty");
    }
  }

  /**
   * A property attribute, {@code a=name}.
   *
   * @param name the attribute name
   * @return the attribute with an empty value
   */
  public static SdpAttribute property(String name) {
    return new SdpAttribute(name, "");
  }

  /** The line without its {@code a=} prefix: {@code rtpmap:0 PCMU/8000} or {@code sendonly}. */
  public String toSdpValue() {
    return value.isEmpty() ? name : name + ":" + value;
  }

  /**
   * The line as {@link #toSdpValue()} but with SRTP key material ({@code a=crypto} inline keys,
   * RFC 4568) masked, so that a logged offer never leaks the far end's media keys.
   */
  public String toMaskedSdpValue() {
    return name.equalsIgnoreCase("crypto")
        ? INLINE_KEY.matcher(toSdpValue()).replaceAll("$1****")
        : toSdpValue();
  }

  /** The masked line, {@code a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:****}. */
  @Override
  public String toString() {
    return "a=" + toMaskedSdpValue();
  }
}
