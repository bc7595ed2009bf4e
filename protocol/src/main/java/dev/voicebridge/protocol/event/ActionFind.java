package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A find action to search text within a page.
 *
 * <p>Wire {@code type}: {@code find}.
 *
 * @param url the page searched
 * @param pattern the text searched for
 */
public record ActionFind(@JsonProperty("url") String url, @JsonProperty("pattern") String pattern)
    implements WebSearchAction {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "find";

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param url the page searched
   * @param pattern the text searched for
   * @return the new value
   */
  public static ActionFind of(String url, String pattern) {
    return new ActionFind(url, pattern);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
