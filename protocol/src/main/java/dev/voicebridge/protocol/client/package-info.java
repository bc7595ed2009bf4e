/**
 * A Netty WebSocket client for the Azure AI Voice Live realtime API.
 *
 * <p>{@link dev.voicebridge.protocol.client.VoiceLiveClient#connect} opens one WebSocket (RFC 6455)
 * per {@link dev.voicebridge.protocol.client.RealtimeSession} on an event loop the caller chooses,
 * so a telephony call, its RTP channel and its Voice Live session share one thread. The API
 * follows okhttp's {@code WebSocket}: sends return {@code false} instead of throwing, the send
 * queue is bounded, and every session ends with exactly one of {@code onClosed} or
 * {@code onFailure} on its {@link dev.voicebridge.protocol.client.RealtimeListener}.
 *
 * <p>Two paths are tuned for audio: {@code input_audio_buffer.append} is written with its base64
 * payload encoded straight into a pooled buffer, and {@code response.audio.delta} is read from the
 * frame's bytes with a single base64 decode. Every other event goes through the Jackson model in
 * {@code dev.voicebridge.protocol.event}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455">RFC 6455: The WebSocket Protocol</a>
 * @see <a href="https://learn.microsoft.com/azure/ai-services/speech-service/voice-live-how-to">
 *     Voice Live: how to connect</a>
 */
package dev.voicebridge.protocol.client;
