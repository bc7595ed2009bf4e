/**
 * Netty codecs between bytes and SIP messages.
 *
 * <ul>
 *   <li>UDP: {@link dev.voicebridge.bridge.sip.codec.DatagramSipMessageDecoder} (one message per
 *       datagram; bad datagrams are counted and dropped) and {@link
 *       dev.voicebridge.bridge.sip.codec.SipMessageEncoder} inside Netty's {@code
 *       DatagramPacketEncoder}.
 *   <li>TCP: {@link dev.voicebridge.bridge.sip.codec.TcpSipMessageDecoder}, a state machine
 *       framing messages by Content-Length (RFC 3261 §18.3) and surfacing RFC 5626 §3.5.1 CRLF
 *       keep-alive pings; framing errors close the connection. {@link
 *       dev.voicebridge.bridge.sip.codec.SipMessageEncoder} encodes.
 * </ul>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-18">RFC 3261 §18: Transport</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5626#section-3.5.1">RFC 5626 §3.5.1: CRLF
 *     keep-alive</a>
 */
package dev.voicebridge.bridge.sip.codec;
