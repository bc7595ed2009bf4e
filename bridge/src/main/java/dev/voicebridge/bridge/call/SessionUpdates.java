package dev.voicebridge.bridge.call;

import dev.voicebridge.bridge.config.AudioFormat;
import dev.voicebridge.bridge.config.CallProfile;
import dev.voicebridge.bridge.config.SessionConfig;
import dev.voicebridge.bridge.config.TranscriptionConfig;
import dev.voicebridge.bridge.config.TurnDetectionConfig;
import dev.voicebridge.bridge.config.VoiceConfig;
import dev.voicebridge.codec.g711.G711Law;
import dev.voicebridge.protocol.event.AudioEchoCancellation;
import dev.voicebridge.protocol.event.AudioInputTranscriptionOptions;
import dev.voicebridge.protocol.event.AudioNoiseReduction;
import dev.voicebridge.protocol.event.AzureCustomVoice;
import dev.voicebridge.protocol.event.AzurePersonalVoice;
import dev.voicebridge.protocol.event.AzureSemanticVad;
import dev.voicebridge.protocol.event.AzureSemanticVadEn;
import dev.voicebridge.protocol.event.AzureSemanticVadMultilingual;
import dev.voicebridge.protocol.event.AzureStandardVoice;
import dev.voicebridge.protocol.event.ClientEventSessionUpdate;
import dev.voicebridge.protocol.event.InputAudioFormat;
import dev.voicebridge.protocol.event.MaxOutputTokens;
import dev.voicebridge.protocol.event.OpenAIVoice;
import dev.voicebridge.protocol.event.OpenAIVoiceName;
import dev.voicebridge.protocol.event.OutputAudioFormat;
import dev.voicebridge.protocol.event.PersonalVoiceModels;
import dev.voicebridge.protocol.event.RequestSession;
import dev.voicebridge.protocol.event.SemanticVad;
import dev.voicebridge.protocol.event.ServerVad;
import dev.voicebridge.protocol.event.TurnDetection;
import dev.voicebridge.protocol.event.Voice;

/**
 * Builds the {@code session.update} a call sends first, from its profile: every setting of the
 * profile's {@code session} section, plus the audio formats its {@code call.audio-format} and the
 * caller's G.711 law imply.
 *
 * <p>Settings that are off are left out rather than sent as null, so the service keeps its own
 * default; the one exception is turn detection, whose default is on: {@code none} must be sent as
 * {@code "turn_detection": null} to turn it off.
 */
final class SessionUpdates {
  /**
   * The personal voice model sent with every {@code azure-personal} voice. The service needs one
   * and the configuration has no key for it; DragonLatestNeural is the first model the SDKs list
   * and the one the API reference's example uses.
   */
  static final PersonalVoiceModels PERSONAL_VOICE_MODEL = PersonalVoiceModels.DRAGON_LATEST_NEURAL;

  private static final String NO_NOISE_REDUCTION = "none";

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
    return of(profile, law, false);
  }

  /**
   * The session.update for a call.
   *
   * @param agentMode whether the session talks to a Foundry agent, whose instructions live in
   *     the agent: the service refuses instructions in agent mode
   */
  static ClientEventSessionUpdate of(CallProfile profile, G711Law law, boolean agentMode) {
    SessionConfig session = profile.session();
    RequestSession.Builder b = RequestSession.builder();
    if (!agentMode) {
      b.instructions(session.instructions());
    }
    audioFormats(b, profile.call().audioFormat(), law);
    b.voice(voice(session.voice()));
    TurnDetectionConfig turn = session.turnDetection();
    if (turn.enabled()) {
      b.turnDetection(turnDetection(turn));
    } else {
      b.clearTurnDetection();
    }
    if (!session.noiseReduction().equals(NO_NOISE_REDUCTION)) {
      b.inputAudioNoiseReduction(noiseReduction(session.noiseReduction()));
    }
    if (session.echoCancellation()) {
      b.inputAudioEchoCancellation(
          AudioEchoCancellation.of(AudioEchoCancellation.SERVER_ECHO_CANCELLATION));
    }
    TranscriptionConfig transcription = session.transcription();
    // Left out when off rather than null: cascaded models run azure-speech on their own.
    if (transcription.enabled()) {
      b.inputAudioTranscription(AudioInputTranscriptionOptions.builder()
          .model(transcription.model())
          .language(transcription.language().isEmpty() ? null : transcription.language())
          .build());
    }
    b.temperature(session.temperature());
    if (session.maxResponseOutputTokens().isPresent()) {
      b.maxResponseOutputTokens(MaxOutputTokens.of(session.maxResponseOutputTokens().getAsInt()));
    }
    return ClientEventSessionUpdate.of(b.build());
  }

  private static void audioFormats(RequestSession.Builder b, AudioFormat format, G711Law law) {
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
  }

  private static AudioNoiseReduction noiseReduction(String type) {
    return switch (type) {
      case AudioNoiseReduction.AZURE_DEEP_NOISE_SUPPRESSION, AudioNoiseReduction.NEAR_FIELD,
          AudioNoiseReduction.FAR_FIELD -> AudioNoiseReduction.of(type);
      default -> throw new IllegalArgumentException("unknown noise reduction '" + type + "'");
    };
  }

  private static Voice voice(VoiceConfig voice) {
    return switch (voice.type()) {
      case OpenAIVoice.TYPE -> OpenAIVoice.of(OpenAIVoiceName.fromString(voice.name()));
      case AzureStandardVoice.TYPE -> AzureStandardVoice.of(voice.name());
      case AzureCustomVoice.TYPE -> AzureCustomVoice.of(voice.name(), voice.endpointId());
      case AzurePersonalVoice.TYPE -> AzurePersonalVoice.of(voice.name(), PERSONAL_VOICE_MODEL);
      default -> throw new IllegalArgumentException("unknown voice type '" + voice.type() + "'");
    };
  }

  /** The turn detection of an enabled config; each type gets the fields it documents. */
  private static TurnDetection turnDetection(TurnDetectionConfig turn) {
    int prefixMs = Math.toIntExact(turn.prefixPadding().toMillis());
    int silenceMs = Math.toIntExact(turn.silenceDuration().toMillis());
    return switch (turn.type()) {
      case ServerVad.TYPE -> ServerVad.builder()
          .threshold(turn.threshold())
          .prefixPaddingMs(prefixMs)
          .silenceDurationMs(silenceMs)
          .interruptResponse(turn.interruptResponse())
          .createResponse(turn.createResponse())
          .build();
      case AzureSemanticVad.TYPE -> AzureSemanticVad.builder()
          .threshold(turn.threshold())
          .prefixPaddingMs(prefixMs)
          .silenceDurationMs(silenceMs)
          .interruptResponse(turn.interruptResponse())
          .createResponse(turn.createResponse())
          .build();
      case AzureSemanticVadEn.TYPE -> AzureSemanticVadEn.builder()
          .threshold(turn.threshold())
          .prefixPaddingMs(prefixMs)
          .silenceDurationMs(silenceMs)
          .interruptResponse(turn.interruptResponse())
          .createResponse(turn.createResponse())
          .build();
      case AzureSemanticVadMultilingual.TYPE -> AzureSemanticVadMultilingual.builder()
          .threshold(turn.threshold())
          .prefixPaddingMs(prefixMs)
          .silenceDurationMs(silenceMs)
          .interruptResponse(turn.interruptResponse())
          .createResponse(turn.createResponse())
          .build();
      // OpenAI's semantic VAD takes no threshold or durations, only an eagerness, which the
      // configuration does not offer: the service's default (auto) applies.
      case SemanticVad.TYPE -> SemanticVad.builder()
          .interruptResponse(turn.interruptResponse())
          .createResponse(turn.createResponse())
          .build();
      default -> throw new IllegalArgumentException(
          "unknown turn detection type '" + turn.type() + "'");
    };
  }
}
