package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Input audio format types supported.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 *
 * <p>Some OpenAI-era SDKs wrote the G.711 names with hyphens; those spellings are read too.
 */
public final class InputAudioFormat extends ExpandableStringEnum {
  private static final Values<InputAudioFormat> VALUES = new Values<>(InputAudioFormat::new);

  /** 16-bit PCM, 24 kHz by default ({@code input_audio_sampling_rate} may say 16000). */
  public static final InputAudioFormat PCM16 = VALUES.known("pcm16");

  /** G.711 mu-law at 8 kHz. Also read from {@code g711-ulaw}. */
  public static final InputAudioFormat G711_ULAW = VALUES.known("g711_ulaw", "g711-ulaw");

  /** G.711 A-law at 8 kHz. Also read from {@code g711-alaw}. */
  public static final InputAudioFormat G711_ALAW = VALUES.known("g711_alaw", "g711-alaw");

  private InputAudioFormat(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static InputAudioFormat fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<InputAudioFormat> values() {
    return VALUES.values();
  }
}
