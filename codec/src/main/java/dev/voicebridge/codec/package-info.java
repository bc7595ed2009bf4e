/** Audio conversion for telephony: G.711 (ITU-T G.711), PCM16, resampling, WAV, signal generators. */
package dev.voicebridge.codec;
