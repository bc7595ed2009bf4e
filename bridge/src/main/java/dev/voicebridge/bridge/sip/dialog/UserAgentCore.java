package dev.voicebridge.bridge.sip.dialog;

import dev.voicebridge.bridge.sip.DialogListener;
import dev.voicebridge.bridge.sip.InviteHandler;
import dev.voicebridge.bridge.sip.SipConfig;
import dev.voicebridge.bridge.sip.SipStats;
import dev.voicebridge.bridge.sip.TerminationReason;
import dev.voicebridge.bridge.sip.message.SipFactories;
import dev.voicebridge.bridge.sip.message.SipResponses;
import dev.voicebridge.bridge.sip.transaction.InviteServerTransaction;
import dev.voicebridge.bridge.sip.transaction.NonInviteServerTransaction;
import dev.voicebridge.bridge.sip.transaction.ServerTransaction;
import dev.voicebridge.bridge.sip.transaction.SipTransactionLayer;
import dev.voicebridge.bridge.sip.transaction.TransactionUser;
import dev.voicebridge.bridge.sip.transport.SipFlow;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import io.netty.util.concurrent.Future;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.RequireHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UAS core (RFC 3261 §8.2, §12 to §15): routes each new server transaction by method, creates
 * a {@link ServerDialog} for every admitted INVITE and hands it to the {@link InviteHandler},
 * passes requests within a dialog to it, and answers what the bridge does not do.
 */
public final class UserAgentCore implements TransactionUser {
  private static final Logger log = LoggerFactory.getLogger(UserAgentCore.class);

  private final UserAgentContext ua;
  private final InviteHandler handler;

  /**
   * Creates the core.
   *
   * @param config the settings (capacity, timers, advertised address)
   * @param transactions the transaction layer, which this core becomes the user of
   * @param stats the counters
   * @param handler the call layer
   * @param blockingExecutor where DNS lookups for in-dialog requests run, never an event loop
   */
  public UserAgentCore(
      SipConfig config, SipTransactionLayer transactions, SipStats stats,
      InviteHandler handler, Executor blockingExecutor) {
    this.handler = Objects.requireNonNull(handler, "handler");
    this.ua = new UserAgentContext(
        Objects.requireNonNull(config, "config"), Objects.requireNonNull(transactions),
        new DialogTable(), new CallAdmission(config.maxCalls()),
        new NextHopResolver(blockingExecutor), Objects.requireNonNull(stats, "stats"));
    transactions.setUser(this);
  }

  @Override
  public void onRequest(ServerTransaction transaction) {
    SIPRequest request = transaction.request();
    SIPResponse unsupported = unsupportedExtensions(request);
    if (unsupported != null) {
      transaction.sendResponse(unsupported);
      return;
    }
    switch (request.getMethod()) {
      case "INVITE" -> {
        InviteServerTransaction invite = (InviteServerTransaction) transaction;
        if (request.getToTag() == null) {
          onNewInvite(invite);
        } else {
          inDialog(transaction, (dialog, tx) -> dialog.onReInvite(invite));
        }
      }
      case "BYE" -> inDialog(transaction, ServerDialog::onBye);
      case "INFO" -> inDialog(transaction, ServerDialog::onInfo);
      case "OPTIONS" -> transaction.sendResponse(optionsResponse(request));
      default -> {
        // REGISTER, SUBSCRIBE, MESSAGE...: the bridge is not a registrar or presence server.
        SIPResponse notAllowed = SipResponses.create(request, 405);
        SipResponses.addAllow(notAllowed);
        transaction.sendResponse(notAllowed);
      }
    }
  }

  @Override
  public void onAck(SIPRequest ack, SipFlow flow) {
    ServerDialog dialog = ua.dialogs().find(ack);
    if (dialog != null) {
      dialog.onAck(ack);
    } else {
      // An ACK for nothing we know (late, or for a dialog already gone) is absorbed (§17.2.3).
      ua.stats().strayMessage();
    }
  }

  @Override
  public void onCancel(NonInviteServerTransaction cancel, InviteServerTransaction invite) {
    ServerDialog dialog = invite == null ? null : ua.dialogs().findUnanswered(invite.key());
    if (invite == null) {
      cancel.sendResponse(
          SipResponses.create(cancel.request(), 481, "Call/Transaction Does Not Exist"));
      return;
    }
    // §9.2: the CANCEL is answered 200 even when the INVITE already has its final response.
    String tag = dialog != null ? dialog.localTag() : null;
    cancel.sendResponse(SipResponses.create(cancel.request(), 200, null, tag));
    if (dialog != null) {
      dialog.cancel();
    }
  }

  private void onNewInvite(InviteServerTransaction invite) {
    SIPRequest request = invite.request();
    ContentTypeHeader type = request.getContentTypeHeader();
    if (request.getRawContent() != null && (type == null
        || !"application".equalsIgnoreCase(type.getContentType())
        || !"sdp".equalsIgnoreCase(type.getContentSubType()))) {
      SIPResponse unsupported = SipResponses.create(request, 415);
      addAcceptSdp(unsupported);
      invite.sendResponse(unsupported);
      return;
    }
    if (ua.dialogs().findMerged(request) != null) {
      // §8.2.2.2: the same INVITE on a second branch (a new Via branch) is a loop or a fork.
      invite.sendResponse(SipResponses.create(request, 482));
      return;
    }
    if (!ua.admission().tryAdmit()) {
      ua.stats().overloadRejection();
      SIPResponse full = SipResponses.create(request, 503);
      SipResponses.addRetryAfter(full, ua.config().retryAfter().toSeconds());
      invite.sendResponse(full);
      return;
    }
    ServerDialog dialog = new ServerDialog(ua, invite);
    ua.dialogs().add(dialog);
    InboundInvite incoming =
        new InboundInvite(dialog, invite.flow().remoteAddress(), invite.flow().transport());
    DialogListener listener;
    try {
      listener = Objects.requireNonNull(handler.onInvite(incoming), "listener");
    } catch (RuntimeException e) {
      log.warn("Invite handler failed for call {}", dialog.callId(), e);
      dialog.reject(SipResponses.create(request, 500, null, dialog.localTag()),
          TerminationReason.REJECTED);
      return;
    }
    dialog.listen(listener);
  }

  private void inDialog(
      ServerTransaction transaction, BiConsumer<ServerDialog, ServerTransaction> action) {
    ServerDialog dialog = ua.dialogs().find(transaction.request());
    if (dialog == null) {
      transaction.sendResponse(SipResponses.create(
          transaction.request(), 481, "Call/Transaction Does Not Exist"));
    } else {
      action.accept(dialog, transaction);
    }
  }

  // §8.2.2.3: the bridge supports no extension a peer could require (100rel, timer, ...).
  private static SIPResponse unsupportedExtensions(SIPRequest request) {
    List<String> required = new ArrayList<>();
    Iterator<?> requires = request.getHeaders(RequireHeader.NAME);
    while (requires.hasNext()) {
      required.add(((RequireHeader) requires.next()).getOptionTag());
    }
    if (required.isEmpty()) {
      return null;
    }
    SIPResponse response = SipResponses.create(request, 420);
    try {
      for (String tag : required) {
        response.addHeader(SipFactories.headers().createUnsupportedHeader(tag));
      }
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
    return response;
  }

  // Trunks probe with OPTIONS, in and out of dialogs: always 200 with what the bridge does.
  private static SIPResponse optionsResponse(SIPRequest request) {
    SIPResponse ok = SipResponses.create(request, 200);
    SipResponses.addAllow(ok);
    addAcceptSdp(ok);
    try {
      ok.addHeader(SipFactories.headers().createSupportedHeader(""));
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
    return ok;
  }

  private static void addAcceptSdp(SIPResponse response) {
    try {
      response.addHeader(SipFactories.headers().createAcceptHeader("application", "sdp"));
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Dialogs being set up or established. */
  public int liveDialogs() {
    return ua.dialogs().size();
  }

  /** Calls holding capacity: equal to {@link #liveDialogs()} unless something leaked. */
  public int admittedCalls() {
    return ua.admission().calls();
  }

  /**
   * Ends every dialog on its own event loop: unanswered calls get 503, answered ones a BYE, and
   * every listener hears {@code SHUTDOWN}.
   *
   * @return one future per dialog, done when it has ended
   */
  public List<Future<?>> shutdown() {
    List<Future<?>> done = new ArrayList<>();
    for (ServerDialog dialog : ua.dialogs().all()) {
      done.add(dialog.eventLoop().submit(dialog::shutdown));
    }
    return done;
  }
}
