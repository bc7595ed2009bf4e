package dev.voicebridge.bridge.config;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The whole configuration of the bridge: one immutable record per YAML section, each with named
 * default constants ({@code SipConfig.DEFAULT_SIP_PORT}, {@code RtpConfig.DEFAULT_PORT_RANGE} …).
 *
 * <p>{@code toString()} is safe to log: credentials print as {@value Secret#MASK}. For a readable
 * dump use {@link EffectiveConfig#toYaml}.
 *
 * @param sip SIP signalling
 * @param rtp RTP media and codecs
 * @param voiceLive the Voice Live service and credentials
 * @param call per-call defaults
 * @param session the default Voice Live session profile
 * @param profiles number profiles, tried in order; the first match wins
 * @param localServer the embedded Voice-Live-compatible server
 * @param logging logging
 */
public record BridgeConfig(
    SipConfig sip,
    RtpConfig rtp,
    VoiceLiveConfig voiceLive,
    CallConfig call,
    SessionConfig session,
    List<NumberProfile> profiles,
    LocalServerConfig localServer,
    LoggingConfig logging) {

  /** The built-in defaults: what an empty YAML file gives. */
  public static final BridgeConfig DEFAULTS = new BridgeConfig(SipConfig.DEFAULTS,
      RtpConfig.DEFAULTS, VoiceLiveConfig.DEFAULTS, CallConfig.DEFAULTS, SessionConfig.DEFAULTS,
      List.of(), LocalServerConfig.DEFAULTS, LoggingConfig.DEFAULTS);

  /**
   * Checks the sections.
   *
   * @throws InvalidSettingException if a section is missing or two profiles share a name
   */
  public BridgeConfig {
    Checks.notNull("sip", sip);
    Checks.notNull("rtp", rtp);
    Checks.notNull("voice-live", voiceLive);
    Checks.notNull("call", call);
    Checks.notNull("session", session);
    profiles = List.copyOf(Checks.notNull("profiles", profiles));
    Checks.notNull("local-server", localServer);
    Checks.notNull("logging", logging);
    Set<String> names = new HashSet<>(Set.of(CallProfile.DEFAULT_NAME));
    for (NumberProfile profile : profiles) {
      if (!names.add(profile.name())) {
        throw new InvalidSettingException(
            "profiles", "two profiles are named '" + profile.name() + "'");
      }
    }
  }

  /** The settings of a call no number profile matches. */
  public CallProfile defaultProfile() {
    return new CallProfile(CallProfile.DEFAULT_NAME, call, session);
  }

  /**
   * The settings for a call, by the number it was made to.
   *
   * @param calledUser the user part of the INVITE's Request-URI, e.g. {@code +442079460000}
   * @return the first matching number profile's settings, else the default profile
   */
  public CallProfile profileFor(String calledUser) {
    Objects.requireNonNull(calledUser, "calledUser");
    for (NumberProfile profile : profiles) {
      if (profile.match().matches(calledUser)) {
        return profile.profile();
      }
    }
    return defaultProfile();
  }

  /** A builder starting from the defaults. */
  public static Builder newBuilder() {
    return DEFAULTS.toBuilder();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  static BridgeConfig from(ConfigNode root) throws ConfigException {
    Builder b = newBuilder();
    b.sip = SipConfig.from(root.section("sip"), b.sip);
    b.rtp = RtpConfig.from(root.section("rtp"), b.rtp);
    b.voiceLive = VoiceLiveConfig.from(root.section("voice-live"), b.voiceLive);
    b.call = CallConfig.from(root.section("call"), b.call);
    b.session = SessionConfig.from(root.section("session"), b.session);
    CallProfile defaults = new CallProfile(CallProfile.DEFAULT_NAME, b.call, b.session);
    List<ConfigNode> entries = root.sections("profiles");
    NumberProfile[] profiles = new NumberProfile[entries.size()];
    for (int i = 0; i < profiles.length; i++) {
      profiles[i] = NumberProfile.from(entries.get(i), defaults);
    }
    b.profiles = List.of(profiles);
    b.localServer = LocalServerConfig.from(root.section("local-server"), b.localServer);
    b.logging = LoggingConfig.from(root.section("logging"), b.logging);
    root.checkNoUnknownKeys();
    return root.build(b::build);
  }

  /** Builds a {@link BridgeConfig}; {@link #build()} checks the settings. */
  public static final class Builder {
    private SipConfig sip;
    private RtpConfig rtp;
    private VoiceLiveConfig voiceLive;
    private CallConfig call;
    private SessionConfig session;
    private List<NumberProfile> profiles;
    private LocalServerConfig localServer;
    private LoggingConfig logging;

    private Builder(BridgeConfig c) {
      sip = c.sip;
      rtp = c.rtp;
      voiceLive = c.voiceLive;
      call = c.call;
      session = c.session;
      profiles = c.profiles;
      localServer = c.localServer;
      logging = c.logging;
    }

    /** @param v the SIP section @return this builder */
    public Builder sip(SipConfig v) {
      sip = v;
      return this;
    }

    /** @param v the RTP section @return this builder */
    public Builder rtp(RtpConfig v) {
      rtp = v;
      return this;
    }

    /** @param v the Voice Live section @return this builder */
    public Builder voiceLive(VoiceLiveConfig v) {
      voiceLive = v;
      return this;
    }

    /** @param v the call defaults @return this builder */
    public Builder call(CallConfig v) {
      call = v;
      return this;
    }

    /** @param v the default session profile @return this builder */
    public Builder session(SessionConfig v) {
      session = v;
      return this;
    }

    /** @param v the number profiles in match order @return this builder */
    public Builder profiles(List<NumberProfile> v) {
      profiles = v;
      return this;
    }

    /** @param v the embedded server section @return this builder */
    public Builder localServer(LocalServerConfig v) {
      localServer = v;
      return this;
    }

    /** @param v the logging section @return this builder */
    public Builder logging(LoggingConfig v) {
      logging = v;
      return this;
    }

    /** The configuration; throws {@link InvalidSettingException} naming a bad setting. */
    public BridgeConfig build() {
      return new BridgeConfig(sip, rtp, voiceLive, call, session, profiles, localServer,
          logging);
    }
  }
}
