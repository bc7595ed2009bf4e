package dev.voicebridge.bridge.call;

import dev.voicebridge.bridge.config.AudioFormat;
import dev.voicebridge.bridge.config.CallProfile;
import dev.voicebridge.bridge.rtp.Playout;
import dev.voicebridge.bridge.rtp.RtpAudioFormat;
import dev.voicebridge.bridge.rtp.RtpEngine;
import dev.voicebridge.bridge.rtp.RtpPortsExhaustedException;
import dev.voicebridge.bridge.rtp.RtpSession;
import dev.voicebridge.bridge.rtp.RtpSessionStats;
import dev.voicebridge.bridge.sdp.G711Codec;
import dev.voicebridge.bridge.sdp.NegotiatedMedia;
import dev.voicebridge.bridge.sdp.Negotiation;
import dev.voicebridge.bridge.sdp.SdpDialog;
import dev.voicebridge.bridge.sdp.SdpNegotiationException;
import dev.voicebridge.bridge.sdp.SdpNegotiator;
import dev.voicebridge.bridge.sdp.SdpOffer;
import dev.voicebridge.bridge.sip.DialogListener;
import dev.voicebridge.bridge.sip.IncomingInvite;
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
import dev.voicebridge.protocol.event.ServerEvent;
import dev.voicebridge.protocol.event.ServerEventError;
import dev.voicebridge.protocol.event.ServerEventInputAudioBufferSpeechStarted;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call from a SIP caller to Voice Live. Everything runs on the INVITE's event loop: SIP
 * callbacks, RTP frames, WebSocket events and the max-duration timer, so there are no locks.
 *
 * <p>Order: negotiate SDP, open RTP, 180, connect Voice Live, send {@code session.update}, and
 * answer 200 on {@code session.updated}. Every ending goes through {@link #close(CallEnd)}.
 */
final class InboundCall extends RealtimeListener implements DialogListener {
  private static final Logger log = LoggerFactory.getLogger(InboundCall.class);

  private final IncomingInvite invite;
  private final CallProfile profile;
  private final RtpEngine rtpEngine;
  private final VoiceLiveClient client;
  private final VoiceLiveClientConfig clientConfig;
  private final SdpNegotiator negotiator;
  private final InetAddress advertisedRtp;
  private final Consumer<InboundCall> onClosed;
  private final Consumer<CallSummary> onSummary;
  private final EventLoop loop;
  private final long startNanos = System.nanoTime();

  private SdpOffer offer;
  private RtpAudioFormat format;
  private G711Law law;
  private G711ToPcm16 decoder;
  private byte[] callerPcm;
  private ModelAudioPlayer player;
  private RtpSession rtp;
  private RealtimeSession session;
  private byte[] answerSdp;
  private SipDialog dialog;
  private ScheduledFuture<?> maxDurationTimer;
  private boolean closed;
  private long framesToModel;
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
  }

  EventLoop eventLoop() {
    return loop;
  }

  /** Negotiates and opens media; called on the INVITE's loop. */
  void start() {
    NegotiatedMedia media;
    try {
      byte[] body = invite.sdp();
      if (body == null || body.length == 0) {
        // Late offer (offer in the ACK) is not supported yet.
        throw SdpNegotiationException.notAcceptable(
            SdpNegotiationException.WARNING_MISCELLANEOUS, "INVITE without SDP offer");
      }
      offer = SdpOffer.parse(body);
      media = negotiator.negotiate(offer, Optional.empty());
    } catch (SdpNegotiationException e) {
      log.info("Call {}: SDP rejected with {}: {}", invite.callId(), e.statusCode(), e.reason());
      invite.reject(e.statusCode(), e.statusCode() == 400 ? "Bad Request" : "Not Acceptable Here");
      close(CallEnd.REJECTED);
      return;
    }
    law = media.codec() == G711Codec.PCMA ? G711Law.ALAW : G711Law.ULAW;
    RtpAudioFormat base = law == G711Law.ALAW ? RtpAudioFormat.PCMA : RtpAudioFormat.PCMU;
    format = base.withPtime(media.ptimeMs());
    AudioFormat modelFormat = profile.call().audioFormat();
    int rate = SessionUpdates.sampleRate(modelFormat);
    if (modelFormat != AudioFormat.G711) {
      decoder = new G711ToPcm16(law, rate);
      callerPcm = new byte[decoder.maxOutputBytes(format.frameBytes())];
    }
    player = new ModelAudioPlayer(
        modelFormat == AudioFormat.G711 ? null : new Pcm16ToG711(rate, law),
        format.frameBytes(), format.silence());
    rtpEngine.open(loop, format, media.remoteRtpAddress(), this::onInboundFrame)
        .addListener(this::onRtpOpened);
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
    try {
      Negotiation negotiation = new SdpDialog(
          negotiator, new InetSocketAddress(advertisedRtp, rtp.localPort())).answer(offer);
      answerSdp = negotiation.answer().toBytes();
    } catch (SdpNegotiationException e) {
      invite.reject(e.statusCode(), "Not Acceptable Here");
      close(CallEnd.REJECTED);
      return;
    }
    invite.sendRinging();
    session = client.connect(clientConfig, this, loop);
  }

  private void onInboundFrame(byte[] frame, Playout playout) {
    if (dialog == null || session == null || !session.isOpen()) {
      return;
    }
    framesToModel++;
    if (decoder == null) {
      session.sendAudio(frame, 0, frame.length);
    } else {
      int n = decoder.convert(frame, 0, frame.length, callerPcm, 0);
      session.sendAudio(callerPcm, 0, n);
    }
  }

  // ---- Voice Live

  @Override
  public void onOpen(RealtimeSession s, HttpHeaders responseHeaders) {
    if (!closed) {
      s.send(SessionUpdates.of(profile, law));
    }
  }

  @Override
  public void onEvent(RealtimeSession s, ServerEvent event) {
    if (closed) {
      return;
    }
    if (event instanceof ServerEventResponseAudioDelta delta) {
      player.onDelta(delta.itemId(), delta.contentIndex(), delta.delta());
    } else if (event instanceof ServerEventInputAudioBufferSpeechStarted) {
      onSpeechStarted();
    } else if (event instanceof ServerEventResponseAudioDone) {
      player.onAudioDone();
    } else if (event instanceof ServerEventSessionUpdated) {
      answer();
    } else if (event instanceof ServerEventError error) {
      log.warn("Call {}: Voice Live error {}", invite.callId(), error.error());
    }
  }

  private void answer() {
    if (dialog != null) {
      return;
    }
    dialog = invite.accept(answerSdp);
    long maxMillis = profile.call().maxDuration().toMillis();
    maxDurationTimer = loop.schedule(
        () -> close(CallEnd.MAX_DURATION), maxMillis, TimeUnit.MILLISECONDS);
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
    if (maxDurationTimer != null) {
      maxDurationTimer.cancel(false);
    }
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
}
