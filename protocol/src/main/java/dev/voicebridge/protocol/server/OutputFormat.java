package dev.voicebridge.protocol.server;

/** The values of {@code output_audio_format}: an encoding and a fixed sampling rate. */
enum OutputFormat {
  /** Little-endian 16-bit PCM at 24000 Hz. */
  PCM16("pcm16", 24000),
  /** Little-endian 16-bit PCM at 8000 Hz. */
  PCM16_8000HZ("pcm16_8000hz", 8000),
  /** Little-endian 16-bit PCM at 16000 Hz. */
  PCM16_16000HZ("pcm16_16000hz", 16000),
  /** G.711 mu-law at 8000 Hz. */
  G711_ULAW("g711_ulaw", 8000),
  /** G.711 A-law at 8000 Hz. */
  G711_ALAW("g711_alaw", 8000);

  private final String wireName;
  private final int sampleRate;

  OutputFormat(String wireName, int sampleRate) {
    this.wireName = wireName;
    this.sampleRate = sampleRate;
  }

  /** The documented, underscored spelling; the hyphenated SDK spellings are never written. */
  String wireName() {
    return wireName;
  }

  int sampleRate() {
    return sampleRate;
  }

  /** Bytes on the wire per sample. */
  int bytesPerSample() {
    return this == G711_ULAW || this == G711_ALAW ? 1 : 2;
  }

  /**
   * Parses a wire value. Python 1.0 and Java beta.1 SDKs send {@code pcm16-8000hz}, so hyphens are
   * read as underscores.
   */
  static OutputFormat fromWire(String value) {
    String normalized = value.replace('-', '_');
    for (OutputFormat format : values()) {
      if (format.wireName.equals(normalized)) {
        return format;
      }
    }
    return null;
  }
}
