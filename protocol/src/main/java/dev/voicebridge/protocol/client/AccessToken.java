package dev.voicebridge.protocol.client;

import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token and the instant it stops being valid, as returned by an {@link
 * AccessTokenSupplier} (for example a Microsoft Entra ID token for {@code
 * https://ai.azure.com/.default}).
 *
 * <p>{@link #toString()} never shows the token: it is a secret.
 *
 * @param token the bearer token, sent as {@code Authorization: Bearer <token>}
 * @param expiresAt when the token expires; the client refreshes it a little before
 */
public record AccessToken(String token, Instant expiresAt) {

  /**
   * Checks the components.
   *
   * @param token the bearer token; not empty
   * @param expiresAt when the token expires
   */
  public AccessToken {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (token.isEmpty()) {
      throw new IllegalArgumentException("token is empty");
    }
  }

  @Override
  public String toString() {
    return "AccessToken[token=<redacted>, expiresAt=" + expiresAt + "]";
  }
}
