package dev.voicebridge.bridge.config;

import java.time.Duration;

/**
 * Per-call defaults (YAML section {@code call}); a number profile may override the audio format
 * and the greeting.
 *
 * @param audioFormat the audio format exchanged with Voice Live
 * @param appendInterval how much caller audio each {@code input_audio_buffer.append} carries
 * @param greeting what the caller hears on answer
 * @param maxDuration the call is hung up after this long, whatever is happening
 * @param idleTimeout the call is hung up after this long with neither caller audio nor model
 *     audio
 * @param answerDelay how long the caller hears ringing before the answer, at least; zero answers
 *     as soon as the Voice Live session is ready
 */
public record CallConfig(
    AudioFormat audioFormat,
    Duration appendInterval,
    GreetingConfig greeting,
    Duration maxDuration,
    Duration idleTimeout,
    Duration answerDelay) {

  /** PCM16 at 24 kHz, the service's native rate. */
  public static final AudioFormat DEFAULT_AUDIO_FORMAT = AudioFormat.PCM16_24K;
  /** One RTP packet per append: lowest latency; larger values trade latency for fewer events. */
  public static final Duration DEFAULT_APPEND_INTERVAL = Duration.ofMillis(20);
  /** An hour: longer calls are almost always stuck (a dialler that never hangs up). */
  public static final Duration DEFAULT_MAX_DURATION = Duration.ofHours(1);
  /** A minute of silence on both sides ends the call. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
  /** Answer as soon as the session is ready: the caller waits for nothing. */
  public static final Duration DEFAULT_ANSWER_DELAY = Duration.ZERO;

  /** The built-in defaults. */
  public static final CallConfig DEFAULTS = new CallConfig(DEFAULT_AUDIO_FORMAT,
      DEFAULT_APPEND_INTERVAL, GreetingConfig.DEFAULTS, DEFAULT_MAX_DURATION,
      DEFAULT_IDLE_TIMEOUT, DEFAULT_ANSWER_DELAY);

  /**
   * Checks every setting.
   *
   * @throws InvalidSettingException naming the first bad setting by its YAML key
   */
  public CallConfig {
    Checks.notNull("audio-format", audioFormat);
    Durations.check("append-interval", appendInterval, Duration.ofMillis(10),
        Duration.ofSeconds(1));
    if (appendInterval.toMillis() % 10 != 0) {
      // Whole 10 ms frames: the resampler and G.711 framing work in 10 ms steps.
      throw new InvalidSettingException("append-interval",
          "must be a multiple of 10ms, got " + Durations.format(appendInterval));
    }
    Checks.notNull("greeting", greeting);
    Durations.check("max-duration", maxDuration, Duration.ofSeconds(10), Duration.ofHours(24));
    Durations.check("idle-timeout", idleTimeout, Duration.ofSeconds(5), Duration.ofHours(1));
    // Past 60 s most carriers and phones give up with a timeout of their own.
    Durations.check("answer-delay", answerDelay, Duration.ZERO, Duration.ofSeconds(60));
  }

  /** A builder starting from the defaults. */
  public static Builder newBuilder() {
    return DEFAULTS.toBuilder();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  static CallConfig from(ConfigNode node, CallConfig base) throws ConfigException {
    AudioFormat format = node.parsed("audio-format", base.audioFormat, null, AudioFormat::parse);
    Duration append = node.duration("append-interval", base.appendInterval);
    GreetingConfig greeting = GreetingConfig.from(node.section("greeting"), base.greeting);
    Duration max = node.duration("max-duration", base.maxDuration);
    Duration idle = node.duration("idle-timeout", base.idleTimeout);
    Duration answer = node.duration("answer-delay", base.answerDelay);
    node.checkNoUnknownKeys();
    return node.build(() -> new CallConfig(format, append, greeting, max, idle, answer));
  }

  /** Builds a {@link CallConfig}; {@link #build()} checks the settings. */
  public static final class Builder {
    private AudioFormat audioFormat;
    private Duration appendInterval;
    private GreetingConfig greeting;
    private Duration maxDuration;
    private Duration idleTimeout;
    private Duration answerDelay;

    private Builder(CallConfig c) {
      audioFormat = c.audioFormat;
      appendInterval = c.appendInterval;
      greeting = c.greeting;
      maxDuration = c.maxDuration;
      idleTimeout = c.idleTimeout;
      answerDelay = c.answerDelay;
    }

    /** @param v the audio format to Voice Live @return this builder */
    public Builder audioFormat(AudioFormat v) {
      audioFormat = v;
      return this;
    }

    /** @param v the append interval @return this builder */
    public Builder appendInterval(Duration v) {
      appendInterval = v;
      return this;
    }

    /** @param v the greeting @return this builder */
    public Builder greeting(GreetingConfig v) {
      greeting = v;
      return this;
    }

    /** @param v the longest call @return this builder */
    public Builder maxDuration(Duration v) {
      maxDuration = v;
      return this;
    }

    /** @param v the idle timeout @return this builder */
    public Builder idleTimeout(Duration v) {
      idleTimeout = v;
      return this;
    }

    /** @param v the least ringing time before the answer @return this builder */
    public Builder answerDelay(Duration v) {
      answerDelay = v;
      return this;
    }

    /** The settings; throws {@link InvalidSettingException} naming a bad one. */
    public CallConfig build() {
      return new CallConfig(
          audioFormat, appendInterval, greeting, maxDuration, idleTimeout, answerDelay);
    }
  }
}
