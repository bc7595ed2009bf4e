package dev.voicebridge.protocol.server;

import java.util.List;

/** The agents a server can run, by the name given in {@link LocalServerConfig#agent()}. */
final class Agents {
  /** Known names: {@code echo} repeats the caller, {@code tone} always answers with a chime. */
  static final List<String> NAMES = List.of("echo", "tone");

  private Agents() {}

  static boolean isKnown(String name) {
    return NAMES.contains(name);
  }

  /** The agent of this name. */
  static Agent create(String name) {
    switch (name) {
      case "echo":
        return new EchoAgent();
      case "tone":
        return (userAudio, userRate, outputRate) -> GreetingTone.chime(outputRate);
      default:
        throw new IllegalArgumentException("unknown agent: " + name);
    }
  }
}
