package dev.voicebridge.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class VoiceLiveClientConfigTest {

  private static final String KEY = "k3y-that-must-never-leak";

  @Test
  void defaultsMatchTheDocumentedValues() {
    VoiceLiveClientConfig config = minimal().build();

    assertThat(config.apiVersion()).isEqualTo("2025-10-01");
    assertThat(config.subprotocol()).isEqualTo("realtime");
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.pingInterval()).isEqualTo(Duration.ofSeconds(20));
    assertThat(config.maxFrameBytes()).isEqualTo(10 * 1024 * 1024);
    assertThat(config.trustManagerFactory()).isNull();
  }

  @Test
  void toStringShowsNoSecrets() {
    VoiceLiveClientConfig config =
        minimal()
            .credential(VoiceLiveCredential.apiKey(KEY))
            .addHeader("x-secret", KEY)
            .addQueryParameter("api-key", KEY)
            .build();

    assertThat(config.toString())
        .doesNotContain(KEY)
        .contains("apiKey(<redacted>)", "extraHeaders=[x-secret]", "[api-key]");
  }

  @Test
  void credentialsAndTokensHideTheirSecretsInToString() {
    AccessToken token = new AccessToken(KEY, Instant.EPOCH);
    VoiceLiveCredential bearer =
        VoiceLiveCredential.bearerToken(scope -> CompletableFuture.completedFuture(token));

    assertThat(token.toString()).doesNotContain(KEY).contains("<redacted>");
    assertThat(VoiceLiveCredential.apiKey(KEY).toString()).doesNotContain(KEY);
    assertThat(bearer.toString()).contains("https://ai.azure.com/.default");
  }

  @Test
  void toBuilderRoundTrips() {
    VoiceLiveClientConfig config =
        minimal().addHeader("h", "v").pingInterval(Duration.ZERO).sendQueueLimits(10, 20).build();

    assertThat(config.toBuilder().build()).isEqualTo(config);
  }

  @Test
  void settingAnAgentClearsTheModelAndBack() {
    VoiceLiveClientConfig agent = minimal().agent(VoiceLiveAgent.of("a", "p")).build();
    VoiceLiveClientConfig model = agent.toBuilder().model("m").build();

    assertThat(agent.model()).isNull();
    assertThat(agent.agent()).isEqualTo(new VoiceLiveAgent("a", "p", null));
    assertThat(model.agent()).isNull();
    assertThat(model.model()).isEqualTo("m");
  }

  @Test
  void missingTargetIsRejected() {
    assertThatThrownBy(
            () -> VoiceLiveClientConfig.newBuilder()
                .endpoint("https://x").credential(VoiceLiveCredential.none()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exactly one of model and agent must be set");
  }

  @Test
  void softLimitAboveHardLimitIsRejected() {
    assertThatThrownBy(() -> minimal().sendQueueLimits(20, 10).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "need 0 < sendQueueSoftLimitBytes <= sendQueueHardLimitBytes, got 20 and 10");
  }

  @Test
  void badEndpointIsRejectedAtBuildTime() {
    assertThatThrownBy(() -> minimal().endpoint("ftp://x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("endpoint scheme must be");
  }

  private static VoiceLiveClientConfig.Builder minimal() {
    return VoiceLiveClientConfig.newBuilder()
        .endpoint("https://res.example.com")
        .model("gpt-realtime")
        .credential(VoiceLiveCredential.none());
  }
}
