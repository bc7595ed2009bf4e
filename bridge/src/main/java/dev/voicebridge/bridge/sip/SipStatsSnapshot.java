package dev.voicebridge.bridge.sip;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SIP counters at one moment. Maps are immutable and sorted by key.
 *
 * @param requestsReceived requests read, by method ({@code OTHER} for unknown methods)
 * @param requestsSent requests written, by method, retransmissions included
 * @param responsesReceived responses read, by status code
 * @param responsesSent responses written, by status code, retransmissions included
 * @param retransmissionsSent messages sent again by a retransmission timer
 * @param retransmissionsAbsorbed retransmitted requests absorbed by their transaction
 * @param unparseableMessages messages dropped because they could not be parsed or answered
 * @param tcpFramingErrors TCP connections closed for a framing error
 * @param overloadRejections INVITEs refused with 503 at capacity
 * @param transactionTimeouts transactions ended by timer B, F or H
 * @param strayMessages responses and ACKs that matched nothing and were dropped
 */
public record SipStatsSnapshot(
    @JsonProperty("requests_received") Map<String, Long> requestsReceived,
    @JsonProperty("requests_sent") Map<String, Long> requestsSent,
    @JsonProperty("responses_received") Map<Integer, Long> responsesReceived,
    @JsonProperty("responses_sent") Map<Integer, Long> responsesSent,
    @JsonProperty("retransmissions_sent") long retransmissionsSent,
    @JsonProperty("retransmissions_absorbed") long retransmissionsAbsorbed,
    @JsonProperty("unparseable_messages") long unparseableMessages,
    @JsonProperty("tcp_framing_errors") long tcpFramingErrors,
    @JsonProperty("overload_rejections") long overloadRejections,
    @JsonProperty("transaction_timeouts") long transactionTimeouts,
    @JsonProperty("stray_messages") long strayMessages) {

  /** Copies the maps so the snapshot cannot change. */
  public SipStatsSnapshot {
    requestsReceived = sorted(requestsReceived);
    requestsSent = sorted(requestsSent);
    responsesReceived = sorted(responsesReceived);
    responsesSent = sorted(responsesSent);
  }

  private static <K> Map<K, Long> sorted(Map<K, Long> counts) {
    return Collections.unmodifiableMap(new TreeMap<>(counts));
  }

  /** Requests of {@code method} received, 0 if none. */
  public long requestsReceived(String method) {
    return requestsReceived.getOrDefault(method, 0L);
  }

  /** Responses with {@code status} sent, 0 if none. */
  public long responsesSent(int status) {
    return responsesSent.getOrDefault(status, 0L);
  }
}
