package dev.voicebridge.bridge.config;

import java.util.Locale;

/** The root log level (YAML {@code logging.level}, option {@code --log-level}). */
public enum LogLevel {
  /** Everything, including per-packet traces. */
  TRACE,
  /** Per-call detail: SDP, session events. */
  DEBUG,
  /** Calls starting and ending, start-up. */
  INFO,
  /** Things that went wrong but were handled. */
  WARN,
  /** Failures. */
  ERROR,
  /** Nothing. */
  OFF;

  /** Reads a level case-insensitively, naming the allowed values otherwise. */
  static LogLevel parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown log level '" + name
          + "'; allowed: trace, debug, info, warn, error, off");
    }
  }

  /** The name as written in YAML: lower case. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
