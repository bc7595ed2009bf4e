package dev.voicebridge.bridge.sip.transaction;

import dev.voicebridge.bridge.sip.SipStats;
import dev.voicebridge.bridge.sip.SipTimers;
import dev.voicebridge.bridge.sip.message.InboundSipMessage;
import dev.voicebridge.bridge.sip.message.SipResponses;
import dev.voicebridge.bridge.sip.transport.SipFlow;
import dev.voicebridge.bridge.sip.transport.ViaAddressing;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import io.netty.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transaction layer (RFC 3261 §17): matches received messages to transactions (§17.1.3,
 * §17.2.3), creates server transactions for new requests and hands them to the {@link
 * TransactionUser}, and starts client transactions for requests the bridge sends.
 *
 * <p>The tables are shared by every event loop, but each entry is only touched on the loop of its
 * Call-ID, which the {@link SipDispatcher} guarantees; the keys include the Call-ID.
 */
public final class SipTransactionLayer {
  private static final Logger log = LoggerFactory.getLogger(SipTransactionLayer.class);

  private final Map<TransactionKey, ServerTransaction> serverTransactions =
      new ConcurrentHashMap<>();
  private final Map<TransactionKey, ClientTransaction> clientTransactions =
      new ConcurrentHashMap<>();
  private final SipTimers timers;
  private final SipStats stats;
  private TransactionUser user;

  /**
   * Creates the layer; {@link #setUser} must be called before the first message.
   *
   * @param timers the timer values
   * @param stats where retransmissions, timeouts and stray messages are counted
   */
  public SipTransactionLayer(SipTimers timers, SipStats stats) {
    this.timers = Objects.requireNonNull(timers, "timers");
    this.stats = Objects.requireNonNull(stats, "stats");
  }

  /** Connects the layer above; the two reference each other. */
  public void setUser(TransactionUser user) {
    this.user = Objects.requireNonNull(user, "user");
  }

  /**
   * Handles a received message without a defect, on the event loop of its Call-ID.
   *
   * @param inbound the message
   * @param flow the flow it arrived on
   * @param scheduler the scheduler of the current event loop
   */
  public void receive(InboundSipMessage inbound, SipFlow flow, SipTimerScheduler scheduler) {
    if (inbound.message() instanceof SIPResponse response) {
      receiveResponse(response, flow);
    } else {
      receiveRequest((SIPRequest) inbound.message(), flow, scheduler);
    }
  }

  private void receiveRequest(SIPRequest request, SipFlow flow, SipTimerScheduler scheduler) {
    TransactionKey key = TransactionKey.ofRequest(request);
    ServerTransaction existing = serverTransactions.get(key);
    String method = request.getMethod();
    if ("ACK".equals(method)) {
      if (!(existing instanceof InviteServerTransaction invite) || !invite.receiveAck()) {
        user.onAck(request, flow);
      }
      return;
    }
    if (existing != null) {
      existing.receiveRetransmission();
      return;
    }
    TransactionContext context = new TransactionContext(timers, scheduler, stats);
    SipFlow responseFlow = ViaAddressing.responseFlow(request, flow);
    if ("INVITE".equals(method)) {
      InviteServerTransaction invite = register(
          new InviteServerTransaction(request, responseFlow, context), serverTransactions);
      invite.start();
      deliver(invite);
      return;
    }
    NonInviteServerTransaction transaction = register(
        new NonInviteServerTransaction(request, responseFlow, context), serverTransactions);
    if ("CANCEL".equals(method)) {
      ServerTransaction cancelled = serverTransactions.get(key.withMethod("INVITE"));
      user.onCancel(transaction, (InviteServerTransaction) cancelled);
    } else {
      deliver(transaction);
    }
  }

  // A server transaction in Trying or Proceeding has no timer: if the transaction user fails
  // before answering, answer for it, or the transaction would live forever.
  private void deliver(ServerTransaction transaction) {
    try {
      user.onRequest(transaction);
    } catch (RuntimeException e) {
      log.warn("Failed to handle {}", transaction.request().getFirstLine().trim(), e);
      if (!transaction.hasFinalResponse() && !transaction.isTerminated()) {
        transaction.sendResponse(SipResponses.create(transaction.request(), 500));
      }
    }
  }

  private void receiveResponse(SIPResponse response, SipFlow flow) {
    ClientTransaction transaction =
        clientTransactions.get(TransactionKey.ofResponse(response));
    if (transaction != null) {
      transaction.receiveResponse(response);
    } else {
      stats.strayMessage();
      user.onStrayResponse(response, flow);
    }
  }

  /**
   * Sends a non-INVITE request in a new client transaction, on the current event loop.
   *
   * @param request the request, with a fresh branch in its top Via
   * @param flow where it goes
   * @param scheduler the scheduler of the current event loop
   * @param listener who hears the outcome
   */
  public NonInviteClientTransaction sendRequest(
      SIPRequest request, SipFlow flow, SipTimerScheduler scheduler,
      ClientTransactionListener listener) {
    NonInviteClientTransaction transaction = register(
        new NonInviteClientTransaction(
            request, flow, new TransactionContext(timers, scheduler, stats), listener),
        clientTransactions);
    transaction.start();
    return transaction;
  }

  /** Sends an INVITE in a new client transaction; see {@link #sendRequest}. */
  public InviteClientTransaction sendInvite(
      SIPRequest invite, SipFlow flow, SipTimerScheduler scheduler,
      ClientTransactionListener listener) {
    InviteClientTransaction transaction = register(
        new InviteClientTransaction(
            invite, flow, new TransactionContext(timers, scheduler, stats), listener),
        clientTransactions);
    transaction.start();
    return transaction;
  }

  /** How many transactions have not terminated yet. */
  public int liveTransactions() {
    return serverTransactions.size() + clientTransactions.size();
  }

  /**
   * Aborts every transaction on its own event loop, for shutdown.
   *
   * @return one future per transaction, done when it is aborted
   */
  public List<Future<?>> abortAll() {
    List<Future<?>> done = new ArrayList<>();
    List<SipTransaction> all = new ArrayList<>(serverTransactions.values());
    all.addAll(clientTransactions.values());
    for (SipTransaction transaction : all) {
      done.add(transaction.scheduler().executor().submit(transaction::abort));
    }
    return done;
  }

  private static <T extends SipTransaction> T register(
      T transaction, Map<TransactionKey, ? super T> table) {
    table.put(transaction.key(), transaction);
    transaction.onTerminated(ended -> table.remove(ended.key(), ended));
    return transaction;
  }
}
