/**
 * The SIP message model: JAIN-SIP (javax.sip / gov.nist) used as a parser and message library
 * only, wrapped so its traps stay here.
 *
 * <ul>
 *   <li>{@link dev.voicebridge.bridge.sip.message.SipFactories}: the message, header and address
 *       factories; the product header defaults, which JAIN-SIP keeps static, are set once.
 *   <li>{@link dev.voicebridge.bridge.sip.message.SipMessageParser}: bytes to message. Cuts the
 *       body itself (RFC 3261 §18.3), fails a message with an unparseable header instead of
 *       silently dropping the header, and validates mandatory headers (§8.1.1) with {@link
 *       dev.voicebridge.bridge.sip.message.SipMessageValidator}.
 *   <li>{@link dev.voicebridge.bridge.sip.message.Slf4jStackLogger}: JAIN-SIP's logging routed to
 *       SLF4J, without which a bare CRLF throws {@code NoClassDefFoundError}.
 * </ul>
 *
 * <p>Parsed messages are mutable: each is confined to the event loop of its call.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261">RFC 3261: SIP</a>
 */
package dev.voicebridge.bridge.sip.message;
