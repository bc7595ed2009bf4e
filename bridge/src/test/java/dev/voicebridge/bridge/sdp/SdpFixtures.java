package dev.voicebridge.bridge.sdp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the CRLF SDP fixtures stored next to the tests. */
final class SdpFixtures {
  private SdpFixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = SdpFixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static SessionDescription parse(String name) throws SdpNegotiationException {
    return SessionDescription.parse(bytes(name));
  }

  /** Inline SDP written with \n, sent as the CRLF a device would send. */
  static byte[] crlf(String sdp) {
    return sdp.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
  }
}
