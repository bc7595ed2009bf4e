package dev.voicebridge.bridge.config;

import java.util.Objects;

/**
 * A profile for calls to certain numbers (one entry of YAML {@code profiles}), e.g. a different
 * assistant per IVR number. It overrides the default profile's instructions, voice, audio
 * format, turn detection, transcription, greeting and answer delay; nested settings merge key by
 * key, so a profile that only sets {@code turn-detection.silence-duration} keeps the other turn
 * detection settings.
 *
 * @param match which called numbers it applies to
 * @param profile the resolved settings for those calls
 */
public record NumberProfile(NumberMatch match, CallProfile profile) {

  /** Checks the components. */
  public NumberProfile {
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(profile, "profile");
  }

  /** The profile's name. */
  public String name() {
    return profile.name();
  }

  static NumberProfile from(ConfigNode node, CallProfile defaults) throws ConfigException {
    String name = node.string("name", "");
    if (name.isBlank()) {
      throw node.error("name", "every profile needs a name");
    }
    NumberMatch match = NumberMatch.from(node.section("match"));
    SessionConfig.Builder session = defaults.session().toBuilder();
    SessionConfig.readOverridable(node, session);
    CallConfig.Builder call = defaults.call().toBuilder();
    call.audioFormat(node.parsed(
        "audio-format", defaults.call().audioFormat(), null, AudioFormat::parse));
    call.greeting(GreetingConfig.from(node.section("greeting"), defaults.call().greeting()));
    call.answerDelay(node.duration("answer-delay", defaults.call().answerDelay()));
    node.checkNoUnknownKeys();
    return node.build(
        () -> new NumberProfile(match, new CallProfile(name, call.build(), session.build())));
  }
}
