package dev.voicebridge.bridge.sip.transaction;

import dev.voicebridge.bridge.sip.transport.SipFlow;
import gov.nist.javax.sip.message.SIPMessage;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the four RFC 3261 §17 transaction state machines share: identity, the flow they send on,
 * their timers, and one way to end. Every transaction is confined to one event loop (its Call-ID's)
 * and ends exactly once through {@link #terminate()}, which cancels its timers and removes it from
 * the transaction table, whatever ended it: a timer, a transport error or a server shutdown.
 */
public abstract class SipTransaction {
  private final TransactionKey key;
  private final SipFlow flow;
  protected final TransactionContext context;
  private Consumer<SipTransaction> terminationHook = transaction -> {};
  private boolean terminated;

  SipTransaction(TransactionKey key, SipFlow flow, TransactionContext context) {
    this.key = Objects.requireNonNull(key, "key");
    this.flow = Objects.requireNonNull(flow, "flow");
    this.context = Objects.requireNonNull(context, "context");
  }

  /** The key the transaction is matched by. */
  public TransactionKey key() {
    return key;
  }

  /** The flow messages of this transaction are sent on. */
  public SipFlow flow() {
    return flow;
  }

  /** The scheduler of the event loop this transaction is confined to. */
  public SipTimerScheduler scheduler() {
    return context.scheduler();
  }

  /** Whether the transaction has reached its Terminated state. */
  public boolean isTerminated() {
    return terminated;
  }

  /** Ends the transaction now without sending anything, as on server shutdown. */
  public void abort() {
    terminate();
  }

  void onTerminated(Consumer<SipTransaction> hook) {
    this.terminationHook = Objects.requireNonNull(hook, "hook");
  }

  /**
   * Sends a message: always the last step of a state change, after state and timers are set, as a
   * write may run other due tasks before it returns (an {@code EmbeddedChannel} does). A failed
   * write is reported later, as a separate task on this transaction's event loop, never from
   * inside the state change that sent it.
   */
  protected final void send(SIPMessage message) {
    flow.send(message).addListener(future -> {
      if (!future.isSuccess()) {
        context.scheduler().executor().execute(() -> transportFailed(future.cause()));
      }
    });
  }

  private void transportFailed(Throwable cause) {
    if (!terminated) {
      terminate();
      onTransportError(cause);
    }
  }

  /** Schedules a timer unless the transport is reliable, where timers D, I, J, K are zero. */
  protected final SipTimer scheduleUnlessReliable(Runnable task, long delayMillis) {
    if (flow.transport().isReliable()) {
      task.run();
      return SipTimer.NONE;
    }
    return context.scheduler().schedule(task, delayMillis);
  }

  /** Moves to Terminated: cancels every timer and leaves the transaction table; idempotent. */
  protected final void terminate() {
    if (terminated) {
      return;
    }
    terminated = true;
    cancelTimers();
    terminationHook.accept(this);
  }

  /** Cancels every pending timer of the transaction. */
  protected abstract void cancelTimers();

  /** Called once, after termination, when a message could not be sent (§17.1.4, §17.2.4). */
  protected abstract void onTransportError(Throwable cause);
}
