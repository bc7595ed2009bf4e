package dev.voicebridge.protocol.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a configured endpoint into the Voice Live WebSocket URI.
 *
 * <p>Follows the Voice Live SDKs: {@code https} becomes {@code wss} and {@code http} becomes
 * {@code ws}; {@code /voice-live/realtime} is appended unless the path already ends with {@code
 * /realtime}; the client's own query parameters come first and win over extra ones.
 */
final class VoiceLiveEndpoint {

  /** The path every Voice Live model and agent is served on. */
  static final String REALTIME_PATH = "/voice-live/realtime";

  static final String API_VERSION = "api-version";
  static final String MODEL = "model";
  static final String AGENT_NAME = "agent-name";
  static final String AGENT_PROJECT_NAME = "agent-project-name";
  static final String AGENT_VERSION = "agent-version";

  private VoiceLiveEndpoint() {}

  /**
   * The query parameters a configuration asks for, in the order they are sent.
   *
   * @param config the configuration
   * @return the client's own parameters, then the extra ones they do not override
   */
  static Map<String, String> queryParameters(VoiceLiveClientConfig config) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put(API_VERSION, config.apiVersion());
    VoiceLiveAgent agent = config.agent();
    if (agent == null) {
      query.put(MODEL, config.model());
    } else {
      query.put(AGENT_NAME, agent.name());
      query.put(AGENT_PROJECT_NAME, agent.projectName());
      if (agent.version() != null) {
        query.put(AGENT_VERSION, agent.version());
      }
    }
    config.extraQueryParameters().forEach(query::putIfAbsent);
    return query;
  }

  /**
   * Builds the WebSocket URI.
   *
   * @param endpoint the configured endpoint: absolute, with a host, without query or fragment
   * @param query the query parameters, unencoded, in order
   * @return the {@code ws://} or {@code wss://} URI
   * @throws IllegalArgumentException if the endpoint cannot be used
   */
  static URI webSocketUri(URI endpoint, Map<String, String> query) {
    String scheme = webSocketScheme(endpoint);
    if (endpoint.getHost() == null) {
      throw new IllegalArgumentException("endpoint has no host: " + redact(endpoint));
    }
    if (endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "endpoint must not have a query or fragment; use addQueryParameter: " + redact(endpoint));
    }
    if (endpoint.getRawUserInfo() != null) {
      throw new IllegalArgumentException("endpoint must not carry user info");
    }
    StringBuilder uri = new StringBuilder(128).append(scheme).append("://");
    uri.append(endpoint.getRawAuthority()).append(realtimePath(endpoint.getRawPath()));
    char separator = '?';
    for (Map.Entry<String, String> parameter : query.entrySet()) {
      uri.append(separator).append(encode(parameter.getKey()));
      uri.append('=').append(encode(parameter.getValue()));
      separator = '&';
    }
    try {
      return new URI(uri.toString());
    } catch (URISyntaxException e) {
      // Every part above is either taken raw from a valid URI or percent-encoded.
      throw new IllegalArgumentException("cannot build the WebSocket URI", e);
    }
  }

  /**
   * A URI fit for logs: scheme, host, port and path only, since query parameters may carry an
   * {@code api-key} or a token.
   *
   * @param uri any URI
   * @return the URI without user info, query or fragment
   */
  static String redact(URI uri) {
    StringBuilder text = new StringBuilder();
    if (uri.getScheme() != null) {
      text.append(uri.getScheme()).append("://");
    }
    if (uri.getHost() != null) {
      text.append(uri.getHost());
    }
    if (uri.getPort() != -1) {
      text.append(':').append(uri.getPort());
    }
    if (uri.getRawPath() != null) {
      text.append(uri.getRawPath());
    }
    if (uri.getRawQuery() != null) {
      text.append("?<redacted>");
    }
    return text.toString();
  }

  private static String webSocketScheme(URI endpoint) {
    String scheme = endpoint.getScheme();
    switch (scheme == null ? "" : scheme.toLowerCase(Locale.ROOT)) {
      case "https":
      case "wss":
        return "wss";
      case "http":
      case "ws":
        return "ws";
      default:
        throw new IllegalArgumentException(
            "endpoint scheme must be https, wss, http or ws: " + redact(endpoint));
    }
  }

  private static String realtimePath(String rawPath) {
    String path = rawPath == null ? "" : rawPath;
    if (path.endsWith("/realtime")) {
      return path;
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path + REALTIME_PATH;
  }

  private static String encode(String text) {
    // URLEncoder does HTML form encoding; a query wants %20 for a space, not '+'.
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
