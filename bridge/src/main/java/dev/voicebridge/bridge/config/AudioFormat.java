package dev.voicebridge.bridge.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The audio format exchanged with Voice Live (YAML {@code audio-format}). The caller's side is
 * always G.711 at 8 kHz; this decides where the conversion happens.
 */
public enum AudioFormat {
  /** PCM16 at 24 kHz, the service's native rate: best recognition, the bridge resamples 8k-24k. */
  PCM16_24K("pcm16-24k"),
  /** PCM16 at 16 kHz: less bandwidth, still wideband for recognition. */
  PCM16_16K("pcm16-16k"),
  /** G.711 passthrough (g711_ulaw / g711_alaw, the call's law): no conversion in the bridge. */
  G711("g711");

  private final String yamlName;

  AudioFormat(String yamlName) {
    this.yamlName = yamlName;
  }

  /** The name used in YAML, e.g. {@code pcm16-24k}. */
  public String yamlName() {
    return yamlName;
  }

  /**
   * The format with a YAML name, case-insensitively.
   *
   * @param name e.g. {@code pcm16-24k}
   * @return the format, or empty
   */
  public static Optional<AudioFormat> of(String name) {
    return Arrays.stream(values())
        .filter(f -> f.yamlName.equals(name.toLowerCase(Locale.ROOT))).findFirst();
  }

  /** Reads a format from YAML text, naming the allowed values if it is none of them. */
  static AudioFormat parse(String name) {
    return of(name).orElseThrow(() -> new IllegalArgumentException("unknown audio format '" + name
        + "'; allowed: " + Arrays.stream(values()).map(AudioFormat::yamlName)
            .collect(Collectors.joining(", "))));
  }
}
