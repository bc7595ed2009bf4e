package dev.voicebridge.protocol.client.testing;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server saw of an upgrade request.
 *
 * @param uri the request target: path and raw query
 * @param headers a copy of the request headers
 */
public record UpgradeRequest(String uri, HttpHeaders headers) {

  /**
   * The request path, without the query.
   *
   * @return the decoded path
   */
  public String path() {
    return new QueryStringDecoder(uri).path();
  }

  /**
   * The query parameters, decoded, in the order sent (first value of each).
   *
   * @return the parameters
   */
  public Map<String, String> query() {
    Map<String, String> query = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : new QueryStringDecoder(uri).parameters().entrySet()) {
      query.put(e.getKey(), e.getValue().get(0));
    }
    return query;
  }
}
