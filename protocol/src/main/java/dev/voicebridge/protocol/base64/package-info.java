/**
 * Base64 (RFC 4648 §4) for audio written straight into Netty buffers: the client's
 * {@code input_audio_buffer.append} and the local server's {@code response.audio.delta} both carry
 * their audio this way, and neither may build a String or an intermediate array per frame.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4648#section-4">RFC 4648 §4</a>
 */
package dev.voicebridge.protocol.base64;
