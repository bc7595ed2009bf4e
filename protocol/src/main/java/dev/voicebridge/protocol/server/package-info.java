/**
 * A local server that speaks the Azure AI Voice Live realtime protocol.
 *
 * <p>It is the bridge's embedded default counterpart, the other end of every protocol test, and a
 * standalone tool ({@link dev.voicebridge.protocol.server.LocalVoiceLiveServerMain}) for people
 * testing their own Voice Live clients. It mimics api-version {@code 2025-10-01}: the WebSocket
 * path {@code /voice-live/realtime}, the query parameters, the {@code realtime} subprotocol, {@code
 * api-key} and bearer authentication, the event order and field names, server VAD with {@code
 * threshold}, {@code prefix_padding_ms} and {@code silence_duration_ms}, responses with audio
 * deltas in every output format, barge-in, truncation and the conversation item events.
 *
 * <p>Instead of a model it runs an agent: {@code echo} answers each user turn with the caller's own
 * audio, and greets with a tone when asked for a response with nothing to answer.
 *
 * <p>Threading: each connection lives on its channel's event loop. All per-session state is
 * confined to that loop, so nothing on the audio path takes a lock, and every timer (response
 * pacing) is scheduled on the same loop and cancelled when the channel closes.
 */
package dev.voicebridge.protocol.server;
