package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigLoaderTest {
  /** The example shipped in deploy/, relative to the bridge module where tests run. */
  static final Path EXAMPLE = Path.of("..", "deploy", "config.example.yaml");

  @Test
  void loadsTheShippedExampleAsExactlyTheDefaults() throws Exception {
    assertThat(ConfigLoader.load(EXAMPLE, Map.of())).isEqualTo(BridgeConfig.DEFAULTS);
  }

  @Test
  void givesTheDefaultsForAnEmptyFile() throws Exception {
    assertThat(load("")).isEqualTo(BridgeConfig.DEFAULTS);
    assertThat(load("# nothing but a comment\n")).isEqualTo(BridgeConfig.DEFAULTS);
  }

  @Test
  void keepsDefaultsForEverythingNotWritten() throws Exception {
    BridgeConfig config = load("sip:\n  udp-port: 5070\nrtp:\n  ptime: 30ms\n");

    assertThat(config.sip())
        .isEqualTo(SipConfig.newBuilder().udpPort(5070).tcpPort(5070).build());
    assertThat(config.rtp()).isEqualTo(RtpConfig.newBuilder().ptime(Duration.ofMillis(30)).build());
    assertThat(config.toBuilder().sip(SipConfig.DEFAULTS).rtp(RtpConfig.DEFAULTS).build())
        .isEqualTo(BridgeConfig.DEFAULTS);
  }

  static Stream<Arguments> badConfigurations() {
    return Stream.of(
        arguments("unknown section", "sipp:\n  udp-port: 5060\n",
            "sipp: unknown key; allowed here: sip, rtp, voice-live, call, session, profiles, "
                + "local-server, logging (test.yaml line 1)"),
        arguments("misspelt key", "sip:\n  bind-address: 0.0.0.0\n  udp_port: 5070\n",
            "sip.udp_port: unknown key; allowed here: bind-address, udp-port, tcp-port, "
                + "advertised-host, advertised-port, max-concurrent-calls, retry-after, "
                + "user-agent, t1, t2, t4 (test.yaml line 3)"),
        arguments("port out of range", "sip:\n  udp-port: 70000\n",
            "sip.udp-port: must be 1-65535, got 70000 (test.yaml line 2)"),
        arguments("port not a number", "sip:\n  udp-port: five\n",
            "sip.udp-port: expected an integer, got 'five' (test.yaml line 2)"),
        arguments("section is a scalar", "rtp: fast\n",
            "rtp: expected a section of keys (test.yaml line 1)"),
        arguments("odd range start", "rtp:\n  port-range: 10001-20000\n",
            "rtp.port-range: must start on an even port (RTP even, RTCP odd), got 10001"
                + " (test.yaml line 2)"),
        arguments("range reversed", "rtp:\n  port-range: 20000-10000\n",
            "rtp.port-range: must be LO-HI with 1024 <= LO < HI <= 65535, got 20000-10000"
                + " (test.yaml line 2)"),
        arguments("range malformed", "rtp:\n  port-range: 10000\n",
            "rtp.port-range: expected LO-HI like 10000-20000, got '10000' (test.yaml line 2)"),
        arguments("duration without unit", "call:\n  idle-timeout: 30\n",
            "call.idle-timeout: expected a duration like 500ms, 30s, 5m or 1h, got '30'"
                + " (test.yaml line 2)"),
        arguments("duration out of range", "call:\n  max-duration: 2d\n",
            "call.max-duration: expected a duration like 500ms, 30s, 5m or 1h, got '2d'"
                + " (test.yaml line 2)"),
        arguments("duration too long", "call:\n  max-duration: 25h\n",
            "call.max-duration: must be 10s-24h, got 25h (test.yaml line 2)"),
        arguments("t2 below t1", "sip:\n  t1: 1s\n  t2: 500ms\n",
            "sip.t2: must be 1s-1m, got 500ms (test.yaml line 3)"),
        arguments("threshold out of range", "session:\n  turn-detection:\n    threshold: 1.5\n",
            "session.turn-detection.threshold: must be at least 0.01 and below 1.0, got 1.5"
                + " (test.yaml line 3)"),
        arguments("percentage out of range",
            "session:\n  turn-detection:\n    threshold: 150%\n",
            "session.turn-detection.threshold: must be at least 0.01 and below 1.0, got 1.5"
                + " (test.yaml line 3)"),
        arguments("temperature out of range", "session:\n  temperature: 2\n",
            "session.temperature: must be 0.6-1.2, got 2.0 (test.yaml line 2)"),
        arguments("boolean wrong", "rtp:\n  telephone-event: maybe\n",
            "rtp.telephone-event: expected true or false, got 'maybe' (test.yaml line 2)"),
        arguments("unknown codec", "rtp:\n  codecs: [PCMU, G729]\n",
            "rtp.codecs: unknown codec 'G729'; allowed: PCMU, PCMA (test.yaml line 2)"),
        arguments("unknown audio format", "call:\n  audio-format: opus\n",
            "call.audio-format: unknown audio format 'opus'; allowed: pcm16-24k, pcm16-16k, g711"
                + " (test.yaml line 2)"),
        arguments("model and agent", "voice-live:\n  model: gpt-realtime\n  agent:\n"
                + "    name: a\n    project: p\n",
            "voice-live.agent: set either model or agent, not both (test.yaml line 4)"),
        arguments("bad endpoint", "voice-live:\n  endpoint: ftp://example.com\n",
            "voice-live.endpoint: must be a wss://, ws://, https:// or http:// URL with a host,"
                + " got 'ftp://example.com' (test.yaml line 2)"),
        arguments("advertised name for SDP", "rtp:\n  advertised-address: sbc.example.com\n",
            "rtp.advertised-address: must be an IPv4 or IPv6 address, got 'sbc.example.com'"
                + " (test.yaml line 2)"),
        arguments("profile without match", "profiles:\n  - name: x\n",
            "profiles[0].match: give one of exact, prefix or regex (test.yaml line 2)"),
        arguments("profile with two matches",
            "profiles:\n  - name: x\n    match:\n      exact: '1'\n      prefix: '2'\n",
            "profiles[0].match.prefix: give exactly one of exact, prefix or regex"
                + " (test.yaml line 5)"),
        arguments("profile bad regex", "profiles:\n  - name: x\n    match:\n      regex: '(+'\n",
            "profiles[0].match.regex: not a valid regular expression: Dangling meta character"
                + " '+' (test.yaml line 4)"),
        arguments("profile overriding a global", "profiles:\n  - name: x\n    match:\n"
                + "      exact: '1'\n    temperature: 1.0\n",
            "profiles[0].temperature: unknown key; allowed here: name, match, instructions, voice,"
                + " turn-detection, transcription, audio-format, greeting, answer-delay (test.yaml line 5)"),
        arguments("duplicate profile names", "profiles:\n  - name: x\n    match: {exact: '1'}\n"
                + "  - name: x\n    match: {exact: '2'}\n",
            "profiles: two profiles are named 'x' (test.yaml line 2)"),
        arguments("profiles not a list", "profiles:\n  name: x\n",
            "profiles: expected a list (test.yaml line 2)"),
        arguments("duplicate key", "sip:\n  udp-port: 5060\n  udp-port: 5070\n",
            "duplicate key 'udp-port' (test.yaml line 3)"),
        arguments("not YAML", "sip: [5060\nrtp: 1\n",
            "test.yaml line 2: not valid YAML: while parsing a flow sequence"),
        arguments("not a mapping", "- sip\n- rtp\n",
            "test.yaml: the configuration must be a mapping of sections (sip:, rtp:, ...)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badConfigurations")
  void namesThePathAndLineOfABadValue(String name, String yaml, String message) {
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> load(yaml));

    assertThat(e).hasMessage(message);
  }

  @Test
  void neverEchoesASecretInAnError() {
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> load("voice-live:\n  auth:\n    api-key: [s3cr3t-key]\n"));

    assertThat(e).hasMessage("voice-live.auth.api-key: expected a string (test.yaml line 3)");
    assertThat(e.getMessage()).doesNotContain("s3cr3t");
  }

  @Test
  void takesTheEndpointFromTheEnvironmentOverTheFile() throws Exception {
    BridgeConfig config = new ConfigLoader(Map.of("VOICELIVE_ENDPOINT", "wss://env.example"))
        .yaml("voice-live:\n  endpoint: wss://file.example\n", "test.yaml").load();

    assertThat(config.voiceLive().endpoint()).isEqualTo("wss://env.example");
  }

  @Test
  void letsAnOverrideWinOverEnvironmentAndFile() throws Exception {
    BridgeConfig config = new ConfigLoader(Map.of("VOICELIVE_ENDPOINT", "wss://env.example"))
        .override("voice-live.endpoint", "wss://option.example", "--voicelive-endpoint")
        .yaml("voice-live:\n  endpoint: wss://file.example\n", "test.yaml").load();

    assertThat(config.voiceLive().endpoint()).isEqualTo("wss://option.example");
  }

  @Test
  void namesTheOverrideWhenItsValueIsBad() {
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> new ConfigLoader(Map.of()).override("sip.udp-port", "0", "--sip-port").load());

    assertThat(e).hasMessage("sip.udp-port: must be 1-65535, got 0 (--sip-port)");
  }

  @Test
  void namesTheEnvironmentVariableWhenItsValueIsBad() {
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> new ConfigLoader(Map.of("VOICELIVE_ENDPOINT", "not a url")).load());

    assertThat(e).hasMessage("voice-live.endpoint: must be a wss://, ws://, https:// or http://"
        + " URL with a host, got 'not a url' (environment variable VOICELIVE_ENDPOINT)");
  }

  @Test
  void readsAFileAndNamesItInErrors(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bridge.yaml");
    Files.writeString(file, "sip:\n  max-concurrent-calls: 0\n");

    ConfigException e =
        catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(file, Map.of()));

    assertThat(e).hasMessage(
        "sip.max-concurrent-calls: must be 1-100000, got 0 (" + file + " line 2)");
  }

  @Test
  void reportsAMissingFile(@TempDir Path dir) {
    Path file = dir.resolve("missing.yaml");

    ConfigException e =
        catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(file, Map.of()));

    assertThat(e).hasMessage(file + ": no such file");
  }

  static BridgeConfig load(String yaml) throws ConfigException {
    return new ConfigLoader(Map.of()).yaml(yaml, "test.yaml").load();
  }
}
