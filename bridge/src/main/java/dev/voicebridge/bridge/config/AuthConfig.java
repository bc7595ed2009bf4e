package dev.voicebridge.bridge.config;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the bridge authenticates to Voice Live (YAML {@code voice-live.auth}): an API key ({@code
 * api-key} header) or a Microsoft Entra bearer token ({@code Authorization: Bearer}).
 *
 * <p>Credentials come from environment variables whose names the YAML may change, so a
 * configuration file never needs to hold one. A key written into the YAML ({@code api-key}) is
 * accepted for development but the environment variable wins when both are set. Secrets print as
 * {@value Secret#MASK} everywhere. When both a key and a token are present, the key is used: it
 * does not expire mid-call.
 *
 * @param apiKeyEnv the environment variable holding the API key
 * @param tokenEnv the environment variable holding the Entra token
 * @param apiKey the resolved API key, if any
 * @param token the resolved Entra token, if any
 */
public record AuthConfig(
    String apiKeyEnv, String tokenEnv, Optional<Secret> apiKey, Optional<Secret> token) {

  /** The conventional variable for the key. */
  public static final String DEFAULT_API_KEY_ENV = "VOICELIVE_API_KEY";
  /** The conventional variable for the token. */
  public static final String DEFAULT_TOKEN_ENV = "VOICELIVE_TOKEN";
  /** No credentials: fine for the embedded local server. */
  public static final AuthConfig DEFAULTS =
      new AuthConfig(DEFAULT_API_KEY_ENV, DEFAULT_TOKEN_ENV, Optional.empty(), Optional.empty());

  /**
   * Checks the settings.
   *
   * @throws InvalidSettingException if a variable name is not a valid environment variable name
   */
  public AuthConfig {
    envName("api-key-env", apiKeyEnv);
    envName("token-env", tokenEnv);
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(token, "token");
  }

  /** Whether any credential is available. */
  public boolean hasCredential() {
    return apiKey.isPresent() || token.isPresent();
  }

  /** Where the credential in use comes from, safe to log: never the value. */
  public String describe() {
    if (apiKey.isPresent()) {
      return "API key";
    }
    return token.isPresent() ? "Entra bearer token from $" + tokenEnv : "no credentials";
  }

  static AuthConfig from(ConfigNode node, AuthConfig base) throws ConfigException {
    String apiKeyEnv = node.string("api-key-env", base.apiKeyEnv);
    String tokenEnv = node.string("token-env", base.tokenEnv);
    Optional<Secret> written = node.secret("api-key");
    node.checkNoUnknownKeys();
    Map<String, String> env = node.env();
    Optional<Secret> apiKey = fromEnv(env, apiKeyEnv).or(() -> written).or(base::apiKey);
    Optional<Secret> token = fromEnv(env, tokenEnv).or(base::token);
    return node.build(() -> new AuthConfig(apiKeyEnv, tokenEnv, apiKey, token));
  }

  private static Optional<Secret> fromEnv(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank()).map(Secret::of);
  }

  private static void envName(String key, String name) {
    if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new InvalidSettingException(key, "must be an environment variable name, got '"
          + name + "'");
    }
  }
}
