package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A search action source URL.
 *
 * @param type the source kind, {@code url}
 * @param url the URL
 */
public record ActionSearchSource(
    @JsonProperty("type") String type, @JsonProperty("url") String url) {
  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param type the source kind, {@code url}
   * @param url the URL
   * @return the new value
   */
  public static ActionSearchSource of(String type, String url) {
    return new ActionSearchSource(type, url);
  }
}
