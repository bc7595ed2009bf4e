/**
 * G.711 companding of telephone audio: μ-law and A-law as defined by <a
 * href="https://www.itu.int/rec/T-REC-G.711">ITU-T Recommendation G.711</a> (11/1988), bit-exact
 * with the reference functions {@code ulaw_compress}, {@code ulaw_expand}, {@code alaw_compress}
 * and {@code alaw_expand} of the <a href="https://www.itu.int/rec/T-REC-G.191">ITU-T G.191</a>
 * Software Tools Library.
 *
 * <p>Linear samples are signed 16-bit PCM. Following G.191, the encoder uses the 14 (μ-law) or 13
 * (A-law) most significant bits of a sample and takes the one's complement of negative samples, so
 * encoding truncates rather than rounds. The decoder returns the midpoint of each code's decision
 * interval, scaled to 16 bits.
 *
 * <p>The RTP payload types and SDP encoding names are those of <a
 * href="https://www.rfc-editor.org/rfc/rfc3551#section-4.5.14">RFC 3551 section 4.5.14</a>.
 */
package dev.voicebridge.codec.g711;
