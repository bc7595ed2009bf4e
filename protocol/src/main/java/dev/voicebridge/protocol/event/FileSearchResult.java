package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A file search result entry.
 *
 * @param fileId the file's id
 * @param filename the file's name, or null
 * @param score the relevance score, or null
 * @param text the matching text, or null
 * @param attributes the file's attributes, or null
 */
public record FileSearchResult(
    @JsonProperty("file_id") String fileId,
    @JsonProperty("filename") String filename,
    @JsonProperty("score") Double score,
    @JsonProperty("text") String text,
    @JsonProperty("attributes") JsonNode attributes) {
  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param fileId the file's id
   * @return the new value
   */
  public static FileSearchResult of(String fileId) {
    return new FileSearchResult(fileId, null, null, null, null);
  }
}
