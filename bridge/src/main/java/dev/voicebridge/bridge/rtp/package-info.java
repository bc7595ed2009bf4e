/**
 * RTP media for one call: packets, ports, symmetric latching, the inbound jitter buffer and the
 * paced outbound stream.
 *
 * <ul>
 *   <li>RTP header and packet: <a href="https://www.rfc-editor.org/rfc/rfc3550">RFC 3550</a> §5.1
 *       (fixed header), §5.3.1 (header extension), §6.4.1 and appendix A.8 (interarrival jitter),
 *       appendix A.1 (sequence number extension).
 *   <li>Header extensions are skipped, not interpreted: <a
 *       href="https://www.rfc-editor.org/rfc/rfc8285">RFC 8285</a>.
 *   <li>RTP and RTCP on one port: <a href="https://www.rfc-editor.org/rfc/rfc5761">RFC 5761</a> §4
 *       (demultiplexing on the second octet).
 *   <li>Symmetric RTP: <a href="https://www.rfc-editor.org/rfc/rfc4961">RFC 4961</a>.
 *   <li>G.711 over RTP (8 kHz, marker bit on talkspurts): <a
 *       href="https://www.rfc-editor.org/rfc/rfc3551">RFC 3551</a> §4.1 and §4.5.14.
 * </ul>
 *
 * <p>Threading: a call's {@link dev.voicebridge.bridge.rtp.RtpSession} and everything it owns run
 * on the call's event loop; only {@link dev.voicebridge.bridge.rtp.RtpPortPool} is shared across
 * loops (lock-free).
 */
package dev.voicebridge.bridge.rtp;
