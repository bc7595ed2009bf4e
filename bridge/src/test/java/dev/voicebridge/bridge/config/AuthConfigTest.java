package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthConfigTest {

  @Test
  void readsTheKeyAndTokenFromTheConventionalVariables() throws Exception {
    AuthConfig auth = auth("", Map.of("VOICELIVE_API_KEY", "key-1", "VOICELIVE_TOKEN", "tok-1"));

    assertThat(auth.apiKey().map(Secret::reveal)).contains("key-1");
    assertThat(auth.token().map(Secret::reveal)).contains("tok-1");
    assertThat(auth.describe()).isEqualTo("API key");
  }

  @Test
  void readsVariablesTheYamlNames() throws Exception {
    AuthConfig auth = auth("voice-live:\n  auth:\n    token-env: AZ_TOKEN\n",
        Map.of("AZ_TOKEN", "tok-2", "VOICELIVE_TOKEN", "ignored"));

    assertThat(auth.token().map(Secret::reveal)).contains("tok-2");
    assertThat(auth.describe()).isEqualTo("Entra bearer token from $AZ_TOKEN");
  }

  @Test
  void prefersTheVariableOverAKeyWrittenInTheFile() throws Exception {
    String yaml = "voice-live:\n  auth:\n    api-key: from-file\n";

    assertThat(auth(yaml, Map.of("VOICELIVE_API_KEY", "from-env")).apiKey().map(Secret::reveal))
        .contains("from-env");
    assertThat(auth(yaml, Map.of()).apiKey().map(Secret::reveal)).contains("from-file");
  }

  @Test
  void ignoresEmptyVariablesAndReportsNoCredential() throws Exception {
    AuthConfig auth = auth("", Map.of("VOICELIVE_API_KEY", "  "));

    assertThat(auth.hasCredential()).isFalse();
    assertThat(auth.describe()).isEqualTo("no credentials");
  }

  @Test
  void refusesAVariableNameTheShellCannotSet() {
    assertThatThrownBy(() -> new AuthConfig("MY-KEY", "T", Optional.empty(), Optional.empty()))
        .hasMessage("api-key-env: must be an environment variable name, got 'MY-KEY'");
  }

  @Test
  void printsTheKeyMasked() {
    AuthConfig auth = new AuthConfig("K", "T", Optional.of(Secret.of("sk-9")), Optional.empty());

    assertThat(auth.toString()).doesNotContain("sk-9").contains("****");
  }

  private static AuthConfig auth(String yaml, Map<String, String> env) throws ConfigException {
    return new ConfigLoader(env).yaml(yaml, "t.yaml").load().voiceLive().auth();
  }
}
