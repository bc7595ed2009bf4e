package dev.voicebridge.protocol.client;

/** The absence of a credential, for servers that do not authenticate. */
final class NoCredential implements VoiceLiveCredential {

  static final NoCredential INSTANCE = new NoCredential();

  private NoCredential() {}

  @Override
  public String toString() {
    return "VoiceLiveCredential.none()";
  }
}
