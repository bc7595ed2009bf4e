package dev.voicebridge.protocol.event;

import java.util.List;
import java.util.Map;

/**
 * Create a new VoiceLive response with these parameters.
 *
 * <p>The {@code response} of a {@code response.create}. Like {@link RequestSession}, every field
 * may be left out (the session's setting applies), set, or explicitly null. Java beta.1's {@code
 * max_output_tokens} is read as {@code max_response_output_tokens}.
 */
public final class ResponseCreateParams extends OptionalFieldsObject {
  static final Property<Boolean> COMMIT = Property.of("commit", Boolean.class);
  static final Property<Boolean> CANCEL_PREVIOUS = Property.of("cancel_previous", Boolean.class);
  static final Property<List<ConversationRequestItem>> APPEND_INPUT_ITEMS =
      Property.listOf("append_input_items", ConversationRequestItem.class);
  static final Property<List<ConversationRequestItem>> INPUT_ITEMS =
      Property.listOf("input_items", ConversationRequestItem.class);
  static final Property<String> INSTRUCTIONS = Property.of("instructions", String.class);
  static final Property<List<Modality>> MODALITIES = Property.listOf("modalities", Modality.class);
  static final Property<Voice> VOICE = Property.of("voice", Voice.class);
  static final Property<OutputAudioFormat> OUTPUT_AUDIO_FORMAT =
      Property.of("output_audio_format", OutputAudioFormat.class);
  static final Property<List<Tool>> TOOLS = Property.listOf("tools", Tool.class);
  static final Property<ToolChoice> TOOL_CHOICE = Property.of("tool_choice", ToolChoice.class);
  static final Property<Double> TEMPERATURE = Property.of("temperature", Double.class);
  static final Property<MaxOutputTokens> MAX_RESPONSE_OUTPUT_TOKENS =
      Property.of("max_response_output_tokens", MaxOutputTokens.class, "max_output_tokens");
  static final Property<ReasoningEffort> REASONING_EFFORT =
      Property.of("reasoning_effort", ReasoningEffort.class);
  static final Property<String> CONVERSATION = Property.of("conversation", String.class);
  static final Property<Map<String, String>> METADATA = Property.mapOf("metadata", String.class);
  static final Property<InterimResponseConfigBase> INTERIM_RESPONSE =
      Property.of("interim_response", InterimResponseConfigBase.class, "interim-response");
  static final Property<AssistantMessageItem> PRE_GENERATED_ASSISTANT_MESSAGE =
      Property.of("pre_generated_assistant_message", AssistantMessageItem.class);
  static final Property<Animation> ANIMATION = Property.of("animation", Animation.class);

  static final PropertySet PROPERTIES =
      new PropertySet(
          List.of(
              COMMIT,
              CANCEL_PREVIOUS,
              APPEND_INPUT_ITEMS,
              INPUT_ITEMS,
              INSTRUCTIONS,
              MODALITIES,
              VOICE,
              OUTPUT_AUDIO_FORMAT,
              TOOLS,
              TOOL_CHOICE,
              TEMPERATURE,
              MAX_RESPONSE_OUTPUT_TOKENS,
              REASONING_EFFORT,
              CONVERSATION,
              METADATA,
              INTERIM_RESPONSE,
              PRE_GENERATED_ASSISTANT_MESSAGE,
              ANIMATION));

  ResponseCreateParams(Map<String, Object> fields) {
    super(fields);
  }

  @Override
  PropertySet properties() {
    return PROPERTIES;
  }

  /**
   * Returns {@code commit}: whether the generated items are appended to the conversation.
   *
   * @return the value, or null if left out or explicitly null
   */
  public Boolean commit() {
    return get(COMMIT);
  }

  /**
   * Returns {@code cancel_previous}: whether a pending response is cancelled first.
   *
   * @return the value, or null if left out or explicitly null
   */
  public Boolean cancelPrevious() {
    return get(CANCEL_PREVIOUS);
  }

  /**
   * Returns {@code append_input_items}: items appended to the conversation before generating.
   *
   * @return the value, or null if left out or explicitly null
   */
  public List<ConversationRequestItem> appendInputItems() {
    return get(APPEND_INPUT_ITEMS);
  }

  /**
   * Returns {@code input_items}: the items forming the context of the generation.
   *
   * @return the value, or null if left out or explicitly null
   */
  public List<ConversationRequestItem> inputItems() {
    return get(INPUT_ITEMS);
  }

  /**
   * Returns {@code instructions}: instructions for this response only.
   *
   * @return the value, or null if left out or explicitly null
   */
  public String instructions() {
    return get(INSTRUCTIONS);
  }

  /**
   * Returns {@code modalities}: the modalities of this response.
   *
   * @return the value, or null if left out or explicitly null
   */
  public List<Modality> modalities() {
    return get(MODALITIES);
  }

  /**
   * Returns {@code voice}: the voice of this response.
   *
   * @return the value, or null if left out or explicitly null
   */
  public Voice voice() {
    return get(VOICE);
  }

  /**
   * Returns {@code output_audio_format}: the output audio format of this response.
   *
   * @return the value, or null if left out or explicitly null
   */
  public OutputAudioFormat outputAudioFormat() {
    return get(OUTPUT_AUDIO_FORMAT);
  }

  /**
   * Returns {@code tools}: the tools available to this response.
   *
   * @return the value, or null if left out or explicitly null
   */
  public List<Tool> tools() {
    return get(TOOLS);
  }

  /**
   * Returns {@code tool_choice}: how this response chooses tools.
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
   * Returns {@code max_response_output_tokens}: the output token limit of this response.
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
   * Returns {@code conversation}: {@code auto} to add the response to the conversation, {@code
   * none} not to.
   *
   * @return the value, or null if left out or explicitly null
   */
  public String conversation() {
    return get(CONVERSATION);
  }

  /**
   * Returns {@code metadata}: key-value pairs attached to the response.
   *
   * @return the value, or null if left out or explicitly null
   */
  public Map<String, String> metadata() {
    return get(METADATA);
  }

  /**
   * Returns {@code interim_response}: the interim response configuration.
   *
   * @return the value, or null if left out or explicitly null
   */
  public InterimResponseConfigBase interimResponse() {
    return get(INTERIM_RESPONSE);
  }

  /**
   * Returns {@code pre_generated_assistant_message}: a message spoken as is, without text
   * generation.
   *
   * @return the value, or null if left out or explicitly null
   */
  public AssistantMessageItem preGeneratedAssistantMessage() {
    return get(PRE_GENERATED_ASSISTANT_MESSAGE);
  }

  /**
   * Returns {@code animation}: the animation outputs of this response.
   *
   * @return the value, or null if left out or explicitly null
   */
  public Animation animation() {
    return get(ANIMATION);
  }

  /**
   * Starts an empty builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding these parameters, to derive a changed copy.
   *
   * @return a builder with these fields
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link ResponseCreateParams}. */
  public static final class Builder
      extends OptionalFieldsObject.Builder<ResponseCreateParams, Builder> {
    private Builder() {}

    private Builder(ResponseCreateParams from) {
      super(from);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets {@code commit}: whether the generated items are appended to the conversation.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder commit(Boolean value) {
      return set(COMMIT, value);
    }

    /**
     * Sets {@code cancel_previous}: whether a pending response is cancelled first.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder cancelPrevious(Boolean value) {
      return set(CANCEL_PREVIOUS, value);
    }

    /**
     * Sets {@code append_input_items}: items appended to the conversation before generating.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder appendInputItems(List<ConversationRequestItem> value) {
      return set(APPEND_INPUT_ITEMS, value);
    }

    /**
     * Sets {@code input_items}: the items forming the context of the generation.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder inputItems(List<ConversationRequestItem> value) {
      return set(INPUT_ITEMS, value);
    }

    /**
     * Sets {@code instructions}: instructions for this response only.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder instructions(String value) {
      return set(INSTRUCTIONS, value);
    }

    /**
     * Sets {@code modalities}: the modalities of this response.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder modalities(List<Modality> value) {
      return set(MODALITIES, value);
    }

    /**
     * Sets {@code voice}: the voice of this response.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder voice(Voice value) {
      return set(VOICE, value);
    }

    /**
     * Sets {@code output_audio_format}: the output audio format of this response.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder outputAudioFormat(OutputAudioFormat value) {
      return set(OUTPUT_AUDIO_FORMAT, value);
    }

    /**
     * Sets {@code tools}: the tools available to this response.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder tools(List<Tool> value) {
      return set(TOOLS, value);
    }

    /**
     * Sets {@code tool_choice}: how this response chooses tools.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder toolChoice(ToolChoice value) {
      return set(TOOL_CHOICE, value);
    }

    /**
     * Sets {@code temperature}: the sampling temperature.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder temperature(Double value) {
      return set(TEMPERATURE, value);
    }

    /**
     * Sets {@code max_response_output_tokens}: the output token limit of this response.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder maxResponseOutputTokens(MaxOutputTokens value) {
      return set(MAX_RESPONSE_OUTPUT_TOKENS, value);
    }

    /**
     * Sets {@code reasoning_effort}: the reasoning effort of reasoning models.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder reasoningEffort(ReasoningEffort value) {
      return set(REASONING_EFFORT, value);
    }

    /**
     * Sets {@code conversation}: {@code auto} to add the response to the conversation, {@code none}
     * not to.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder conversation(String value) {
      return set(CONVERSATION, value);
    }

    /**
     * Sets {@code metadata}: key-value pairs attached to the response.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder metadata(Map<String, String> value) {
      return set(METADATA, value);
    }

    /**
     * Sets {@code interim_response}: the interim response configuration.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder interimResponse(InterimResponseConfigBase value) {
      return set(INTERIM_RESPONSE, value);
    }

    /**
     * Sets {@code pre_generated_assistant_message}: a message spoken as is, without text
     * generation.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder preGeneratedAssistantMessage(AssistantMessageItem value) {
      return set(PRE_GENERATED_ASSISTANT_MESSAGE, value);
    }

    /**
     * Sets {@code animation}: the animation outputs of this response.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder animation(Animation value) {
      return set(ANIMATION, value);
    }

    @Override
    public ResponseCreateParams build() {
      return new ResponseCreateParams(fields);
    }
  }
}
