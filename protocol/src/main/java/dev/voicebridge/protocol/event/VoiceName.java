package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The legacy voice form: a bare OpenAI voice name string such as {@code "alloy"} instead of an
 * object; written back as the same bare string.
 *
 * @param name the voice name
 */
public record VoiceName(@JsonValue String name) implements Voice {

  /**
   * Checks the name is present.
   *
   * @param name the voice name
   */
  public VoiceName {
    Objects.requireNonNull(name, "name");
  }

  /**
   * Returns null: the bare-string form has no {@code type}.
   *
   * @return null
   */
  @Override
  public String type() {
    return null;
  }
}
