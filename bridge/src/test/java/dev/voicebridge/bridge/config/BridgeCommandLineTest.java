package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.config.BridgeCommandLine.Exit;
import dev.voicebridge.bridge.config.BridgeCommandLine.Result;
import dev.voicebridge.bridge.config.BridgeCommandLine.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BridgeCommandLineTest {

  @Test
  void runsWithTheDefaultsWhenGivenNothing() {
    assertThat(run()).isEqualTo(BridgeConfig.DEFAULTS);
  }

  @Test
  void printsUsageForHelpAndExitsZero() {
    Exit exit = exit(BridgeCommandLine.parse(new String[] {"--help"}, Map.of()));

    assertThat(exit.exitCode()).isZero();
    assertThat(exit.text()).startsWith("Usage: voicebridge").contains("--config=FILE",
        "--sip-port=N", "--rtp-ports=LO-HI", "--voicelive-endpoint=URL",
        "--advertised-address=IP", "--max-calls=N", "--log-level=LEVEL", "VOICELIVE_API_KEY");
  }

  @Test
  void printsTheVersionAndExitsZero() {
    Exit exit = exit(BridgeCommandLine.parse(new String[] {"--version"}, Map.of()));

    assertThat(exit.exitCode()).isZero();
    assertThat(exit.text()).startsWith("voicebridge ");
  }

  @Test
  void refusesAnUnknownOptionWithUsageAndExitCode2() {
    Exit exit = exit(BridgeCommandLine.parse(new String[] {"--sip-prot", "5070"}, Map.of()));

    assertThat(exit.exitCode()).isEqualTo(2);
    assertThat(exit.text()).startsWith("Unknown options: '--sip-prot', '5070'")
        .contains("Usage: voicebridge");
  }

  @Test
  void refusesANonNumericPortWithExitCode2() {
    Exit exit = exit(BridgeCommandLine.parse(new String[] {"--sip-port", "five"}, Map.of()));

    assertThat(exit.exitCode()).isEqualTo(2);
    assertThat(exit.text())
        .startsWith("Invalid value for option '--sip-port': 'five' is not an int");
  }

  @Test
  void appliesEveryOptionOverTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bridge.yaml");
    Files.writeString(file, "sip:\n  udp-port: 5080\n  max-concurrent-calls: 10\n"
        + "logging:\n  level: warn\n");

    BridgeConfig config = run("--config", file.toString(), "--sip-port", "5070",
        "--rtp-ports", "40000-40999", "--voicelive-endpoint", "wss://x.services.ai.azure.com",
        "--advertised-address", "203.0.113.7", "--max-calls", "20", "--log-level", "DEBUG");

    assertThat(config.sip().udpPort()).isEqualTo(5070);
    assertThat(config.sip().tcpPort()).isEqualTo(5070);
    assertThat(config.sip().advertisedHost()).isEqualTo("203.0.113.7");
    assertThat(config.sip().maxConcurrentCalls()).isEqualTo(20);
    assertThat(config.rtp().portRange()).isEqualTo(new PortRange(40000, 40999));
    assertThat(config.rtp().advertisedAddress()).isEqualTo("203.0.113.7");
    assertThat(config.voiceLive().endpoint()).isEqualTo("wss://x.services.ai.azure.com");
    assertThat(config.logging().level()).isEqualTo(LogLevel.DEBUG);
  }

  @Test
  void keepsTcpOffWhenTheFileTurnsItOff(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bridge.yaml");
    Files.writeString(file, "sip:\n  tcp-port: 0\n");

    BridgeConfig config = run("--config", file.toString(), "--sip-port", "5070");

    assertThat(config.sip().udpPort()).isEqualTo(5070);
    assertThat(config.sip().tcpEnabled()).isFalse();
  }

  @Test
  void readsCredentialsAndEndpointFromTheEnvironment() {
    Result result = BridgeCommandLine.parse(new String[0], Map.of(
        "VOICELIVE_TOKEN", "eyJ0eXAiOiJKV1Qi.token", "VOICELIVE_ENDPOINT", "wss://e.example"));

    BridgeConfig config = ((Run) result).config();
    assertThat(config.voiceLive().auth().token().map(Secret::reveal))
        .contains("eyJ0eXAiOiJKV1Qi.token");
    assertThat(config.voiceLive().endpoint()).isEqualTo("wss://e.example");
  }

  @Test
  void letsTheEndpointOptionWinOverTheEnvironment() {
    Result result = BridgeCommandLine.parse(
        new String[] {"--voicelive-endpoint", "wss://option.example"},
        Map.of("VOICELIVE_ENDPOINT", "wss://env.example"));

    assertThat(((Run) result).config().voiceLive().endpoint()).isEqualTo("wss://option.example");
  }

  @Test
  void reportsABadOptionValueAsAConfigurationErrorNamingTheOption() {
    Exit exit =
        exit(BridgeCommandLine.parse(new String[] {"--rtp-ports", "10001-20000"}, Map.of()));

    assertThat(exit.exitCode()).isEqualTo(78);
    assertThat(exit.text()).isEqualTo("voicebridge: invalid configuration: rtp.port-range: must"
        + " start on an even port (RTP even, RTCP odd), got 10001 (--rtp-ports)\n");
  }

  @Test
  void refusesAHostNameAsAdvertisedAddress() {
    Exit exit = exit(BridgeCommandLine.parse(
        new String[] {"--advertised-address", "sbc.example.com"}, Map.of()));

    assertThat(exit.exitCode()).isEqualTo(78);
    assertThat(exit.text()).contains("rtp.advertised-address: must be an IPv4 or IPv6 address");
  }

  @Test
  void reportsAMissingConfigFileWithExitCode78(@TempDir Path dir) {
    Path missing = dir.resolve("nope.yaml");

    Exit exit = exit(BridgeCommandLine.parse(
        new String[] {"--config", missing.toString()}, Map.of()));

    assertThat(exit.exitCode()).isEqualTo(78);
    assertThat(exit.text())
        .isEqualTo("voicebridge: invalid configuration: " + missing + ": no such file\n");
  }

  @Test
  void printsTheEffectiveConfigurationWithoutTheKey() {
    Exit exit = exit(BridgeCommandLine.parse(new String[] {"--print-config", "--max-calls", "7"},
        Map.of("VOICELIVE_API_KEY", "0123456789abcdef0123456789abcdef")));

    assertThat(exit.exitCode()).isZero();
    assertThat(exit.text()).contains("max-concurrent-calls: 7", "api-key: '****'")
        .doesNotContain("0123456789abcdef");
  }

  private static BridgeConfig run(String... args) {
    Result result = BridgeCommandLine.parse(args, Map.of());
    assertThat(result).isInstanceOf(Run.class);
    return ((Run) result).config();
  }

  private static Exit exit(Result result) {
    assertThat(result).isInstanceOf(Exit.class);
    return (Exit) result;
  }
}
