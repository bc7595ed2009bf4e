package dev.voicebridge.bridge.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/**
 * The effective configuration as YAML in the file's own keys: what the bridge logs at start-up
 * and prints for {@code --print-config}. Loading the output gives the same configuration back,
 * except that a credential prints as {@value Secret#MASK} and is never written.
 */
public final class EffectiveConfig {
  private static final YAMLMapper MAPPER = YAMLMapper.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EffectiveConfig() {}

  /**
   * Writes a configuration as YAML.
   *
   * @param config the configuration
   * @return the YAML text, beginning with a comment saying which credential is in use
   */
  public static String toYaml(BridgeConfig config) {
    ObjectNode root = NODES.objectNode();
    sip(root.putObject("sip"), config.sip());
    rtp(root.putObject("rtp"), config.rtp());
    voiceLive(root.putObject("voice-live"), config.voiceLive());
    call(root.putObject("call"), config.call());
    session(root.putObject("session"), config.session());
    var profiles = root.putArray("profiles");
    for (NumberProfile profile : config.profiles()) {
      ObjectNode p = profiles.addObject();
      p.put("name", profile.name());
      p.putObject("match").put(
          profile.match().kind().name().toLowerCase(java.util.Locale.ROOT),
          profile.match().value());
      SessionConfig s = profile.profile().session();
      p.put("instructions", s.instructions());
      voice(p.putObject("voice"), s.voice());
      p.put("audio-format", profile.profile().call().audioFormat().yamlName());
      turnDetection(p.putObject("turn-detection"), s.turnDetection());
      transcription(p.putObject("transcription"), s.transcription());
      greeting(p.putObject("greeting"), profile.profile().call().greeting());
    }
    root.putObject("local-server")
        .put("port", config.localServer().port())
        .put("agent", config.localServer().agent());
    root.putObject("logging").put("level", config.logging().level().yamlName());
    try {
      return "# credentials: " + config.voiceLive().auth().describe() + "\n"
          + MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sip(ObjectNode n, SipConfig c) {
    n.put("bind-address", c.bindAddress()).put("udp-port", c.udpPort())
        .put("tcp-port", c.tcpPort()).put("advertised-host", c.advertisedHost())
        .put("advertised-port", c.advertisedPort())
        .put("max-concurrent-calls", c.maxConcurrentCalls())
        .put("retry-after", text(c.retryAfter())).put("user-agent", c.userAgent())
        .put("t1", text(c.t1())).put("t2", text(c.t2())).put("t4", text(c.t4()));
  }

  private static void rtp(ObjectNode n, RtpConfig c) {
    n.put("bind-address", c.bindAddress()).put("port-range", c.portRange().toString())
        .put("advertised-address", c.advertisedAddress());
    var codecs = n.putArray("codecs");
    c.codecs().forEach(codec -> codecs.add(codec.name()));
    n.put("ptime", text(c.ptime())).put("telephone-event", c.telephoneEvent())
        .put("jitter-buffer-min", text(c.jitterBufferMin()))
        .put("jitter-buffer-max", text(c.jitterBufferMax()));
  }

  private static void voiceLive(ObjectNode n, VoiceLiveConfig c) {
    n.put("endpoint", c.endpoint()).put("api-version", c.apiVersion());
    if (c.agent().isPresent()) {
      AgentConfig agent = c.agent().get();
      n.putObject("agent").put("name", agent.name()).put("project", agent.project())
          .put("version", agent.version());
    } else {
      n.put("model", c.model());
    }
    ObjectNode auth = n.putObject("auth")
        .put("api-key-env", c.auth().apiKeyEnv()).put("token-env", c.auth().tokenEnv());
    c.auth().apiKey().ifPresent(key -> auth.put("api-key", key.toString()));
    n.put("connect-timeout", text(c.connectTimeout()));
  }

  private static void call(ObjectNode n, CallConfig c) {
    n.put("audio-format", c.audioFormat().yamlName())
        .put("append-interval", text(c.appendInterval()));
    greeting(n.putObject("greeting"), c.greeting());
    n.put("max-duration", text(c.maxDuration())).put("idle-timeout", text(c.idleTimeout()))
        .put("answer-delay", text(c.answerDelay()));
  }

  private static void session(ObjectNode n, SessionConfig c) {
    n.put("instructions", c.instructions());
    voice(n.putObject("voice"), c.voice());
    turnDetection(n.putObject("turn-detection"), c.turnDetection());
    n.put("noise-reduction", c.noiseReduction()).put("echo-cancellation", c.echoCancellation());
    transcription(n.putObject("transcription"), c.transcription());
    n.put("temperature", c.temperature())
        .put("max-response-output-tokens", c.maxResponseOutputTokensText());
  }

  private static void voice(ObjectNode n, VoiceConfig c) {
    n.put("type", c.type()).put("name", c.name()).put("endpoint-id", c.endpointId());
    // Settings left unset are left out: the service's default applies, and loading the dump
    // leaves them unset again.
    AzureVoiceSettings a = c.azure();
    a.temperature().ifPresent(t -> n.put("temperature", t));
    a.locale().ifPresent(l -> n.put("locale", l));
    strings(n, "prefer-locales", a.preferLocales());
    a.style().ifPresent(s -> n.put("style", s));
    a.pitch().ifPresent(p -> n.put("pitch", p));
    a.rate().ifPresent(r -> n.put("rate", r));
    a.volume().ifPresent(v -> n.put("volume", v));
    a.customLexiconUrl().ifPresent(u -> n.put("custom-lexicon-url", u));
  }

  private static void turnDetection(ObjectNode n, TurnDetectionConfig c) {
    n.put("type", c.type()).put("threshold", c.threshold())
        .put("prefix-padding", text(c.prefixPadding()))
        .put("silence-duration", text(c.silenceDuration()))
        .put("interrupt-response", c.interruptResponse())
        .put("create-response", c.createResponse());
    c.speechDuration().ifPresent(d -> n.put("speech-duration", text(d)));
    c.removeFillerWords().ifPresent(r -> n.put("remove-filler-words", r));
    strings(n, "languages", c.languages());
    c.endOfUtterance().ifPresent(eou -> {
      ObjectNode e = n.putObject("end-of-utterance-detection").put("model", eou.model());
      eou.thresholdLevel().ifPresent(l -> e.put("threshold-level", l));
      eou.timeout().ifPresent(t -> e.put("timeout", text(t)));
    });
    c.eagerness().ifPresent(e -> n.put("eagerness", e));
  }

  private static void strings(ObjectNode n, String key, List<String> values) {
    if (!values.isEmpty()) {
      values.forEach(n.putArray(key)::add);
    }
  }

  private static void transcription(ObjectNode n, TranscriptionConfig c) {
    n.put("model", c.model()).put("language", c.language());
  }

  private static void greeting(ObjectNode n, GreetingConfig c) {
    n.put("type", c.type().name().toLowerCase(java.util.Locale.ROOT))
        .put("instructions", c.instructions())
        .put("tone-frequency", c.toneFrequencyHz())
        .put("tone-duration", text(c.toneDuration()));
  }

  private static String text(Duration duration) {
    return Durations.format(duration);
  }
}
