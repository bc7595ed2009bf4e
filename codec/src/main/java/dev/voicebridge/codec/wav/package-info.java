/**
 * Reading and writing mono RIFF/WAVE files holding 16-bit PCM, A-law or μ-law audio: prompts,
 * recordings and test fixtures.
 *
 * <p>The file layout follows the Microsoft/IBM <i>Multimedia Programming Interface and Data
 * Specifications 1.0</i> (1991), which defines RIFF chunks and the WAVE {@code fmt}, {@code fact}
 * and {@code data} chunks, and Microsoft's <i>Multiple Channel Audio Data and WAVE Files</i>, which
 * defines {@code WAVE_FORMAT_EXTENSIBLE}. The A-law and μ-law codes are those of <a
 * href="https://www.itu.int/rec/T-REC-G.711">ITU-T G.711</a>; see {@link
 * dev.voicebridge.codec.g711}.
 */
package dev.voicebridge.codec.wav;
