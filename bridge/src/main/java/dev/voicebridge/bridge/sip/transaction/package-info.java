/**
 * The SIP transaction layer (RFC 3261 §17, with the Accepted states of RFC 6026): the INVITE and
 * non-INVITE client and server transactions as state machines with timers A to M scheduled on
 * the event loop, matching by branch, sent-by and method (§17.1.3, §17.2.3), and the {@link
 * dev.voicebridge.bridge.sip.transaction.SipDispatcher} that pins every Call-ID to one event loop.
 *
 * <p>Threading: a transaction, its timers and its callbacks are confined to the event loop of its
 * Call-ID. Timer values come from {@link dev.voicebridge.bridge.sip.SipTimers}; tests shrink them
 * and move time on an {@code EmbeddedChannel} loop.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-17">RFC 3261 §17</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6026">RFC 6026: 2xx to INVITE</a>
 */
package dev.voicebridge.bridge.sip.transaction;
