package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * ICE server configuration for WebRTC connection negotiation.
 *
 * @param urls the ICE server URLs
 * @param username the user name, or null
 * @param credential the credential, or null
 */
public record IceServer(
    @JsonProperty("urls") List<String> urls,
    @JsonProperty("username") String username,
    @JsonProperty("credential") String credential) {
  /**
   * Copies collections so the value stays immutable.
   *
   * @param urls the ICE server URLs
   * @param username the user name, or null
   * @param credential the credential, or null
   */
  public IceServer {
    urls = urls == null ? null : List.copyOf(urls);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param urls the ICE server URLs
   * @return the new value
   */
  public static IceServer of(List<String> urls) {
    return new IceServer(urls, null, null);
  }
}
