package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VoiceLiveConfigTest {

  @Test
  void defaultsToTheEmbeddedServerWithAPinnedApiVersionAndGptRealtime() {
    VoiceLiveConfig config = VoiceLiveConfig.DEFAULTS;

    assertThat(config.usesLocalServer()).isTrue();
    assertThat(config.endpointUri()).isEmpty();
    assertThat(config.apiVersion()).isEqualTo("2025-10-01");
    assertThat(config.model()).isEqualTo("gpt-realtime");
    assertThat(config.agent()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"wss://contoso.services.ai.azure.com",
      "https://contoso.cognitiveservices.azure.com/", "ws://127.0.0.1:8765"})
  void acceptsServiceEndpoints(String endpoint) {
    VoiceLiveConfig config = VoiceLiveConfig.newBuilder().endpoint(endpoint).build();

    assertThat(config.endpointUri()).contains(URI.create(endpoint));
    assertThat(config.usesLocalServer()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"contoso.services.ai.azure.com", "ftp://x.example",
      "wss://user:pass@x.example", "wss://"})
  void refusesEndpointsItCannotConnectTo(String endpoint) {
    assertThatThrownBy(() -> VoiceLiveConfig.newBuilder().endpoint(endpoint).build())
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("endpoint: must be a wss://, ws://, https:// or http:// URL with a host, got '"
            + endpoint + "'");
  }

  @Test
  void refusesAnApiVersionThatIsNotADate() {
    assertThatThrownBy(() -> VoiceLiveConfig.newBuilder().apiVersion("latest").build())
        .hasMessage("api-version: must look like 2025-10-01 or 2026-01-01-preview, got 'latest'");
  }

  @Test
  void switchesToAgentModeWhenAnAgentIsConfigured() throws Exception {
    VoiceLiveConfig config = ConfigLoaderTest.load(
        "voice-live:\n  agent:\n    name: bank\n    project: contoso\n").voiceLive();

    assertThat(config.agent()).contains(new AgentConfig("bank", "contoso", ""));
    assertThat(VoiceLiveConfig.newBuilder().agent(Optional.of(new AgentConfig("a", "p", "1")))
        .build().agent()).isPresent();
  }
}
