package dev.voicebridge.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VoiceLiveEndpointTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "https://res.services.ai.azure.com, wss://res.services.ai.azure.com/voice-live/realtime",
    "https://res.services.ai.azure.com/, wss://res.services.ai.azure.com/voice-live/realtime",
    "wss://res.services.ai.azure.com, wss://res.services.ai.azure.com/voice-live/realtime",
    "http://127.0.0.1:8080, ws://127.0.0.1:8080/voice-live/realtime",
    "ws://localhost:9/, ws://localhost:9/voice-live/realtime",
    "HTTPS://Res.example.com, wss://Res.example.com/voice-live/realtime",
    "https://proxy.example.com/base/, wss://proxy.example.com/base/voice-live/realtime",
    "https://res.example.com/voice-live/realtime, wss://res.example.com/voice-live/realtime",
    "wss://res.example.com/openai/realtime, wss://res.example.com/openai/realtime",
    "http://[::1]:8080, ws://[::1]:8080/voice-live/realtime",
  })
  void endpointBecomesWebSocketUriOnTheRealtimePath(String endpoint, String expected) {
    assertThat(VoiceLiveEndpoint.webSocketUri(URI.create(endpoint), Map.of()))
        .isEqualTo(URI.create(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ftp://res.example.com, "
        + "'endpoint scheme must be https, wss, http or ws: ftp://res.example.com'",
    "res.example.com, 'endpoint scheme must be https, wss, http or ws: res.example.com'",
    "'https://res.example.com?api-key=s3cret', "
        + "'endpoint must not have a query or fragment; use addQueryParameter: "
        + "https://res.example.com?<redacted>'",
    "https://user:pw@res.example.com, endpoint must not carry user info",
  })
  void unusableEndpointIsRejectedWithoutEchoingSecrets(String endpoint, String message) {
    assertThatThrownBy(() -> VoiceLiveEndpoint.webSocketUri(URI.create(endpoint), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void modelModeSendsApiVersionAndModelFirstThenExtras() {
    VoiceLiveClientConfig config =
        base().model("gpt-realtime").addQueryParameter("profile", "byom x").build();

    assertThat(config.webSocketUri().toString())
        .isEqualTo(
            "wss://res.example.com/voice-live/realtime"
                + "?api-version=2025-10-01&model=gpt-realtime&profile=byom%20x");
  }

  @Test
  void agentModeSendsAgentParametersAndNoModel() {
    VoiceLiveClientConfig config =
        base()
            .apiVersion("2026-04-10")
            .agent(new VoiceLiveAgent("bank-agent", "my project", "3"))
            .build();

    assertThat(config.webSocketUri().toString())
        .isEqualTo(
            "wss://res.example.com/voice-live/realtime?api-version=2026-04-10"
                + "&agent-name=bank-agent&agent-project-name=my%20project&agent-version=3");
  }

  @Test
  void agentVersionIsLeftOutWhenNotSet() {
    VoiceLiveClientConfig config = base().agent(VoiceLiveAgent.of("a", "p")).build();

    assertThat(config.webSocketUri().getQuery())
        .isEqualTo("api-version=2025-10-01&agent-name=a&agent-project-name=p");
  }

  @Test
  void clientParametersWinOverExtraOnes() {
    VoiceLiveClientConfig config =
        base()
            .addQueryParameter("model", "other")
            .addQueryParameter("api-version", "1999-01-01")
            .addQueryParameter("x", "&=?")
            .model("gpt-realtime")
            .build();

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("api-version", "2025-10-01");
    expected.put("model", "gpt-realtime");
    expected.put("x", "&=?");
    assertThat(VoiceLiveEndpoint.queryParameters(config)).containsExactlyEntriesOf(expected);
    assertThat(config.webSocketUri().getRawQuery())
        .isEqualTo("api-version=2025-10-01&model=gpt-realtime&x=%26%3D%3F");
  }

  @Test
  void redactedUriKeepsNeitherQueryNorUserInfo() {
    URI uri = URI.create("wss://u:p@res.example.com:8443/voice-live/realtime?api-key=s3cret#f");

    assertThat(VoiceLiveEndpoint.redact(uri))
        .isEqualTo("wss://res.example.com:8443/voice-live/realtime?<redacted>");
  }

  private static VoiceLiveClientConfig.Builder base() {
    return VoiceLiveClientConfig.newBuilder()
        .endpoint("https://res.example.com")
        .credential(VoiceLiveCredential.none());
  }
}
