package dev.voicebridge.protocol.event;

import java.util.List;
import java.util.Map;

/**
 * VoiceLive session object configuration.
 *
 * <p>The fields shared by the {@code session} a client sends ({@link RequestSession}) and the one
 * the service reports ({@link ResponseSession}). Every field may be left out, set, or explicitly
 * null (see {@link #isExplicitNull(String)}); a getter returns null for the first and the last.
 */
public abstract sealed class SessionBase extends OptionalFieldsObject
    permits RequestSession, ResponseSession {
  static final Property<String> MODEL = Property.of("model", String.class);
  static final Property<List<Modality>> MODALITIES = Property.listOf("modalities", Modality.class);
  static final Property<Animation> ANIMATION = Property.of("animation", Animation.class);
  static final Property<Voice> VOICE = Property.of("voice", Voice.class);
  static final Property<String> INSTRUCTIONS = Property.of("instructions", String.class);
  static final Property<Integer> INPUT_AUDIO_SAMPLING_RATE =
      Property.of("input_audio_sampling_rate", Integer.class);
  static final Property<InputAudioFormat> INPUT_AUDIO_FORMAT =
      Property.of("input_audio_format", InputAudioFormat.class);
  static final Property<OutputAudioFormat> OUTPUT_AUDIO_FORMAT =
      Property.of("output_audio_format", OutputAudioFormat.class);
  static final Property<TurnDetection> TURN_DETECTION =
      Property.of("turn_detection", TurnDetection.class);
  static final Property<AudioNoiseReduction> INPUT_AUDIO_NOISE_REDUCTION =
      Property.of("input_audio_noise_reduction", AudioNoiseReduction.class);
  static final Property<AudioEchoCancellation> INPUT_AUDIO_ECHO_CANCELLATION =
      Property.of("input_audio_echo_cancellation", AudioEchoCancellation.class);
  static final Property<AvatarConfig> AVATAR = Property.of("avatar", AvatarConfig.class);
  static final Property<AudioInputTranscriptionOptions> INPUT_AUDIO_TRANSCRIPTION =
      Property.of("input_audio_transcription", AudioInputTranscriptionOptions.class);
  static final Property<List<AudioTimestampType>> OUTPUT_AUDIO_TIMESTAMP_TYPES =
      Property.listOf("output_audio_timestamp_types", AudioTimestampType.class);
  static final Property<List<Tool>> TOOLS = Property.listOf("tools", Tool.class);
  static final Property<ToolChoice> TOOL_CHOICE = Property.of("tool_choice", ToolChoice.class);
  static final Property<Double> TEMPERATURE = Property.of("temperature", Double.class);
  static final Property<MaxOutputTokens> MAX_RESPONSE_OUTPUT_TOKENS =
      Property.of("max_response_output_tokens", MaxOutputTokens.class);
  static final Property<ReasoningEffort> REASONING_EFFORT =
      Property.of("reasoning_effort", ReasoningEffort.class);
  static final Property<InterimResponseConfigBase> INTERIM_RESPONSE =
      Property.of("interim_response", InterimResponseConfigBase.class, "interim-response");
  static final Property<Map<String, String>> METADATA = Property.mapOf("metadata", String.class);
  static final Property<List<SessionIncludeOption>> INCLUDE =
      Property.listOf("include", SessionIncludeOption.class);

  static final List<Property<?>> SHARED_PROPERTIES =
      List.of(
          MODEL,
          MODALITIES,
          ANIMATION,
          VOICE,
          INSTRUCTIONS,
          INPUT_AUDIO_SAMPLING_RATE,
          INPUT_AUDIO_FORMAT,
          OUTPUT_AUDIO_FORMAT,
          TURN_DETECTION,
          INPUT_AUDIO_NOISE_REDUCTION,
          INPUT_AUDIO_ECHO_CANCELLATION,
          AVATAR,
          INPUT_AUDIO_TRANSCRIPTION,
          OUTPUT_AUDIO_TIMESTAMP_TYPES,
          TOOLS,
          TOOL_CHOICE,
          TEMPERATURE,
          MAX_RESPONSE_OUTPUT_TOKENS,
          REASONING_EFFORT,
          INTERIM_RESPONSE,
          METADATA,
          INCLUDE);

  SessionBase(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * Returns {@code model}: the model name; it cannot change after the session starts.
   *
   * @return the value, or null if left out or explicitly null
   */
  public String model() {
    return get(MODEL);
  }

  /**
   * Returns {@code modalities}: the modalities the model answers in.
   *
   * @return the value, or null if left out or explicitly null
   */
  public List<Modality> modalities() {
    return get(MODALITIES);
  }

  /**
   * Returns {@code animation}: the animation outputs (blendshapes, visemes).
   *
   * @return the value, or null if left out or explicitly null
   */
  public Animation animation() {
    return get(ANIMATION);
  }

  /**
   * Returns {@code voice}: the voice the model speaks with.
   *
   * @return the value, or null if left out or explicitly null
   */
  public Voice voice() {
    return get(VOICE);
  }

  /**
   * Returns {@code instructions}: the system instructions (not supported with agents).
   *
   * @return the value, or null if left out or explicitly null
   */
  public String instructions() {
    return get(INSTRUCTIONS);
  }

  /**
   * Returns {@code input_audio_sampling_rate}: the input sample rate in Hz; 16000 or 24000 for
   * pcm16.
   *
   * @return the value, or null if left out or explicitly null
   */
  public Integer inputAudioSamplingRate() {
    return get(INPUT_AUDIO_SAMPLING_RATE);
  }

  /**
   * Returns {@code input_audio_format}: the format of appended input audio.
   *
   * @return the value, or null if left out or explicitly null
   */
  public InputAudioFormat inputAudioFormat() {
    return get(INPUT_AUDIO_FORMAT);
  }

  /**
   * Returns {@code output_audio_format}: the format of output audio deltas.
   *
   * @return the value, or null if left out or explicitly null
   */
  public OutputAudioFormat outputAudioFormat() {
    return get(OUTPUT_AUDIO_FORMAT);
  }

  /**
   * Returns {@code turn_detection}: how the service detects turns; null turns detection off.
   *
   * @return the value, or null if left out or explicitly null
   */
  public TurnDetection turnDetection() {
    return get(TURN_DETECTION);
  }

  /**
   * Returns {@code input_audio_noise_reduction}: input noise reduction; null turns it off.
   *
   * @return the value, or null if left out or explicitly null
   */
  public AudioNoiseReduction inputAudioNoiseReduction() {
    return get(INPUT_AUDIO_NOISE_REDUCTION);
  }

  /**
   * Returns {@code input_audio_echo_cancellation}: server echo cancellation; null turns it off.
   *
   * @return the value, or null if left out or explicitly null
   */
  public AudioEchoCancellation inputAudioEchoCancellation() {
    return get(INPUT_AUDIO_ECHO_CANCELLATION);
  }

  /**
   * Returns {@code avatar}: the avatar configuration.
   *
   * @return the value, or null if left out or explicitly null
   */
  public AvatarConfig avatar() {
    return get(AVATAR);
  }

  /**
   * Returns {@code input_audio_transcription}: input transcription; null turns it off.
   *
   * @return the value, or null if left out or explicitly null
   */
  public AudioInputTranscriptionOptions inputAudioTranscription() {
    return get(INPUT_AUDIO_TRANSCRIPTION);
  }

  /**
   * Returns {@code output_audio_timestamp_types}: the timestamp kinds sent with output audio.
   *
   * @return the value, or null if left out or explicitly null
   */
  public List<AudioTimestampType> outputAudioTimestampTypes() {
    return get(OUTPUT_AUDIO_TIMESTAMP_TYPES);
  }

  /**
   * Returns {@code tools}: the tools the model may call.
   *
   * @return the value, or null if left out or explicitly null
   */
  public List<Tool> tools() {
    return get(TOOLS);
  }

  /**
   * Returns {@code tool_choice}: how the model chooses tools.
   *
   * @return the value, or null if left out or explicitly null
   */
  public ToolChoice toolChoice() {
    return get(TOOL_CHOICE);
  }

  /**
   * Returns {@code temperature}: the sampling temperature.
   *
   * @return the value, or null if left out or explicitly null
   */
  public Double temperature() {
    return get(TEMPERATURE);
  }

  /**
   * Returns {@code max_response_output_tokens}: the output token limit per response.
   *
   * @return the value, or null if left out or explicitly null
   */
  public MaxOutputTokens maxResponseOutputTokens() {
    return get(MAX_RESPONSE_OUTPUT_TOKENS);
  }

  /**
   * Returns {@code reasoning_effort}: the reasoning effort of reasoning models.
   *
   * @return the value, or null if left out or explicitly null
   */
  public ReasoningEffort reasoningEffort() {
    return get(REASONING_EFFORT);
  }

  /**
   * Returns {@code interim_response}: the interim response (filler) configuration.
   *
   * @return the value, or null if left out or explicitly null
   */
  public InterimResponseConfigBase interimResponse() {
    return get(INTERIM_RESPONSE);
  }

  /**
   * Returns {@code metadata}: key-value pairs attached to the session.
   *
   * @return the value, or null if left out or explicitly null
   */
  public Map<String, String> metadata() {
    return get(METADATA);
  }

  /**
   * Returns {@code include}: extra data the service adds to its events.
   *
   * @return the value, or null if left out or explicitly null
   */
  public List<SessionIncludeOption> include() {
    return get(INCLUDE);
  }

  /**
   * Collects session fields in the order they are set.
   *
   * @param <T> the session type built
   * @param <B> the concrete builder
   */
  public abstract static class Builder<T extends SessionBase, B extends Builder<T, B>>
      extends OptionalFieldsObject.Builder<T, B> {
    Builder() {}

    Builder(SessionBase from) {
      super(from);
    }

    /** The known fields of the session type built. */
    abstract PropertySet properties();

    /**
     * Applies an update: every field present in it replaces this builder's, explicit nulls and
     * unknown fields included. This is how a server turns a {@code session.update} into its new
     * session; fields the update leaves out keep their value.
     *
     * @param update the session whose present fields are copied
     * @return this builder
     */
    public B apply(SessionBase update) {
      update
          .fields()
          .forEach(
              (name, value) -> {
                // A field the update could not type (unknown to it) stays raw JSON only if the
                // session built does not know it either; a typed getter must never see JSON.
                if (update.properties().find(name) != null || properties().find(name) == null) {
                  fields.put(name, value);
                }
              });
      return self();
    }

    /**
     * Sets {@code model}: the model name; it cannot change after the session starts.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B model(String value) {
      return set(MODEL, value);
    }

    /**
     * Sets {@code modalities}: the modalities the model answers in.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B modalities(List<Modality> value) {
      return set(MODALITIES, value);
    }

    /**
     * Sets {@code animation}: the animation outputs (blendshapes, visemes).
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B animation(Animation value) {
      return set(ANIMATION, value);
    }

    /**
     * Sets {@code voice}: the voice the model speaks with.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B voice(Voice value) {
      return set(VOICE, value);
    }

    /**
     * Sets {@code instructions}: the system instructions (not supported with agents).
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B instructions(String value) {
      return set(INSTRUCTIONS, value);
    }

    /**
     * Sets {@code input_audio_sampling_rate}: the input sample rate in Hz; 16000 or 24000 for
     * pcm16.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B inputAudioSamplingRate(Integer value) {
      return set(INPUT_AUDIO_SAMPLING_RATE, value);
    }

    /**
     * Sets {@code input_audio_format}: the format of appended input audio.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B inputAudioFormat(InputAudioFormat value) {
      return set(INPUT_AUDIO_FORMAT, value);
    }

    /**
     * Sets {@code output_audio_format}: the format of output audio deltas.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B outputAudioFormat(OutputAudioFormat value) {
      return set(OUTPUT_AUDIO_FORMAT, value);
    }

    /**
     * Sets {@code turn_detection}: how the service detects turns; null turns detection off.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B turnDetection(TurnDetection value) {
      return set(TURN_DETECTION, value);
    }

    /**
     * Sets {@code input_audio_noise_reduction}: input noise reduction; null turns it off.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B inputAudioNoiseReduction(AudioNoiseReduction value) {
      return set(INPUT_AUDIO_NOISE_REDUCTION, value);
    }

    /**
     * Sets {@code input_audio_echo_cancellation}: server echo cancellation; null turns it off.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B inputAudioEchoCancellation(AudioEchoCancellation value) {
      return set(INPUT_AUDIO_ECHO_CANCELLATION, value);
    }

    /**
     * Sets {@code avatar}: the avatar configuration.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B avatar(AvatarConfig value) {
      return set(AVATAR, value);
    }

    /**
     * Sets {@code input_audio_transcription}: input transcription; null turns it off.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B inputAudioTranscription(AudioInputTranscriptionOptions value) {
      return set(INPUT_AUDIO_TRANSCRIPTION, value);
    }

    /**
     * Sets {@code output_audio_timestamp_types}: the timestamp kinds sent with output audio.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B outputAudioTimestampTypes(List<AudioTimestampType> value) {
      return set(OUTPUT_AUDIO_TIMESTAMP_TYPES, value);
    }

    /**
     * Sets {@code tools}: the tools the model may call.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B tools(List<Tool> value) {
      return set(TOOLS, value);
    }

    /**
     * Sets {@code tool_choice}: how the model chooses tools.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B toolChoice(ToolChoice value) {
      return set(TOOL_CHOICE, value);
    }

    /**
     * Sets {@code temperature}: the sampling temperature.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B temperature(Double value) {
      return set(TEMPERATURE, value);
    }

    /**
     * Sets {@code max_response_output_tokens}: the output token limit per response.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B maxResponseOutputTokens(MaxOutputTokens value) {
      return set(MAX_RESPONSE_OUTPUT_TOKENS, value);
    }

    /**
     * Sets {@code reasoning_effort}: the reasoning effort of reasoning models.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B reasoningEffort(ReasoningEffort value) {
      return set(REASONING_EFFORT, value);
    }

    /**
     * Sets {@code interim_response}: the interim response (filler) configuration.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B interimResponse(InterimResponseConfigBase value) {
      return set(INTERIM_RESPONSE, value);
    }

    /**
     * Sets {@code metadata}: key-value pairs attached to the session.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B metadata(Map<String, String> value) {
      return set(METADATA, value);
    }

    /**
     * Sets {@code include}: extra data the service adds to its events.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public B include(List<SessionIncludeOption> value) {
      return set(INCLUDE, value);
    }

    /**
     * Sends {@code "turn_detection": null}, which turns the setting off on the service.
     *
     * @return this builder
     */
    public B clearTurnDetection() {
      return set(TURN_DETECTION, null);
    }

    /**
     * Sends {@code "input_audio_noise_reduction": null}, which turns the setting off on the
     * service.
     *
     * @return this builder
     */
    public B clearInputAudioNoiseReduction() {
      return set(INPUT_AUDIO_NOISE_REDUCTION, null);
    }

    /**
     * Sends {@code "input_audio_echo_cancellation": null}, which turns the setting off on the
     * service.
     *
     * @return this builder
     */
    public B clearInputAudioEchoCancellation() {
      return set(INPUT_AUDIO_ECHO_CANCELLATION, null);
    }

    /**
     * Sends {@code "input_audio_transcription": null}, which turns the setting off on the service.
     *
     * @return this builder
     */
    public B clearInputAudioTranscription() {
      return set(INPUT_AUDIO_TRANSCRIPTION, null);
    }
  }
}
