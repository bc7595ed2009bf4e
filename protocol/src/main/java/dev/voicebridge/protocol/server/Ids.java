package dev.voicebridge.protocol.server;

import java.util.concurrent.ThreadLocalRandom;

/** Identifiers in the service's shape: a prefix and random alphanumerics. */
final class Ids {
  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private Ids() {}

  /** E.g. {@code next("item_")} gives {@code item_Bq3x...}, 22 random characters long. */
  static String next(String prefix) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] id = new char[prefix.length() + 22];
    prefix.getChars(0, prefix.length(), id, 0);
    for (int i = prefix.length(); i < id.length; i++) {
      id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(id);
  }
}
