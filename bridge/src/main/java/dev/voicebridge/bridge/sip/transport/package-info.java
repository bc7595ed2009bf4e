/**
 * The SIP transport layer (RFC 3261 §18): flows to peers over UDP sockets and TCP connections,
 * the received/rport stamping of RFC 3581 on the top Via of requests, and the choice of where
 * responses go (§18.2.2). {@link dev.voicebridge.bridge.sip.transport.SipInboundHandler} ends
 * every SIP pipeline and hands messages to a {@link
 * dev.voicebridge.bridge.sip.transport.SipMessageSink}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3581">RFC 3581: symmetric response routing</a>
 */
package dev.voicebridge.bridge.sip.transport;
