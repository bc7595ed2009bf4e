package dev.voicebridge.protocol.server;

import io.netty.buffer.ByteBuf;
import java.util.concurrent.ThreadLocalRandom;

/** Identifiers in the service's shape: a prefix and random alphanumerics. */
final class Ids {
  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  /** How many random characters follow the prefix. */
  static final int RANDOM_LENGTH = 22;

  private Ids() {}

  /** E.g. {@code next("item_")} gives {@code item_Bq3x...}, 22 random characters long. */
  static String next(String prefix) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] id = new char[prefix.length() + RANDOM_LENGTH];
    prefix.getChars(0, prefix.length(), id, 0);
    for (int i = prefix.length(); i < id.length; i++) {
      id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(id);
  }

  /**
   * Writes what {@link #next} returns, as ASCII, without making the String: for the id of every
   * audio delta.
   *
   * @param prefix the prefix's ASCII bytes
   * @param out where the id goes, at its writer index
   */
  static void writeNext(byte[] prefix, ByteBuf out) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    out.writeBytes(prefix);
    for (int i = 0; i < RANDOM_LENGTH; i++) {
      out.writeByte(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
  }
}
