package dev.voicebridge.bridge.sdp;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address of a {@code c=} or {@code o=} line: network type {@code IN}, an address type and
 * the address text (RFC 8866 §5.7).
 *
 * <p>The text is kept as written because RFC 8866 allows a host name here. The bridge itself only
 * sends RTP to IP literals ({@link #toInetAddress()}), which never triggers a DNS lookup: a name
 * would block the call's event loop.
 *
 * @param addressType {@code IP4} or {@code IP6}
 * @param address the unicast address or host name, without the multicast {@code /ttl} suffix
 */
public record ConnectionAddress(AddressType addressType, String address) {

  /** The address types RFC 8866 §5.7 defines for network type {@code IN}. */
  public enum AddressType {
    /** IPv4. */
    IP4,
    /** IPv6. */
    IP6
  }

  private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
  private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the address is blank or contains white space
   */
  public ConnectionAddress {
    Objects.requireNonNull(addressType, "addressType");
    Objects.requireNonNull(address, "address");
    if (address.isEmpty() || address.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("not an SDP address: '" + address + "'");
    }
  }

  /**
   * The address of an IP literal.
   *
   * @param address an IPv4 or IPv6 address
   * @return the matching {@code IN IP4} or {@code IN IP6} address
   */
  public static ConnectionAddress of(InetAddress address) {
    AddressType type = address instanceof Inet4Address ? AddressType.IP4 : AddressType.IP6;
    return new ConnectionAddress(type, address.getHostAddress());
  }

  /**
   * Whether this is the unspecified address {@code 0.0.0.0} (or {@code ::}): RFC 2543's way of
   * putting a call on hold, which RFC 3264 §8.4 still requires answerers to understand.
   */
  public boolean isUnspecified() {
    return toInetAddress().map(InetAddress::isAnyLocalAddress).orElse(false);
  }

  /**
   * The address as an {@link InetAddress} if it is an IP literal of its declared type; empty for
   * host names and for literals of the other family. Never resolves names.
   */
  public Optional<InetAddress> toInetAddress() {
    boolean literal =
        addressType == AddressType.IP4
            ? IPV4.matcher(address).matches()
            : IPV6_CHARS.matcher(address).matches();
    if (!literal) {
      return Optional.empty();
    }
    try {
      // Safe: a dotted quad or a string containing ':' is parsed as a literal, never looked up.
      return Optional.of(InetAddress.getByName(address));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** The value of a {@code c=} line: {@code IN IP4 192.0.2.1}. */
  public String toSdpValue() {
    return "IN " + addressType + " " + address;
  }
}
