/**
 * Signed 16-bit linear PCM ("PCM16", "s16le"): the sample format Voice Live sends and receives, and
 * the format every other codec in this module converts to and from.
 *
 * <p>{@link dev.voicebridge.codec.pcm.Pcm16} converts between {@code short[]} samples and the
 * little-endian byte order of the wire (Voice Live's base64 audio, WAV files), saturates values
 * that overflow 16 bits and measures levels. Every method writes into arrays the caller supplies
 * and allocates nothing, so it can run on the 20 ms frame path.
 */
package dev.voicebridge.codec.pcm;
