/**
 * The per-call audio conversions of the media path: the caller's G.711 frames to the model's PCM16
 * (little-endian, as Voice Live carries it in base64) and back.
 *
 * <p>One converter per call and direction, made at call setup; {@code convert} allocates nothing
 * and is called on the call's event loop 50 times a second. They combine {@link
 * dev.voicebridge.codec.g711.G711Law} with a {@link dev.voicebridge.codec.resample.Resampler}.
 */
package dev.voicebridge.codec.frame;
