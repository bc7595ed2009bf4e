package dev.voicebridge.bridge.call;

import dev.voicebridge.bridge.config.BridgeConfig;
import dev.voicebridge.bridge.config.CallProfile;
import dev.voicebridge.bridge.rtp.RtpEngine;
import dev.voicebridge.bridge.sdp.SdpNegotiator;
import dev.voicebridge.bridge.sip.DialogListener;
import dev.voicebridge.bridge.sip.IncomingInvite;
import dev.voicebridge.bridge.sip.InviteHandler;
import dev.voicebridge.protocol.client.VoiceLiveClient;
import dev.voicebridge.protocol.client.VoiceLiveClientConfig;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Answers INVITEs with {@link InboundCall}s and keeps the set of live calls. */
public final class CallManager implements InviteHandler {
  private final BridgeConfig config;
  private final RtpEngine rtp;
  private final VoiceLiveClient client;
  private final VoiceLiveClientConfig clientConfig;
  private final SdpNegotiator negotiator;
  private final InetAddress advertisedRtp;
  private final Set<InboundCall> calls = ConcurrentHashMap.newKeySet();
  private final List<Consumer<CallSummary>> summaryListeners = new CopyOnWriteArrayList<>();

  /**
   * A manager for calls of {@code config}.
   *
   * @param config profiles, session and call settings
   * @param rtp the media engine
   * @param client the Voice Live client
   * @param clientConfig endpoint, credential and timeouts of every call's session
   * @param advertisedRtp the address written into SDP answers
   */
  public CallManager(BridgeConfig config, RtpEngine rtp, VoiceLiveClient client,
      VoiceLiveClientConfig clientConfig, InetAddress advertisedRtp) {
    this.config = Objects.requireNonNull(config, "config");
    this.rtp = Objects.requireNonNull(rtp, "rtp");
    this.client = Objects.requireNonNull(client, "client");
    this.clientConfig = Objects.requireNonNull(clientConfig, "clientConfig");
    this.advertisedRtp = Objects.requireNonNull(advertisedRtp, "advertisedRtp");
    this.negotiator = new SdpNegotiator(config.rtp().mediaPolicy());
  }

  @Override
  public DialogListener onInvite(IncomingInvite invite) {
    String called = invite.calledNumber() == null ? "" : invite.calledNumber();
    CallProfile profile = config.profileFor(called);
    InboundCall call = new InboundCall(invite, profile, rtp, client, clientConfig, negotiator,
        advertisedRtp, calls::remove, this::publish);
    calls.add(call);
    if (rtp.isOverloaded()) {
      // Another call would take frames from every call on the lagging loop.
      call.refuseOverloaded(config.sip().retryAfter());
    } else {
      call.start();
    }
    return call;
  }

  /**
   * Hears every call's summary when it ends, on the call's event loop; must not block.
   *
   * @param listener receives one {@link CallSummary} per ended call
   */
  public void addSummaryListener(Consumer<CallSummary> listener) {
    summaryListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  private void publish(CallSummary summary) {
    for (Consumer<CallSummary> l : summaryListeners) {
      l.accept(summary);
    }
  }

  /** Calls not yet closed. */
  public int activeCalls() {
    return calls.size();
  }

  /** Ends every call (BYE or 503) and waits up to {@code timeoutMillis} for them to close. */
  public void shutdown(long timeoutMillis) {
    List<Future<Void>> closing = new ArrayList<>();
    for (InboundCall call : calls) {
      Promise<Void> done = call.eventLoop().newPromise();
      call.eventLoop().execute(() -> {
        call.close(CallEnd.SHUTDOWN);
        done.setSuccess(null);
      });
      closing.add(done);
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    for (Future<Void> f : closing) {
      long left = deadline - System.nanoTime();
      f.awaitUninterruptibly(Math.max(0, left), TimeUnit.NANOSECONDS);
    }
  }
}
