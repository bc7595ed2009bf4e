package dev.voicebridge.bridge.call;

import dev.voicebridge.bridge.config.AudioFormat;
import dev.voicebridge.bridge.config.CallProfile;
import dev.voicebridge.bridge.config.SessionConfig;
import dev.voicebridge.bridge.config.TurnDetectionConfig;
import dev.voicebridge.codec.g711.G711Law;
import dev.voicebridge.protocol.event.ClientEventSessionUpdate;
import dev.voicebridge.protocol.event.InputAudioFormat;
import dev.voicebridge.protocol.event.MaxOutputTokens;
import dev.voicebridge.protocol.event.OpenAIVoice;
import dev.voicebridge.protocol.event.OpenAIVoiceName;
import dev.voicebridge.protocol.event.OutputAudioFormat;
import dev.voicebridge.protocol.event.RequestSession;
import dev.voicebridge.protocol.event.ServerVad;

/** Builds the {@code session.update} a call sends first, from its profile. */
final class SessionUpdates {
  private SessionUpdates() {}

  /** The sample rate of the model audio, or 8000 when the model speaks G.711 itself. */
  static int sampleRate(AudioFormat format) {
    return switch (format) {
      case PCM16_24K -> 24_000;
      case PCM16_16K -> 16_000;
      case G711 -> 8_000;
    };
  }

  static ClientEventSessionUpdate of(CallProfile profile, G711Law law) {
    SessionConfig session = profile.session();
    AudioFormat format = profile.call().audioFormat();
    RequestSession.Builder b = RequestSession.builder().instructions(session.instructions());
    switch (format) {
      case PCM16_24K -> b.inputAudioFormat(InputAudioFormat.PCM16)
          .inputAudioSamplingRate(24_000)
          .outputAudioFormat(OutputAudioFormat.PCM16);
      case PCM16_16K -> b.inputAudioFormat(InputAudioFormat.PCM16)
          .inputAudioSamplingRate(16_000)
          .outputAudioFormat(OutputAudioFormat.PCM16_16000HZ);
      case G711 -> b.inputAudioFormat(law == G711Law.ULAW
              ? InputAudioFormat.G711_ULAW : InputAudioFormat.G711_ALAW)
          .outputAudioFormat(law == G711Law.ULAW
              ? OutputAudioFormat.G711_ULAW : OutputAudioFormat.G711_ALAW);
    }
    // Azure voices need endpoint details this slice does not map yet; the service default applies.
    if ("openai".equals(session.voice().type())) {
      b.voice(OpenAIVoice.of(OpenAIVoiceName.fromString(session.voice().name())));
    }
    TurnDetectionConfig turn = session.turnDetection();
    if (turn.enabled() && "server_vad".equals(turn.type())) {
      b.turnDetection(ServerVad.builder()
          .threshold(turn.threshold())
          .prefixPaddingMs((int) turn.prefixPadding().toMillis())
          .silenceDurationMs((int) turn.silenceDuration().toMillis())
          .interruptResponse(turn.interruptResponse())
          .createResponse(turn.createResponse())
          .build());
    }
    b.temperature(session.temperature());
    if (session.maxResponseOutputTokens().isPresent()) {
      b.maxResponseOutputTokens(MaxOutputTokens.of(session.maxResponseOutputTokens().getAsInt()));
    }
    return ClientEventSessionUpdate.of(b.build());
  }
}
