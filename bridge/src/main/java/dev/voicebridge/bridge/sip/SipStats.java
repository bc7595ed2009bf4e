package dev.voicebridge.bridge.sip;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of the SIP layer, updated from any event loop without locks. {@link #snapshot()} reads
 * them into an immutable {@link SipStatsSnapshot}. The increment methods are for the SIP layer's
 * own packages; the call layer only reads.
 */
public final class SipStats {
  /** Methods counted under their own name; anything else counts as {@code OTHER}. */
  private static final Set<String> KNOWN_METHODS =
      Set.of(
          "INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "INFO", "REGISTER", "SUBSCRIBE", "NOTIFY",
          "REFER", "UPDATE", "PRACK", "MESSAGE", "PUBLISH");

  private final Map<String, LongAdder> requestsReceived = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> requestsSent = new ConcurrentHashMap<>();
  private final Map<Integer, LongAdder> responsesReceived = new ConcurrentHashMap<>();
  private final Map<Integer, LongAdder> responsesSent = new ConcurrentHashMap<>();
  private final LongAdder retransmissionsSent = new LongAdder();
  private final LongAdder retransmissionsAbsorbed = new LongAdder();
  private final LongAdder unparseableMessages = new LongAdder();
  private final LongAdder tcpFramingErrors = new LongAdder();
  private final LongAdder overloadRejections = new LongAdder();
  private final LongAdder transactionTimeouts = new LongAdder();
  private final LongAdder strayMessages = new LongAdder();

  /** Counts a request read from the network. */
  public void requestReceived(String method) {
    count(requestsReceived, methodKey(method));
  }

  /** Counts a request written to the network, retransmissions included. */
  public void requestSent(String method) {
    count(requestsSent, methodKey(method));
  }

  /** Counts a response read from the network. */
  public void responseReceived(int status) {
    count(responsesReceived, status);
  }

  /** Counts a response written to the network, retransmissions included. */
  public void responseSent(int status) {
    count(responsesSent, status);
  }

  /** Counts a message the transaction layer sent again (timers A, E, G, the 2xx timer). */
  public void retransmissionSent() {
    retransmissionsSent.increment();
  }

  /** Counts a retransmitted request absorbed by its server transaction. */
  public void retransmissionAbsorbed() {
    retransmissionsAbsorbed.increment();
  }

  /** Counts a datagram or stream message that could not be parsed and was dropped. */
  public void unparseableMessage() {
    unparseableMessages.increment();
  }

  /** Counts a TCP connection closed for a framing error. */
  public void tcpFramingError() {
    tcpFramingErrors.increment();
  }

  /** Counts an INVITE refused with 503 because the bridge was at capacity. */
  public void overloadRejection() {
    overloadRejections.increment();
  }

  /** Counts a transaction that ended by timeout (timers B, F, H). */
  public void transactionTimeout() {
    transactionTimeouts.increment();
  }

  /** Counts a response or ACK that matched no transaction or dialog and was dropped. */
  public void strayMessage() {
    strayMessages.increment();
  }

  /** The counters as they are now. */
  public SipStatsSnapshot snapshot() {
    return new SipStatsSnapshot(
        read(requestsReceived),
        read(requestsSent),
        read(responsesReceived),
        read(responsesSent),
        retransmissionsSent.sum(),
        retransmissionsAbsorbed.sum(),
        unparseableMessages.sum(),
        tcpFramingErrors.sum(),
        overloadRejections.sum(),
        transactionTimeouts.sum(),
        strayMessages.sum());
  }

  // A hostile peer could send endless invented methods; the map must stay bounded.
  private static String methodKey(String method) {
    return KNOWN_METHODS.contains(method) ? method : "OTHER";
  }

  private static <K> void count(Map<K, LongAdder> counters, K key) {
    counters.computeIfAbsent(key, k -> new LongAdder()).increment();
  }

  private static <K extends Comparable<K>> Map<K, Long> read(Map<K, LongAdder> counters) {
    Map<K, Long> copy = new TreeMap<>();
    counters.forEach((key, adder) -> copy.put(key, adder.sum()));
    return copy;
  }
}
