package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Output audio format types supported.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 *
 * <p>Python 1.0.x and Java beta.1 wrote {@code pcm16-8000hz} and {@code pcm16-16000hz} with hyphens
 * (an SDK bug); those spellings are read, and the documented underscore form is always written.
 */
public final class OutputAudioFormat extends ExpandableStringEnum {
  private static final Values<OutputAudioFormat> VALUES = new Values<>(OutputAudioFormat::new);

  /** 16-bit PCM at 24 kHz. */
  public static final OutputAudioFormat PCM16 = VALUES.known("pcm16");

  /** 16-bit PCM at 8 kHz. Also read from {@code pcm16-8000hz}. */
  public static final OutputAudioFormat PCM16_8000HZ = VALUES.known("pcm16_8000hz", "pcm16-8000hz");

  /** 16-bit PCM at 16 kHz. Also read from {@code pcm16-16000hz}. */
  public static final OutputAudioFormat PCM16_16000HZ =
      VALUES.known("pcm16_16000hz", "pcm16-16000hz");

  /** G.711 mu-law at 8 kHz. Also read from {@code g711-ulaw}. */
  public static final OutputAudioFormat G711_ULAW = VALUES.known("g711_ulaw", "g711-ulaw");

  /** G.711 A-law at 8 kHz. Also read from {@code g711-alaw}. */
  public static final OutputAudioFormat G711_ALAW = VALUES.known("g711_alaw", "g711-alaw");

  private OutputAudioFormat(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static OutputAudioFormat fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<OutputAudioFormat> values() {
    return VALUES.values();
  }
}
