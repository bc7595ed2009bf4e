/**
 * Calls: the SIP dialog, its RTP session and its Voice Live session tied together.
 *
 * <p>{@link dev.voicebridge.bridge.call.CallManager} answers INVITEs; each becomes an {@link
 * dev.voicebridge.bridge.call.InboundCall} pinned to the INVITE's event loop, which owns its RTP
 * session, WebSocket session, converters and timers and releases them in one {@code close}.
 */
package dev.voicebridge.bridge.call;
