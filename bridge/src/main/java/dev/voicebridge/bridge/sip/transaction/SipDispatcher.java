package dev.voicebridge.bridge.sip.transaction;

import dev.voicebridge.bridge.sip.SipStats;
import dev.voicebridge.bridge.sip.SipProtocolException;
import dev.voicebridge.bridge.sip.message.InboundSipMessage;
import dev.voicebridge.bridge.sip.message.SipResponses;
import dev.voicebridge.bridge.sip.transport.SipFlow;
import dev.voicebridge.bridge.sip.transport.SipMessageSink;
import dev.voicebridge.bridge.sip.transport.ViaAddressing;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import io.netty.util.concurrent.EventExecutor;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pins every Call-ID to one event loop and runs its transaction and dialog work there.
 *
 * <p>The SIP socket's own loop only decodes; a hash of the Call-ID picks the loop of the call, so
 * calls spread over all loops and the call layer can put the call's RTP and WebSocket channels on
 * the same loop with no locks. A request with a defect (unanswerable by a transaction: missing
 * Call-ID, malformed header) is answered statelessly where it arrived (RFC 3261 §8.2).
 */
public final class SipDispatcher implements SipMessageSink {
  private static final Logger log = LoggerFactory.getLogger(SipDispatcher.class);

  private final List<SipTimerScheduler> loops;
  private final SipTransactionLayer transactions;
  private final SipStats stats;

  /**
   * Creates the dispatcher.
   *
   * @param loops one scheduler per event loop calls may run on
   * @param transactions the transaction layer
   * @param stats where dropped messages are counted
   */
  public SipDispatcher(
      List<SipTimerScheduler> loops, SipTransactionLayer transactions, SipStats stats) {
    if (loops.isEmpty()) {
      throw new IllegalArgumentException("No event loops");
    }
    this.loops = List.copyOf(loops);
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.stats = Objects.requireNonNull(stats, "stats");
  }

  @Override
  public void receive(InboundSipMessage inbound, SipFlow flow) {
    if (inbound.defect() != null) {
      rejectStatelessly((SIPRequest) inbound.message(), inbound.defect(), flow);
      return;
    }
    SipTimerScheduler scheduler = schedulerFor(inbound.message().getCallId().getCallId());
    EventExecutor executor = scheduler.executor();
    if (executor.inEventLoop()) {
      deliver(inbound, flow, scheduler);
    } else {
      executor.execute(() -> deliver(inbound, flow, scheduler));
    }
  }

  /** The scheduler of the event loop a Call-ID is pinned to. */
  public SipTimerScheduler schedulerFor(String callId) {
    return loops.get(Math.floorMod(callId.hashCode(), loops.size()));
  }

  private void deliver(InboundSipMessage inbound, SipFlow flow, SipTimerScheduler scheduler) {
    try {
      transactions.receive(inbound, flow, scheduler);
    } catch (RuntimeException e) {
      log.warn("Failed to process SIP message from {}", inbound.sender(), e);
    }
  }

  private void rejectStatelessly(SIPRequest request, SipProtocolException defect, SipFlow flow) {
    // An ACK is never answered (§17.2.1); a broken one is just dropped.
    if ("ACK".equals(request.getMethod())) {
      stats.unparseableMessage();
      return;
    }
    if (log.isDebugEnabled()) {
      log.debug("Refusing request from {}: {} {}", flow.remoteAddress(), defect.statusCode(),
          defect.reasonPhrase());
    }
    try {
      SIPResponse response =
          SipResponses.create(request, defect.statusCode(), defect.reasonPhrase());
      ViaAddressing.responseFlow(request, flow).send(response);
    } catch (RuntimeException e) {
      stats.unparseableMessage();
      log.debug("Cannot answer broken request from {}", flow.remoteAddress(), e);
    }
  }
}
