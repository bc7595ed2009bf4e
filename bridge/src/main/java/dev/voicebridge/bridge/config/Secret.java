package dev.voicebridge.bridge.config;

import java.util.Objects;

/**
 * A credential (API key, bearer token) that must never reach a log, an error message or a
 * configuration dump: {@link #toString()} masks it, and only {@link #reveal()} gives the value,
 * for the one place that sends it to Voice Live.
 */
public final class Secret {
  /** What every secret prints as. */
  public static final String MASK = "****";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @param value the credential, not blank
   * @return the secret
   */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a secret cannot be blank");
    }
    return new Secret(value);
  }

  /** The credential itself, for the Voice Live connection only. */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Always {@value #MASK}. */
  @Override
  public String toString() {
    return MASK;
  }
}
