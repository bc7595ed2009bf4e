package dev.voicebridge.protocol.client;

import java.time.Duration;

/**
 * How a session authenticates its WebSocket upgrade request.
 *
 * <p>Voice Live accepts an {@code api-key} header or an {@code Authorization: Bearer} header with
 * a Microsoft Entra ID token. Credentials never appear in logs, exception messages or {@code
 * toString()}.
 */
public sealed interface VoiceLiveCredential
    permits ApiKeyCredential, BearerTokenCredential, NoCredential {

  /** The Entra ID scope for Voice Live; the legacy {@code cognitiveservices} scope also works. */
  String DEFAULT_SCOPE = "https://ai.azure.com/.default";

  /**
   * How long before its expiry a cached token is refreshed, so it cannot expire in flight.
   */
  Duration DEFAULT_REFRESH_MARGIN = Duration.ofMinutes(5);

  /**
   * Authenticates with a resource key, sent as the {@code api-key} header.
   *
   * @param key the resource key; not empty
   * @return the credential
   */
  static VoiceLiveCredential apiKey(String key) {
    return new ApiKeyCredential(key);
  }

  /**
   * Authenticates with bearer tokens for {@link #DEFAULT_SCOPE}, cached until {@link
   * #DEFAULT_REFRESH_MARGIN} before they expire.
   *
   * @param supplier fetches tokens without blocking
   * @return the credential; share it between sessions so they share its cache
   */
  static VoiceLiveCredential bearerToken(AccessTokenSupplier supplier) {
    return new BearerTokenCredential(supplier, DEFAULT_SCOPE, DEFAULT_REFRESH_MARGIN);
  }

  /**
   * Authenticates with bearer tokens for a given scope.
   *
   * @param supplier fetches tokens without blocking
   * @param scope the OAuth scope passed to the supplier
   * @param refreshMargin how long before its expiry a cached token is fetched again
   * @return the credential; share it between sessions so they share its cache
   */
  static VoiceLiveCredential bearerToken(
      AccessTokenSupplier supplier, String scope, Duration refreshMargin) {
    return new BearerTokenCredential(supplier, scope, refreshMargin);
  }

  /**
   * Sends no credential, for a local Voice-Live-compatible server.
   *
   * @return the credential
   */
  static VoiceLiveCredential none() {
    return NoCredential.INSTANCE;
  }
}
