package dev.voicebridge.bridge.call;

import dev.voicebridge.bridge.config.AudioFormat;
import dev.voicebridge.bridge.config.AzureVoiceSettings;
import dev.voicebridge.bridge.config.CallProfile;
import dev.voicebridge.bridge.config.EndOfUtteranceConfig;
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
import dev.voicebridge.protocol.event.AzureSemanticDetection;
import dev.voicebridge.protocol.event.AzureSemanticDetectionEn;
import dev.voicebridge.protocol.event.AzureSemanticDetectionMultilingual;
import dev.voicebridge.protocol.event.AzureSemanticVad;
import dev.voicebridge.protocol.event.AzureSemanticVadEn;
import dev.voicebridge.protocol.event.AzureSemanticVadMultilingual;
import dev.voicebridge.protocol.event.AzureStandardVoice;
import dev.voicebridge.protocol.event.ClientEventSessionUpdate;
import dev.voicebridge.protocol.event.EouDetection;
import dev.voicebridge.protocol.event.EouThresholdLevel;
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
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Builds the {@code session.update} a call sends first, from its profile: every setting of the
 * profile's {@code session} section, plus the audio formats its {@code call.audio-format} and the
 * caller's G.711 law imply.
 *
 * <p>Settings that are off, or optional and unset (the Azure voice settings, the optional turn
 * detection settings), are left out rather than sent as null, so the service keeps its own
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
    AzureVoiceSettings a = voice.azure();
    return switch (voice.type()) {
      case OpenAIVoice.TYPE -> OpenAIVoice.of(OpenAIVoiceName.fromString(voice.name()));
      case AzureStandardVoice.TYPE -> AzureStandardVoice.builder()
          .name(voice.name())
          .temperature(orNull(a.temperature()))
          .customLexiconUrl(a.customLexiconUrl().orElse(null))
          .preferLocales(orNull(a.preferLocales()))
          .locale(a.locale().orElse(null))
          .style(a.style().orElse(null))
          .pitch(a.pitch().orElse(null))
          .rate(a.rate().orElse(null))
          .volume(a.volume().orElse(null))
          .build();
      case AzureCustomVoice.TYPE -> AzureCustomVoice.builder()
          .name(voice.name())
          .endpointId(voice.endpointId())
          .temperature(orNull(a.temperature()))
          .customLexiconUrl(a.customLexiconUrl().orElse(null))
          .preferLocales(orNull(a.preferLocales()))
          .locale(a.locale().orElse(null))
          .style(a.style().orElse(null))
          .pitch(a.pitch().orElse(null))
          .rate(a.rate().orElse(null))
          .volume(a.volume().orElse(null))
          .build();
      // Personal voices have no style; VoiceConfig refuses one.
      case AzurePersonalVoice.TYPE -> AzurePersonalVoice.builder()
          .name(voice.name())
          .model(PERSONAL_VOICE_MODEL)
          .temperature(orNull(a.temperature()))
          .customLexiconUrl(a.customLexiconUrl().orElse(null))
          .preferLocales(orNull(a.preferLocales()))
          .locale(a.locale().orElse(null))
          .pitch(a.pitch().orElse(null))
          .rate(a.rate().orElse(null))
          .volume(a.volume().orElse(null))
          .build();
      default -> throw new IllegalArgumentException("unknown voice type '" + voice.type() + "'");
    };
  }

  /**
   * The turn detection of an enabled config; each type gets the fields it documents, and the
   * optional ones only when set. {@code auto_truncate} is never sent: the bridge truncates the
   * interrupted item itself, to the audio the caller actually heard (see {@link
   * TurnDetectionConfig}).
   */
  private static TurnDetection turnDetection(TurnDetectionConfig turn) {
    int prefixMs = Math.toIntExact(turn.prefixPadding().toMillis());
    int silenceMs = Math.toIntExact(turn.silenceDuration().toMillis());
    Integer speechMs = turn.speechDuration().map(d -> Math.toIntExact(d.toMillis())).orElse(null);
    Boolean fillers = turn.removeFillerWords().orElse(null);
    EouDetection eou = turn.endOfUtterance().map(SessionUpdates::endOfUtterance).orElse(null);
    return switch (turn.type()) {
      case ServerVad.TYPE -> ServerVad.builder()
          .threshold(turn.threshold())
          .prefixPaddingMs(prefixMs)
          .silenceDurationMs(silenceMs)
          .speechDurationMs(speechMs)
          .endOfUtteranceDetection(eou)
          .interruptResponse(turn.interruptResponse())
          .createResponse(turn.createResponse())
          .build();
      case AzureSemanticVad.TYPE -> AzureSemanticVad.builder()
          .threshold(turn.threshold())
          .prefixPaddingMs(prefixMs)
          .silenceDurationMs(silenceMs)
          .speechDurationMs(speechMs)
          .removeFillerWords(fillers)
          .languages(orNull(turn.languages()))
          .endOfUtteranceDetection(eou)
          .interruptResponse(turn.interruptResponse())
          .createResponse(turn.createResponse())
          .build();
      case AzureSemanticVadEn.TYPE -> AzureSemanticVadEn.builder()
          .threshold(turn.threshold())
          .prefixPaddingMs(prefixMs)
          .silenceDurationMs(silenceMs)
          .speechDurationMs(speechMs)
          .removeFillerWords(fillers)
          .endOfUtteranceDetection(eou)
          .interruptResponse(turn.interruptResponse())
          .createResponse(turn.createResponse())
          .build();
      case AzureSemanticVadMultilingual.TYPE -> AzureSemanticVadMultilingual.builder()
          .threshold(turn.threshold())
          .prefixPaddingMs(prefixMs)
          .silenceDurationMs(silenceMs)
          .speechDurationMs(speechMs)
          .removeFillerWords(fillers)
          .languages(orNull(turn.languages()))
          .endOfUtteranceDetection(eou)
          .interruptResponse(turn.interruptResponse())
          .createResponse(turn.createResponse())
          .build();
      // OpenAI's semantic VAD takes no threshold or durations, only an eagerness.
      case SemanticVad.TYPE -> SemanticVad.builder()
          .eagerness(turn.eagerness().orElse(null))
          .interruptResponse(turn.interruptResponse())
          .createResponse(turn.createResponse())
          .build();
      default -> throw new IllegalArgumentException(
          "unknown turn detection type '" + turn.type() + "'");
    };
  }

  private static EouDetection endOfUtterance(EndOfUtteranceConfig eou) {
    EouThresholdLevel level = eou.thresholdLevel().map(EouThresholdLevel::fromString).orElse(null);
    Integer timeoutMs = eou.timeout().map(t -> Math.toIntExact(t.toMillis())).orElse(null);
    return switch (eou.model()) {
      case AzureSemanticDetection.MODEL -> new AzureSemanticDetection(level, timeoutMs, Map.of());
      case AzureSemanticDetectionEn.MODEL ->
          new AzureSemanticDetectionEn(level, timeoutMs, Map.of());
      case AzureSemanticDetectionMultilingual.MODEL ->
          new AzureSemanticDetectionMultilingual(level, timeoutMs, Map.of());
      default -> throw new IllegalArgumentException(
          "unknown end-of-utterance model '" + eou.model() + "'");
    };
  }

  private static Double orNull(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private static List<String> orNull(List<String> values) {
    return values.isEmpty() ? null : values;
  }
}
