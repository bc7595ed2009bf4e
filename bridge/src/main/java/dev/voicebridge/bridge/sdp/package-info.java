/**
 * SDP offer/answer for G.711 telephony calls.
 *
 * <p>Parses session descriptions (<a href="https://www.rfc-editor.org/rfc/rfc8866">RFC 8866</a>,
 * which obsoletes RFC 4566) into immutable records, negotiates one G.711 audio stream with the
 * offer/answer model of <a href="https://www.rfc-editor.org/rfc/rfc3264">RFC 3264</a>, and writes
 * the answer (or, for an INVITE without SDP, our own offer). DTMF follows RFC 4733
 * (telephone-event); legacy hold (c=0.0.0.0) follows RFC 2543 as described in RFC 3264 §8.4.
 *
 * <p>The parser is our own, strict one rather than JAIN-SIP's {@code javax.sdp}: the latter
 * accepts non-SDP text as an empty description, throws unchecked exceptions on truncated lines,
 * prints stack traces to standard error and validates no field, so wrapping it would have meant
 * re-validating every field anyway. JAIN-SIP's parser remains a test oracle for what we write.
 *
 * <p>Failures are {@link dev.voicebridge.bridge.sdp.SdpNegotiationException}s carrying the SIP
 * status to answer with: 400 for SDP that cannot be parsed, 488 for SDP we understand but cannot
 * accept.
 */
package dev.voicebridge.bridge.sdp;
