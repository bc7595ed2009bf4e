package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A web search action.
 *
 * <p>Wire {@code type}: {@code search}.
 *
 * @param query the search query
 * @param sources the sources searched, or null
 */
public record ActionSearch(
    @JsonProperty("query") String query, @JsonProperty("sources") List<ActionSearchSource> sources)
    implements WebSearchAction {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "search";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param query the search query
   * @param sources the sources searched, or null
   */
  public ActionSearch {
    sources = sources == null ? null : List.copyOf(sources);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param query the search query
   * @return the new value
   */
  public static ActionSearch of(String query) {
    return new ActionSearch(query, null);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
