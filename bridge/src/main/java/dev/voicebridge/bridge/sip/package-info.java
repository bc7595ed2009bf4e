/**
 * SIP signalling of the bridge: UDP and TCP listeners on Netty, RFC 3261 transactions and
 * dialogs, and the API the call layer builds on. JAIN-SIP serves only as message model and
 * parser (see {@code sip.message}); transport, transactions and dialogs are the bridge's own and
 * run on the event loops.
 *
 * <h2>Using it</h2>
 *
 * <pre>{@code
 * SipServer sip = new SipServer(SipConfig.newBuilder().udpPort(5060).tcpPort(5060)
 *     .advertisedHost("203.0.113.7").maxCalls(1000).build(), group, invite -> {
 *   Call call = new Call(invite);          // a DialogListener
 *   invite.sendRinging();
 *   ...open RTP and Voice Live on invite.eventLoop(), then:
 *   //   SipDialog dialog = invite.accept(answerSdp);
 *   //   or invite.reject(488, "Not Acceptable Here");
 *   return call;
 * });
 * sip.start();
 * }</pre>
 *
 * <ul>
 *   <li>{@link dev.voicebridge.bridge.sip.InviteHandler#onInvite} receives each admitted INVITE as
 *       an {@link dev.voicebridge.bridge.sip.IncomingInvite} (Call-ID, From/To, the called number,
 *       the SDP offer, source, transport, event loop) and returns the call's {@link
 *       dev.voicebridge.bridge.sip.DialogListener}. The call layer answers with {@code
 *       sendRinging()}, {@code sendProgress(sdp)}, {@code accept(sdp)} (returning the {@link
 *       dev.voicebridge.bridge.sip.SipDialog}) or {@code reject(...)}, now or later.
 *   <li>The listener hears the ACK (with the SDP answer when the INVITE had no offer), re-INVITEs
 *       ({@link dev.voicebridge.bridge.sip.ReInvite}, answered with accept or reject), INFO, and
 *       exactly one ending: {@code onCancelled}, {@code onBye} or {@code onTerminated(reason)}.
 *   <li>{@link dev.voicebridge.bridge.sip.SipDialog#bye()} hangs up.
 *   <li>{@link dev.voicebridge.bridge.sip.SipServer#liveCounts()} (transactions, dialogs, timers)
 *       feeds the leak report; {@link dev.voicebridge.bridge.sip.SipServer#stats()} the metrics.
 * </ul>
 *
 * <h2>Threading</h2>
 *
 * <p>A SIP socket's event loop only decodes. Each Call-ID is pinned by hash to one loop of the
 * group, where its transactions, dialog, timers and every callback to the call layer run, so the
 * call layer can register the call's RTP and WebSocket channels on {@code invite.eventLoop()} and
 * need no locks. Callbacks must not block. Actions on an invite or dialog from another thread are
 * handed to its loop.
 *
 * <h2>What the SIP layer answers by itself</h2>
 *
 * <p>100 Trying at once; 400 naming a missing or malformed mandatory header; 483 for Max-Forwards
 * 0; 505, 416, 415, 420; 405 with Allow for REGISTER, SUBSCRIBE and any method besides INVITE,
 * ACK, CANCEL, BYE, OPTIONS, INFO; 200 to OPTIONS in and out of dialogs; 481 for requests in
 * unknown dialogs; 482 for an INVITE merged in on a second path; 503 with Retry-After at
 * capacity; 487 after CANCEL; 491 and 500 for re-INVITE glare; 480 when the call layer leaves an
 * INVITE unanswered for {@link dev.voicebridge.bridge.sip.SipConfig#inviteTimeout()}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261">RFC 3261: SIP</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3581">RFC 3581: rport</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6026">RFC 6026: 2xx to INVITE</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5626">RFC 5626: keep-alives</a>
 */
package dev.voicebridge.bridge.sip;
