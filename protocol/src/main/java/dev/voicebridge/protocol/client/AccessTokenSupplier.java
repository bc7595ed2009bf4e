package dev.voicebridge.protocol.client;

import java.util.concurrent.CompletableFuture;

/**
 * Fetches bearer tokens for {@link VoiceLiveCredential#bearerToken}, for example from Microsoft
 * Entra ID through the Azure Identity library.
 *
 * <p>The client calls this on a session's event loop, so it must return at once: do the fetch on
 * another thread and complete the future from there. Tokens are cached by the credential until
 * shortly before they expire, and concurrent connects share one fetch.
 */
@FunctionalInterface
public interface AccessTokenSupplier {

  /**
   * Starts fetching a token.
   *
   * @param scope the OAuth scope to ask for, such as {@code https://ai.azure.com/.default}
   * @return a future completed with the token, or exceptionally if it cannot be had
   */
  CompletableFuture<AccessToken> getToken(String scope);
}
