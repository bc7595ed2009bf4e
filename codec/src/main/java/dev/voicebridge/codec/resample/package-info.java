/**
 * Sample-rate conversion of 16-bit PCM between the telephone rate (8 kHz) and the rates of Voice
 * Live and wideband audio (16, 24 and 48 kHz).
 *
 * <p>{@link dev.voicebridge.codec.resample.Resampler} is the public entry point: one instance per
 * call direction, streaming, allocation-free, bit-exact whatever the frame size. The filters are
 * linear-phase Kaiser-windowed sincs designed at class initialisation from a few rules (see the
 * package-private {@code FilterDesign}), run as polyphase filters that compute only the output
 * samples kept and skip the taps that are zero ({@code PolyphaseKernel}).
 */
package dev.voicebridge.codec.resample;
