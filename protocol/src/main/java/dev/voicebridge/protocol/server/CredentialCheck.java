package dev.voicebridge.protocol.server;

import io.netty.handler.codec.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides whether an upgrade request carries an accepted credential, in any of the service's four
 * places: the {@code api-key} header or query parameter, or {@code Authorization: Bearer} as a
 * header or query parameter (browsers cannot set headers on a WebSocket).
 *
 * <p>Comparisons take constant time, and nothing here logs a credential.
 */
final class CredentialCheck {
  private static final String BEARER = "bearer ";

  private final String apiKey;
  private final String bearerToken;

  CredentialCheck(LocalServerConfig config) {
    this.apiKey = config.apiKey();
    this.bearerToken = config.bearerToken();
  }

  /** Whether the request may open a session. */
  boolean accepts(HttpHeaders headers, Map<String, List<String>> query) {
    if (apiKey == null && bearerToken == null) {
      return true;
    }
    String key = firstOf(headers.get("api-key"), query(query, "api-key"));
    if (apiKey != null && key != null && same(key, apiKey)) {
      return true;
    }
    String authorization = firstOf(headers.get("Authorization"), query(query, "authorization"));
    if (bearerToken == null || authorization == null) {
      return false;
    }
    if (!authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
      return false;
    }
    return same(authorization.substring(BEARER.length()).trim(), bearerToken);
  }

  private static String firstOf(String header, String queryValue) {
    return header != null ? header : queryValue;
  }

  /** Query parameter names are matched without case: SDKs send both {@code Authorization} forms. */
  private static String query(Map<String, List<String>> query, String name) {
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  private static boolean same(String presented, String expected) {
    return MessageDigest.isEqual(
        presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
