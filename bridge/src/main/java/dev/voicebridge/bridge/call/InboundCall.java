package dev.voicebridge.bridge.call;

import dev.voicebridge.bridge.config.AudioFormat;
import dev.voicebridge.bridge.config.CallConfig;
import dev.voicebridge.bridge.config.CallProfile;
import dev.voicebridge.bridge.config.GreetingConfig;
import dev.voicebridge.bridge.rtp.Playout;
import dev.voicebridge.bridge.rtp.RtpAudioFormat;
import dev.voicebridge.bridge.rtp.RtpEngine;
import dev.voicebridge.bridge.rtp.RtpPortsExhaustedException;
import dev.voicebridge.bridge.rtp.RtpSession;
import dev.voicebridge.bridge.rtp.RtpSessionStats;
import dev.voicebridge.bridge.sdp.G711Codec;
import dev.voicebridge.bridge.sdp.MediaPolicy;
import dev.voicebridge.bridge.sdp.NegotiatedMedia;
import dev.voicebridge.bridge.sdp.Negotiation;
import dev.voicebridge.bridge.sdp.SdpAnswer;
import dev.voicebridge.bridge.sdp.SdpDialog;
import dev.voicebridge.bridge.sdp.SdpNegotiationException;
import dev.voicebridge.bridge.sdp.SdpNegotiator;
import dev.voicebridge.bridge.sdp.SdpOffer;
import dev.voicebridge.bridge.sip.DialogListener;
import dev.voicebridge.bridge.sip.IncomingInvite;
import dev.voicebridge.bridge.sip.ReInvite;
import dev.voicebridge.bridge.sip.SipDialog;
import dev.voicebridge.bridge.sip.TerminationReason;
import dev.voicebridge.codec.frame.G711ToPcm16;
import dev.voicebridge.codec.frame.Pcm16ToG711;
import dev.voicebridge.codec.g711.G711Law;
import dev.voicebridge.protocol.client.RealtimeListener;
import dev.voicebridge.protocol.client.RealtimeSession;
import dev.voicebridge.protocol.client.VoiceLiveClient;
import dev.voicebridge.protocol.client.VoiceLiveClientConfig;
import dev.voicebridge.protocol.client.VoiceLiveException;
import dev.voicebridge.protocol.event.ClientEventConversationItemTruncate;
import dev.voicebridge.protocol.event.ClientEventResponseCancel;
import dev.voicebridge.protocol.event.ClientEventResponseCreate;
import dev.voicebridge.protocol.event.ResponseCreateParams;
import dev.voicebridge.protocol.event.ServerEvent;
import dev.voicebridge.protocol.event.ServerEventError;
import dev.voicebridge.protocol.event.ServerEventInputAudioBufferSpeechStarted;
import dev.voicebridge.protocol.event.ServerEventInputAudioBufferSpeechStopped;
import dev.voicebridge.protocol.event.ServerEventResponseAudioDelta;
import dev.voicebridge.protocol.event.ServerEventResponseAudioDone;
import dev.voicebridge.protocol.event.ServerEventSessionUpdated;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call from a SIP caller to Voice Live. Everything runs on the INVITE's event loop: SIP
 * callbacks, RTP frames, WebSocket events and the call's timers, so there are no locks.
 *
 * <p>Order: negotiate SDP (or prepare an offer for an offerless INVITE), open RTP, 180, connect
 * Voice Live, send {@code session.update}, and answer 200 once {@code session.updated} arrived
 * and the configured ringing time is over. Every ending goes through {@link #close(CallEnd)}.
 */
final class InboundCall extends RealtimeListener implements DialogListener {
  private static final Logger log = LoggerFactory.getLogger(InboundCall.class);
  /** Beyond the WebSocket's own connect timeout: the session.update round trip. */
  private static final Duration SESSION_SETUP_GRACE = Duration.ofSeconds(5);

  private final IncomingInvite invite;
  private final CallProfile profile;
  private final RtpEngine rtpEngine;
  private final VoiceLiveClient client;
  private final VoiceLiveClientConfig clientConfig;
  private final InetAddress advertisedRtp;
  private final Consumer<InboundCall> onClosed;
  private final Consumer<CallSummary> onSummary;
  private final EventLoop loop;
  private final long startNanos = System.nanoTime();
  private final long idleNanos;

  private SdpNegotiator negotiator;
  private SdpOffer offer;
  private G711Law law;
  private RtpAudioFormat format;
  private CallerAudioUplink uplink;
  private ModelAudioPlayer player;
  private RtpSession rtp;
  private SdpDialog sdpDialog;
  private InetSocketAddress remoteSdpAddress;
  private RealtimeSession session;
  private byte[] localSdp;
  private SipDialog dialog;
  private boolean sessionReady;
  private boolean ringingDone;
  private boolean held;
  private boolean sendsOnAnswer;
  private ScheduledFuture<?> setupTimer;
  private ScheduledFuture<?> ringTimer;
  private ScheduledFuture<?> maxDurationTimer;
  private ScheduledFuture<?> idleTimer;
  private long lastActivityNanos;
  private boolean closed;
  private int bargeIns;
  private int truncates;

  InboundCall(IncomingInvite invite, CallProfile profile, RtpEngine rtpEngine,
      VoiceLiveClient client, VoiceLiveClientConfig clientConfig, SdpNegotiator negotiator,
      InetAddress advertisedRtp, Consumer<InboundCall> onClosed,
      Consumer<CallSummary> onSummary) {
    this.invite = invite;
    this.profile = profile;
    this.rtpEngine = rtpEngine;
    this.client = client;
    this.clientConfig = clientConfig;
    this.negotiator = negotiator;
    this.advertisedRtp = advertisedRtp;
    this.onClosed = onClosed;
    this.onSummary = onSummary;
    this.loop = invite.eventLoop();
    this.idleNanos = profile.call().idleTimeout().toNanos();
  }

  EventLoop eventLoop() {
    return loop;
  }

  /**
   * Refuses the call with 503 and {@code Retry-After}: the media loops have fallen behind ({@link
   * RtpEngine#isOverloaded}), and a trunk should try another bridge or come back later.
   */
  void refuseOverloaded(Duration retryAfter) {
    log.warn("Call {}: refused with 503, the media loops are behind (overloaded)",
        invite.callId());
    invite.reject(503, "Service Unavailable", retryAfter);
    close(CallEnd.OVERLOADED);
  }

  /** Negotiates (or prepares an offer) and opens media; called on the INVITE's loop. */
  void start() {
    G711Codec codec;
    int payloadType;
    int ptimeMs;
    try {
      byte[] body = invite.sdp();
      if (body == null || body.length == 0) {
        // Offer in our 200, answer in the ACK. Offer only the preferred law: the RTP session is
        // opened for one law before the answer can say which one the caller picked.
        MediaPolicy policy = negotiator.policy();
        codec = policy.codecPreference().get(0);
        negotiator = new SdpNegotiator(new MediaPolicy(List.of(codec), policy.ptimeMs(),
            policy.telephoneEvent(), policy.telephoneEventPayloadType()));
        payloadType = codec == G711Codec.PCMA ? 8 : 0;
        ptimeMs = policy.ptimeMs();
      } else {
        offer = SdpOffer.parse(body);
        NegotiatedMedia media = negotiator.negotiate(offer, Optional.empty());
        codec = media.codec();
        payloadType = media.payloadType();
        ptimeMs = media.ptimeMs();
        remoteSdpAddress = media.remoteRtpAddress();
      }
    } catch (SdpNegotiationException e) {
      log.info("Call {}: SDP rejected with {}: {}", invite.callId(), e.statusCode(), e.reason());
      invite.reject(e.statusCode(), e.statusCode() == 400 ? "Bad Request" : "Not Acceptable Here");
      close(CallEnd.REJECTED);
      return;
    }
    law = codec == G711Codec.PCMA ? G711Law.ALAW : G711Law.ULAW;
    format = new RtpAudioFormat(payloadType, G711Law.SAMPLE_RATE, ptimeMs,
        ptimeMs * G711Law.SAMPLE_RATE / 1000, law.silenceByte());
    CallConfig call = profile.call();
    AudioFormat modelFormat = call.audioFormat();
    int rate = SessionUpdates.sampleRate(modelFormat);
    boolean passthrough = modelFormat == AudioFormat.G711;
    uplink = new CallerAudioUplink(passthrough ? null : new G711ToPcm16(law, rate),
        format.frameBytes(),
        CallerAudioUplink.framesPerAppend(call.appendInterval().toMillis(), ptimeMs));
    player = new ModelAudioPlayer(passthrough ? null : new Pcm16ToG711(rate, law),
        format.frameBytes(), format.silence());
    InetSocketAddress remote = remoteSdpAddress == null
        || remoteSdpAddress.getAddress().isAnyLocalAddress() ? null : remoteSdpAddress;
    rtpEngine.open(loop, format, remote, this::onInboundFrame).addListener(this::onRtpOpened);
  }

  private void onRtpOpened(Future<? super RtpSession> future) {
    if (!future.isSuccess()) {
      if (!closed) {
        boolean exhausted = future.cause() instanceof RtpPortsExhaustedException;
        log.warn("Call {}: RTP open failed: {}", invite.callId(), future.cause().toString());
        invite.reject(503, "Service Unavailable");
        close(exhausted ? CallEnd.NO_MEDIA_PORT : CallEnd.REJECTED);
      }
      return;
    }
    rtp = (RtpSession) future.getNow();
    if (closed) {
      rtp.close();
      return;
    }
    player.attach(rtp.outbound());
    // No media before the answer: the caller hears its own ringback, not our silence.
    rtp.setSending(false);
    sdpDialog = new SdpDialog(negotiator, new InetSocketAddress(advertisedRtp, rtp.localPort()));
    if (offer == null) {
      // Nowhere to send until the ACK's answer says where.
      localSdp = sdpDialog.createOffer().toBytes();
    } else {
      try {
        Negotiation negotiation = sdpDialog.answer(offer);
        localSdp = negotiation.answer().toBytes();
        sendsOnAnswer = negotiation.media().sendsMedia();
        held = negotiation.media().onHold();
      } catch (SdpNegotiationException e) {
        invite.reject(e.statusCode(), "Not Acceptable Here");
        close(CallEnd.REJECTED);
        return;
      }
    }
    invite.sendRinging();
    long ringMillis = profile.call().answerDelay().toMillis();
    ringingDone = ringMillis == 0;
    if (!ringingDone) {
      ringTimer = loop.schedule(this::onRingingDone, ringMillis, TimeUnit.MILLISECONDS);
    }
    long setupMillis = clientConfig.connectTimeout().plus(SESSION_SETUP_GRACE).toMillis();
    setupTimer = loop.schedule(this::onSetupTimeout, setupMillis, TimeUnit.MILLISECONDS);
    session = client.connect(clientConfig, this, loop);
  }

  private void onRingingDone() {
    ringingDone = true;
    answerWhenReady();
  }

  private void onSetupTimeout() {
    if (!sessionReady && !closed) {
      log.warn("Call {}: Voice Live session not ready after {} ms", invite.callId(),
          clientConfig.connectTimeout().plus(SESSION_SETUP_GRACE).toMillis());
      close(CallEnd.VOICE_LIVE_FAILED);
    }
  }

  private void onInboundFrame(byte[] frame, Playout playout) {
    if (dialog == null || held || session == null || !session.isOpen()) {
      return;
    }
    if (playout == Playout.FRAME && !profile.session().turnDetection().enabled()) {
      // Without the service's VAD there are no speech events: received audio is the activity.
      lastActivityNanos = System.nanoTime();
    }
    uplink.onFrame(frame, frame.length, session);
  }

  // ---- Voice Live

  @Override
  public void onOpen(RealtimeSession s, HttpHeaders responseHeaders) {
    if (!closed) {
      s.send(SessionUpdates.of(profile, law, clientConfig.agent() != null));
    }
  }

  @Override
  public void onEvent(RealtimeSession s, ServerEvent event) {
    if (closed) {
      return;
    }
    if (event instanceof ServerEventResponseAudioDelta delta) {
      lastActivityNanos = System.nanoTime();
      player.onDelta(delta.itemId(), delta.contentIndex(), delta.delta());
    } else if (event instanceof ServerEventInputAudioBufferSpeechStarted) {
      lastActivityNanos = System.nanoTime();
      onSpeechStarted();
    } else if (event instanceof ServerEventInputAudioBufferSpeechStopped) {
      lastActivityNanos = System.nanoTime();
    } else if (event instanceof ServerEventResponseAudioDone) {
      player.onAudioDone();
    } else if (event instanceof ServerEventSessionUpdated) {
      if (!sessionReady) {
        sessionReady = true;
        setupTimer.cancel(false);
        answerWhenReady();
      }
    } else if (event instanceof ServerEventError error) {
      if (!sessionReady) {
        // Only session.update was sent: the profile is not what the service accepts. Answering
        // anyway would talk to the caller in the wrong format or voice.
        log.warn("Call {}: Voice Live refused the session: {}", invite.callId(), error.error());
        close(CallEnd.VOICE_LIVE_FAILED);
      } else {
        log.warn("Call {}: Voice Live error {}", invite.callId(), error.error());
      }
    }
  }

  private void answerWhenReady() {
    if (closed || dialog != null || !sessionReady || !ringingDone) {
      return;
    }
    dialog = invite.accept(localSdp);
    rtp.setSending(sendsOnAnswer);
    CallConfig call = profile.call();
    maxDurationTimer = loop.schedule(
        () -> close(CallEnd.MAX_DURATION), call.maxDuration().toMillis(), TimeUnit.MILLISECONDS);
    lastActivityNanos = System.nanoTime();
    idleTimer = loop.schedule(this::checkIdle, idleNanos, TimeUnit.NANOSECONDS);
    greet(call.greeting());
  }

  private void greet(GreetingConfig greeting) {
    switch (greeting.type()) {
      case NONE -> { }
      case INSTRUCTIONS -> session.send(ClientEventResponseCreate.of(
          ResponseCreateParams.builder().instructions(greeting.instructions()).build()));
      case TONE -> player.playLocal(LocalTone.g711(law, greeting.toneFrequencyHz(),
          greeting.toneDuration().toMillis(), format.frameBytes()));
    }
  }

  /** One timer per idle period, not one per event: activity only moves a timestamp. */
  private void checkIdle() {
    if (closed) {
      return;
    }
    long now = System.nanoTime();
    if (held || rtp.outbound().size() > 0) {
      // A caller on hold is not gone, and audio still playing out is the model talking.
      lastActivityNanos = now;
    }
    long quiet = now - lastActivityNanos;
    if (quiet >= idleNanos) {
      log.info("Call {}: idle for {} ms", invite.callId(), TimeUnit.NANOSECONDS.toMillis(quiet));
      close(CallEnd.IDLE);
    } else {
      idleTimer = loop.schedule(this::checkIdle, idleNanos - quiet, TimeUnit.NANOSECONDS);
    }
  }

  private void onSpeechStarted() {
    bargeIns++;
    ClientEventConversationItemTruncate truncate = player.bargeIn();
    if (truncate != null) {
      truncates++;
      session.send(truncate);
    }
    // With interrupt_response on, the service cancels the response itself.
    if (!profile.session().turnDetection().interruptResponse()) {
      session.send(ClientEventResponseCancel.of());
    }
  }

  @Override
  public void onClosed(RealtimeSession s, int code, String reason) {
    if (!closed) {
      log.info("Call {}: Voice Live closed {} {}", invite.callId(), code, reason);
      close(CallEnd.VOICE_LIVE_FAILED);
    }
  }

  @Override
  public void onFailure(RealtimeSession s, VoiceLiveException failure) {
    if (!closed) {
      log.warn("Call {}: Voice Live failed: {}", invite.callId(), failure.toString());
      close(CallEnd.VOICE_LIVE_FAILED);
    }
  }

  // ---- SIP

  @Override
  public void onAck(byte[] sdp) {
    if (closed || sdpDialog == null || sdpDialog.outstandingOffer().isEmpty()) {
      return;
    }
    try {
      if (sdp == null || sdp.length == 0) {
        throw SdpNegotiationException.notAcceptable(
            SdpNegotiationException.WARNING_MISCELLANEOUS, "ACK without the SDP answer");
      }
      applyMedia(sdpDialog.acceptAnswer(SdpAnswer.parse(sdp)));
    } catch (SdpNegotiationException e) {
      log.info("Call {}: SDP answer in ACK refused: {}", invite.callId(), e.reason());
      close(CallEnd.MEDIA_FAILED);
    }
  }

  @Override
  public void onReInvite(ReInvite reInvite) {
    if (closed || sdpDialog == null) {
      reInvite.reject(488, "Not Acceptable Here");
      return;
    }
    byte[] body = reInvite.sdp();
    if (body == null || body.length == 0) {
      // Offerless re-INVITE: offer what is in force; the answer comes in the ACK (onAck).
      reInvite.accept(sdpDialog.createOffer().toBytes());
      return;
    }
    try {
      SdpOffer newOffer = SdpOffer.parse(body);
      G711Codec current = law == G711Law.ALAW ? G711Codec.PCMA : G711Codec.PCMU;
      if (negotiator.negotiate(newOffer, Optional.of(current)).codec() != current) {
        // The RTP session and converters are built for one law; switching mid-call is refused
        // and the call goes on as it was (RFC 3261 §14.2).
        throw SdpNegotiationException.notAcceptable(
            SdpNegotiationException.WARNING_INCOMPATIBLE_MEDIA_FORMAT,
            "the call's codec " + current + " is not offered");
      }
      Negotiation negotiation = sdpDialog.answer(newOffer);
      reInvite.accept(negotiation.answer().toBytes());
      applyMedia(negotiation.media());
    } catch (SdpNegotiationException e) {
      log.info("Call {}: re-INVITE refused with {}: {}", invite.callId(), e.statusCode(),
          e.reason());
      reInvite.reject(e.statusCode(), e.statusCode() == 400 ? "Bad Request" : null);
    }
  }

  private void applyMedia(NegotiatedMedia media) {
    boolean wasHeld = held;
    held = media.onHold();
    rtp.setSending(media.sendsMedia());
    InetSocketAddress remote = media.remoteRtpAddress();
    if (!remote.getAddress().isAnyLocalAddress() && !remote.equals(remoteSdpAddress)) {
      remoteSdpAddress = remote;
      rtp.resignal(remote);
    }
    if (held != wasHeld) {
      // Audio from before the hold must not be glued to audio after it.
      uplink.discardPartial();
      log.info("Call {}: {}", invite.callId(), held ? "on hold" : "resumed");
    }
  }

  @Override
  public void onCancelled() {
    close(CallEnd.CANCELLED);
  }

  @Override
  public void onBye() {
    close(CallEnd.REMOTE_BYE);
  }

  @Override
  public void onTerminated(TerminationReason reason) {
    close(switch (reason) {
      case CANCELLED -> CallEnd.CANCELLED;
      case REMOTE_BYE -> CallEnd.REMOTE_BYE;
      case SHUTDOWN -> CallEnd.SHUTDOWN;
      default -> CallEnd.SIP_TERMINATED;
    });
  }

  /** Releases everything the call holds; every ending path comes here. Idempotent. */
  void close(CallEnd end) {
    if (!loop.inEventLoop()) {
      loop.execute(() -> close(end));
      return;
    }
    if (closed) {
      return;
    }
    closed = true;
    cancel(setupTimer);
    cancel(ringTimer);
    cancel(maxDurationTimer);
    cancel(idleTimer);
    if (dialog == null && end.rejectIfUnanswered()) {
      invite.reject(503, "Service Unavailable");
    } else if (dialog != null && end.byeIfAnswered() && !dialog.isTerminated()) {
      dialog.bye();
    }
    if (session != null) {
      session.close(1000, "call ended");
    }
    Optional<RtpSessionStats> media = Optional.empty();
    if (rtp != null) {
      media = Optional.of(rtp.stats());
      rtp.close();
    }
    onClosed.accept(this);
    long framesToModel = uplink == null ? 0 : uplink.framesSent();
    CallSummary summary = new CallSummary(invite.callId(), end, dialog != null,
        Duration.ofNanos(System.nanoTime() - startNanos), framesToModel, bargeIns, truncates,
        media);
    log.info("{}", summary);
    try {
      onSummary.accept(summary);
    } catch (RuntimeException e) {
      log.warn("Call {}: summary listener failed", invite.callId(), e);
    }
  }

  private static void cancel(ScheduledFuture<?> timer) {
    if (timer != null) {
      timer.cancel(false);
    }
  }
}
