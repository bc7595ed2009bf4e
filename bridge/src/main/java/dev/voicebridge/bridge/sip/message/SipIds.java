package dev.voicebridge.bridge.sip.message;

import java.security.SecureRandom;

/**
 * Fresh identifiers: tags, branches and Call-IDs. RFC 3261 §19.3 asks for globally unique,
 * cryptographically random tags of at least 32 bits; these carry 64 (branches 96).
 */
public final class SipIds {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

  private SipIds() {}

  /** A To or From tag. */
  public static String newTag() {
    return random(13);
  }

  /** A Via branch with the RFC 3261 magic cookie (§8.1.1.7). */
  public static String newBranch() {
    return "z9hG4bK" + random(19);
  }

  /** A Call-ID local part; callers append {@code @host}. */
  public static String newCallId() {
    return random(20);
  }

  // 36^13 > 2^64, 36^19 > 2^96.
  private static String random(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = ALPHABET[(bytes[i] & 0xff) % ALPHABET.length];
    }
    return new String(chars);
  }
}
