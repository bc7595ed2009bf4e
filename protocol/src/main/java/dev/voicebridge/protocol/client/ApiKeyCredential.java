package dev.voicebridge.protocol.client;

import java.util.Objects;

/** A resource key sent as the {@code api-key} upgrade header. */
final class ApiKeyCredential implements VoiceLiveCredential {

  /** The header Voice Live reads the key from. */
  static final String HEADER = "api-key";

  private final String key;

  ApiKeyCredential(String key) {
    this.key = Objects.requireNonNull(key, "key");
    if (key.isEmpty()) {
      throw new IllegalArgumentException("api key is empty");
    }
  }

  String key() {
    return key;
  }

  @Override
  public String toString() {
    return "VoiceLiveCredential.apiKey(<redacted>)";
  }
}
