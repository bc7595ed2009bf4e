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
 * <p><b>Entry point.</b> {@link dev.voicebridge.bridge.rtp.RtpEngine#open} gives a call its {@link
 * dev.voicebridge.bridge.rtp.RtpSession}: caller audio arrives at an {@link
 * dev.voicebridge.bridge.rtp.InboundAudioSink} every 20 ms; model audio goes into {@link
 * dev.voicebridge.bridge.rtp.RtpSession#outbound()}, an {@link
 * dev.voicebridge.bridge.rtp.OutboundAudioQueue} that reports per tag what was sent.
 *
 * <p><b>Threading.</b> A call's session and everything it owns run on the call's event loop; one
 * {@link dev.voicebridge.bridge.rtp.RtpPacer} per loop drives all its sessions. Only {@link
 * dev.voicebridge.bridge.rtp.RtpPortPool} is shared across loops (lock-free).
 *
 * <p><b>Sockets are read on the tick.</b> A call's UDP socket is a plain non-blocking JDK {@code
 * DatagramChannel} registered with no selector ({@code RtpSocket}): every frame period the pacer
 * sends each call's packet and then reads what each caller sent since the last period. The loop
 * wakes once per period for all its calls, not once per packet; a caller's packet waits at most one
 * period in the kernel, which the jitter buffer's playout delay absorbs anyway.
 *
 * <p><b>Memory per call</b> (20 ms G.711, default settings): the jitter buffer's 32 slots and
 * bookkeeping about 6 KB, the tag ledger and other state about 2 KB, the socket and its 2 KB
 * datagram buffer about 3 KB;
 * queued model audio 8.2 KB per second queued, in chunks borrowed from the loop's {@link
 * dev.voicebridge.bridge.rtp.OutboundFramePool} and returned as they play (none while the model is
 * quiet). So about 11 KB per idle call, 11 MB for 1000; the loop-wide chunk limit (default 64 MB
 * per loop) bounds the audio queued ahead.
 *
 * <p><b>Allocation.</b> None per packet: each call has one direct datagram buffer, the JDK reads
 * into it and writes from it without allocating (it keeps the sender's address object while the
 * sender stays the same), the payload is copied into the jitter buffer's slot, and the pacer
 * schedules one task per tick per loop.
 */
package dev.voicebridge.bridge.rtp;
