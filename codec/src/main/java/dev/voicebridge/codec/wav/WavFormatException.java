package dev.voicebridge.codec.wav;

import java.io.IOException;

/**
 * Signals a file that is not a WAVE file this package can read: not RIFF/WAVE at all, damaged, or
 * in a format it does not support. The message says which, with the offending value.
 */
public class WavFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what is wrong with the file, naming the offending value
   */
  public WavFormatException(String message) {
    super(message);
  }
}
