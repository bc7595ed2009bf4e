package dev.voicebridge.bridge.app;

import dev.voicebridge.bridge.call.CallManager;
import dev.voicebridge.bridge.call.CallSummary;
import dev.voicebridge.bridge.config.BridgeConfig;
import dev.voicebridge.bridge.config.RtpConfig;
import dev.voicebridge.bridge.config.Secret;
import dev.voicebridge.bridge.config.VoiceLiveConfig;
import dev.voicebridge.bridge.rtp.RtpEngine;
import dev.voicebridge.bridge.rtp.RtpEngineConfig;
import dev.voicebridge.bridge.sip.SipConfig;
import dev.voicebridge.bridge.sip.SipLiveCounts;
import dev.voicebridge.bridge.sip.SipServer;
import dev.voicebridge.bridge.sip.SipTimers;
import dev.voicebridge.protocol.client.AccessToken;
import dev.voicebridge.protocol.client.LoopbackSessionWarmup;
import dev.voicebridge.protocol.client.VoiceLiveAgent;
import dev.voicebridge.protocol.client.VoiceLiveClient;
import dev.voicebridge.protocol.client.VoiceLiveClientConfig;
import dev.voicebridge.protocol.client.VoiceLiveCredential;
import dev.voicebridge.protocol.server.LocalServerConfig;
import dev.voicebridge.protocol.server.LocalVoiceLiveServer;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running bridge: one event-loop group serving SIP, RTP and Voice Live. */
public final class Bridge implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Bridge.class);
  private static final Duration WARMUP_SESSION_TIMEOUT = Duration.ofSeconds(10);
  private static final long SHUTDOWN_MILLIS = 5_000;
  private static final long STATUS_PERIOD_SECONDS = 10;
  private static final long FINAL_STATUS_WAIT_MILLIS = 2_000;

  private final BridgeConfig config;
  private final SipConfig sipConfig;
  private EventLoopGroup group;
  private NettyTransport transport;
  private EventLoopGroup localServerGroup;
  private LocalVoiceLiveServer localServer;
  private RtpEngine rtp;
  private VoiceLiveClient client;
  private CallManager calls;
  private SipServer sip;
  private final List<Consumer<CallSummary>> summaryListeners = new CopyOnWriteArrayList<>();
  private final CallEndCounts callEnds = new CallEndCounts();
  private final BridgeStatusReporter statusReporter = new BridgeStatusReporter(log::info);
  private ScheduledFuture<?> statusTask;

  /** A bridge for {@code config}; {@link #start()} binds it. */
  public Bridge(BridgeConfig config) {
    this(config, sipConfigFrom(config));
  }

  /**
   * A bridge whose SIP transport settings replace those of {@code config} (tests bind port 0).
   *
   * @param config everything else
   * @param sipConfig the SIP server's settings
   */
  public Bridge(BridgeConfig config, SipConfig sipConfig) {
    this.config = Objects.requireNonNull(config, "config");
    this.sipConfig = Objects.requireNonNull(sipConfig, "sipConfig");
  }

  /** The SIP server settings the configuration describes. */
  public static SipConfig sipConfigFrom(BridgeConfig config) {
    var s = config.sip();
    return SipConfig.newBuilder()
        .bindAddress(s.bindAddress())
        .udpPort(s.udpPort())
        .tcpPort(s.tcpEnabled() ? s.tcpPort() : SipConfig.DISABLED)
        .advertisedHost(s.advertisedHost().isEmpty() ? null : s.advertisedHost())
        .advertisedPort(s.advertisedPort())
        .timers(new SipTimers(s.t1(), s.t2(), s.t4(), SipTimers.DEFAULT.timerD()))
        .maxCalls(s.maxConcurrentCalls())
        .retryAfter(s.retryAfter())
        .userAgent(s.userAgent())
        .build();
  }

  /** Starts the local server (when no endpoint is set), the media engine and SIP. */
  public synchronized Bridge start() throws InterruptedException, UnknownHostException {
    if (group != null) {
      throw new IllegalStateException("Already started");
    }
    transport = NettyTransport.best();
    // One loop per core: a call's SIP, RTP, WebSocket and timers share its loop, lock-free.
    group = transport.newGroup(Runtime.getRuntime().availableProcessors(), "bridge-loop");
    try {
      VoiceLiveClientConfig clientConfig = clientConfig();
      RtpConfig r = config.rtp();
      rtp = new RtpEngine(RtpEngineConfig.newBuilder()
          .bindAddress(InetAddress.getByName(r.bindAddress()))
          .ports(r.portRange().first(), r.portRange().last())
          .build());
      client = VoiceLiveClient.newBuilder()
          .channelFactory(transport.socket()).build();
      calls = new CallManager(config, rtp, client, clientConfig,
          advertisedRtpAddress(r));
      calls.addSummaryListener(callEnds);
      summaryListeners.forEach(calls::addSummaryListener);
      sip = new SipServer(sipConfig, group, calls, transport.datagram(),
          transport.serverSocket());
      warmUp(r);
      sip.start();
      statusTask = group.scheduleAtFixedRate(this::reportStatus,
          STATUS_PERIOD_SECONDS, STATUS_PERIOD_SECONDS, TimeUnit.SECONDS);
      return this;
    } catch (Exception e) {
      // Also Netty's sync(), which rethrows a checked BindException undeclared: without the
      // stop the event loops would keep the JVM alive after a failed start.
      stop();
      throw e;
    }
  }

  private void warmUp(RtpConfig r) throws InterruptedException {
    try {
      ColdStartWarmup.Result offline = ColdStartWarmup.run(r.mediaPolicy());
      LoopbackSessionWarmup.Result session = LoopbackSessionWarmup.run(
          client, group, transport.serverSocketFactory(), WARMUP_SESSION_TIMEOUT);
      log.info("Warmed up in {} ms before taking calls: {} Voice Live event types, {} INVITEs "
          + "answered offline, a loopback Voice Live session with {} audio deltas",
          offline.took().plus(session.took()).toMillis(), offline.eventTypes(),
          offline.sipRounds(), session.audioDeltas());
    } catch (RuntimeException e) {
      // Only the first calls' smoothness depends on it; a bridge that can take calls should.
      log.warn("Warm-up failed, the first calls pay for it: {}", e.toString());
    }
  }

  private VoiceLiveClientConfig clientConfig() {
    VoiceLiveConfig v = config.voiceLive();
    VoiceLiveClientConfig.Builder b = VoiceLiveClientConfig.newBuilder()
        .apiVersion(v.apiVersion())
        .model(v.model())
        .connectTimeout(v.connectTimeout());
    if (v.usesLocalServer()) {
      // Its own loops: it stands in for a remote service, so its CPU is kept apart from the
      // bridge's (threads voicelive-local-*), as it would be in production.
      localServerGroup =
          transport.newGroup(Runtime.getRuntime().availableProcessors(), "voicelive-local");
      localServer = LocalVoiceLiveServer.start(LocalServerConfig.newBuilder()
          .port(config.localServer().port())
          .agent(config.localServer().agent())
          .build(), localServerGroup, transport.serverSocketFactory());
      return b.endpoint(localServer.endpoint()).credential(VoiceLiveCredential.none()).build();
    }
    b.endpoint(v.endpoint());
    v.agent().ifPresent(a -> b.agent(new VoiceLiveAgent(a.name(), a.project(), a.version())));
    Optional<Secret> key = v.auth().apiKey();
    Optional<Secret> token = v.auth().token();
    if (key.isPresent()) {
      b.credential(VoiceLiveCredential.apiKey(key.get().reveal()));
    } else if (token.isPresent()) {
      String t = token.get().reveal();
      // A static token from the environment: it never refreshes, so call it valid for a day.
      b.credential(VoiceLiveCredential.bearerToken(scope -> CompletableFuture.completedFuture(
          new AccessToken(t, Instant.now().plus(Duration.ofDays(1))))));
    } else {
      b.credential(VoiceLiveCredential.none());
    }
    return b.build();
  }

  private static InetAddress advertisedRtpAddress(RtpConfig r) throws UnknownHostException {
    if (!r.advertisedAddress().isEmpty()) {
      return InetAddress.getByName(r.advertisedAddress());
    }
    InetAddress bind = InetAddress.getByName(r.bindAddress());
    return bind.isAnyLocalAddress() ? InetAddress.getLocalHost() : bind;
  }

  /**
   * Ends every call, stops SIP, logs the final status line, then stops the local server and the
   * event loops. Blocks; call from outside the event loops. Idempotent.
   */
  public synchronized void stop() {
    if (group == null) {
      return;
    }
    if (statusTask != null) {
      statusTask.cancel(false);
      statusTask = null;
    }
    if (calls != null) {
      calls.shutdown(SHUTDOWN_MILLIS);
    }
    if (sip != null) {
      sip.stop();
    }
    reportFinalStatus();
    if (localServer != null) {
      localServer.close();
    }
    if (localServerGroup != null) {
      localServerGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
      localServerGroup = null;
    }
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    group = null;
  }

  /** Runs on a loop: must not wait for the pacers' loops. */
  private void reportStatus() {
    status().whenComplete((s, e) -> {
      if (e != null) {
        log.warn("Bridge status not available", e);
      } else {
        statusReporter.report(s);
      }
    });
  }

  private void reportFinalStatus() {
    try {
      statusReporter.reportFinal(
          status().get(FINAL_STATUS_WAIT_MILLIS, TimeUnit.MILLISECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      log.warn("Final bridge status not available", e);
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** The bound SIP UDP address, or null when UDP is disabled or not started. */
  public InetSocketAddress sipUdpAddress() {
    return sip == null ? null : sip.udpAddress();
  }

  /** The local Voice Live server's endpoint, when one runs in-process. */
  public Optional<String> localServerEndpoint() {
    return localServer == null ? Optional.empty() : Optional.of(localServer.endpoint().toString());
  }

  /**
   * Hears every call's summary when it ends (tests, load reports); call before {@link #start()}.
   * The listener runs on the call's event loop and must not block.
   */
  public Bridge onCallEnded(Consumer<CallSummary> listener) {
    summaryListeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /** The Netty transport in use ({@code epoll} or {@code nio}), or null before start. */
  public String transportName() {
    return transport == null ? null : transport.name();
  }

  /** Calls not yet closed. */
  public int activeCalls() {
    return calls == null ? 0 : calls.activeCalls();
  }

  /** RTP sessions open (one port pair each). */
  public int rtpSessionsOpen() {
    return rtp == null ? 0 : rtp.openSessionCount();
  }

  /** SIP transactions, dialogs and timers alive. */
  public SipLiveCounts sipLiveCounts() {
    return sip == null ? new SipLiveCounts(0, 0, 0) : sip.liveCounts();
  }

  /**
   * What the bridge holds now and how many calls ended, as logged every 10 s when it changed. The
   * pacers' figures are read on their own loops, so this completes once they answered; it never
   * blocks a loop.
   */
  public CompletableFuture<BridgeStatus> status() {
    int open = activeCalls();
    int sessions = rtpSessionsOpen();
    int leased = rtp == null ? 0 : rtp.ports().inUseCount();
    SipLiveCounts sipCounts = sipLiveCounts();
    long voiceLiveSessions = client == null ? 0 : client.openSessions();
    OptionalLong serverSessions = localServer == null
        ? OptionalLong.empty() : OptionalLong.of(localServer.stats().sessionsOpen());
    long ended = callEnds.ended();
    long failed = callEnds.failed();
    CompletableFuture<BridgeStatus.Pacing> pacing = rtp == null
        ? CompletableFuture.completedFuture(BridgeStatus.Pacing.NONE)
        : BridgeStatus.Pacing.collect(rtp.pacers());
    return pacing.thenApply(p -> new BridgeStatus(
        open, sessions, leased, sipCounts, p, voiceLiveSessions, serverSessions, ended, failed));
  }
}
