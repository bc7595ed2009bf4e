package dev.voicebridge.codec.wav;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the committed WAVE fixtures described in the README next to them. */
final class WavFixtures {

  private WavFixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = WavFixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
