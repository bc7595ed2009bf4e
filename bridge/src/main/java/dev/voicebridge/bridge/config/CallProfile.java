package dev.voicebridge.bridge.config;

import java.util.Objects;

/**
 * Everything that configures one call, with any number profile's overrides applied: what the
 * call layer asks {@link BridgeConfig#profileFor} for when an INVITE arrives.
 *
 * @param name the profile's name for logs and metrics, {@value #DEFAULT_NAME} when none matched
 * @param call the per-call settings (audio format, greeting, timers)
 * @param session the Voice Live session profile
 */
public record CallProfile(String name, CallConfig call, SessionConfig session) {

  /** The name of the profile used when no number profile matches. */
  public static final String DEFAULT_NAME = "default";

  /** Checks the components. */
  public CallProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(session, "session");
  }
}
