package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An open page action.
 *
 * <p>Wire {@code type}: {@code open_page}.
 *
 * @param url the page opened
 */
public record ActionOpenPage(@JsonProperty("url") String url) implements WebSearchAction {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "open_page";

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param url the page opened
   * @return the new value
   */
  public static ActionOpenPage of(String url) {
    return new ActionOpenPage(url);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
