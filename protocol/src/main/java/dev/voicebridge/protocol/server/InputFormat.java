package dev.voicebridge.protocol.server;

/** The values of {@code session.input_audio_format} and the sampling rates each allows. */
enum InputFormat {
  /** Little-endian 16-bit PCM, mono, at 24000 Hz (default) or 16000 Hz. */
  PCM16("pcm16", 24000),
  /** G.711 mu-law at 8000 Hz, one byte per sample. */
  G711_ULAW("g711_ulaw", 8000),
  /** G.711 A-law at 8000 Hz, one byte per sample. */
  G711_ALAW("g711_alaw", 8000);

  private final String wireName;
  private final int defaultRate;

  InputFormat(String wireName, int defaultRate) {
    this.wireName = wireName;
    this.defaultRate = defaultRate;
  }

  /** The documented spelling, written back in {@code session.updated}. */
  String wireName() {
    return wireName;
  }

  /** The rate the session takes when the client names this format without a rate. */
  int defaultRate() {
    return defaultRate;
  }

  /** Whether the service accepts this sampling rate for this format. */
  boolean allowsRate(int rate) {
    return this == PCM16 ? rate == 16000 || rate == 24000 : rate == 8000;
  }

  /** Bytes on the wire per sample. */
  int bytesPerSample() {
    return this == PCM16 ? 2 : 1;
  }

  /** Parses a wire value; SDKs have shipped hyphens, so both spellings are accepted. */
  static InputFormat fromWire(String value) {
    String normalized = value.replace('-', '_');
    for (InputFormat format : values()) {
      if (format.wireName.equals(normalized)) {
        return format;
      }
    }
    return null;
  }
}
