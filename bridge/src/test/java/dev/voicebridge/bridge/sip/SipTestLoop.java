package dev.voicebridge.bridge.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.voicebridge.bridge.sip.transaction.EventLoopTimerScheduler;
import dev.voicebridge.bridge.sip.transaction.TransactionContext;
import dev.voicebridge.bridge.sip.transport.SipFlow;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import io.netty.channel.AddressedEnvelope;
import io.netty.channel.embedded.EmbeddedChannel;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An event loop with a frozen clock for SIP transaction and dialog tests: an {@link
 * EmbeddedChannel} whose loop runs the timers when {@link #advance} moves time, and which records
 * the SIP messages written to it (unencoded, so tests read them as objects).
 */
public final class SipTestLoop {
  /** Timer values for tests: T1 100 ms, T2 800 ms, T4 1 s, D 6.4 s. */
  public static final SipTimers TIMERS = SipTimers.scaledTo(Duration.ofMillis(100));

  private final EmbeddedChannel channel;
  private final AtomicInteger pendingTimers = new AtomicInteger();
  private final EventLoopTimerScheduler scheduler;
  private final SipStats stats = new SipStats();

  private SipTestLoop(EmbeddedChannel channel) {
    this.channel = channel;
    channel.freezeTime();
    this.scheduler = new EventLoopTimerScheduler(channel.eventLoop(), pendingTimers);
  }

  /** A loop whose flow is a UDP socket towards {@link SipFixture#CALLER}. */
  public static SipTestLoop udp() {
    return new SipTestLoop(new EmbeddedChannel());
  }

  /** A loop whose flow is a TCP connection from {@link StreamTestChannel#PEER}. */
  public static SipTestLoop tcp() {
    return new SipTestLoop(new StreamTestChannel());
  }

  /** The flow of this loop's channel. */
  public SipFlow flow() {
    return channel instanceof StreamTestChannel
        ? SipFlow.tcp(channel)
        : SipFlow.udp(channel, SipFixture.CALLER);
  }

  /** A transaction context on this loop with the test timers. */
  public TransactionContext context() {
    return new TransactionContext(TIMERS, scheduler, stats);
  }

  /** The scheduler of this loop. */
  public EventLoopTimerScheduler scheduler() {
    return scheduler;
  }

  /** The counters. */
  public SipStats stats() {
    return stats;
  }

  /** The channel. */
  public EmbeddedChannel channel() {
    return channel;
  }

  /** Timers scheduled and neither fired nor cancelled. */
  public int pendingTimers() {
    return pendingTimers.get();
  }

  /** Moves the clock and runs what became due, including tasks handed to the loop. */
  public void advance(long millis) {
    channel.advanceTimeBy(millis, TimeUnit.MILLISECONDS);
    channel.runPendingTasks();
    channel.runScheduledPendingTasks();
  }

  /** Runs tasks handed to the loop. */
  public void runPendingTasks() {
    channel.runPendingTasks();
  }

  /** Every SIP message written since the last call, oldest first. */
  public List<SIPMessage> sent() {
    List<SIPMessage> messages = new ArrayList<>();
    for (Object out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
      messages.add(out instanceof AddressedEnvelope<?, ?> envelope
          ? (SIPMessage) envelope.content()
          : (SIPMessage) out);
    }
    return messages;
  }

  /** Where each UDP message written since the last call went. */
  public List<InetSocketAddress> sentTo() {
    List<InetSocketAddress> recipients = new ArrayList<>();
    for (Object out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
      recipients.add((InetSocketAddress) ((AddressedEnvelope<?, ?>) out).recipient());
    }
    return recipients;
  }

  /** The status codes of the responses written since the last call. */
  public List<Integer> sentStatuses() {
    return sent().stream().map(m -> ((SIPResponse) m).getStatusCode()).toList();
  }

  /** The methods of the requests written since the last call. */
  public List<String> sentMethods() {
    return sent().stream().map(m -> ((SIPRequest) m).getMethod()).toList();
  }

  /** Asserts nothing is left: no message unread, no timer pending. */
  public void assertFinished() {
    assertThat(sent()).isEmpty();
    assertThat(pendingTimers()).isZero();
    assertFalse(channel.finish());
  }
}
