/**
 * Signal generators for prompts, tests and comfort noise: sine tones, dual tones (ringback, <a
 * href="https://www.itu.int/rec/T-REC-Q.23">ITU-T Q.23</a> DTMF pairs), seeded comfort noise and
 * silence.
 *
 * <p>Levels are RMS levels relative to digital full scale, where 0 dB is the RMS of a full-scale
 * square wave of ±32,767. This is the dBov of <a
 * href="https://www.rfc-editor.org/rfc/rfc3389#section-3">RFC 3389 section 3</a> and the level sox
 * reports as "RMS lev dB". A sine at 0 dBFS peak therefore measures -3.01 dB, and no sine can be
 * louder than that without clipping.
 *
 * <p>Generators are stateful, one per call and one thread at a time. They fill caller-supplied
 * arrays without allocating, and filling a signal frame by frame gives exactly the samples that
 * filling it at once would.
 */
package dev.voicebridge.codec.signal;
