package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Base for any content part; discriminated by {@code type}. You probably want to use the
 * sub-classes and not this class directly. Known sub-classes are: ResponseAudioContentPart,
 * RequestAudioContentPart, RequestImageContentPart, RequestTextContentPart, ResponseTextContentPart
 */
@JsonPropertyOrder({"type"})
@JsonIgnoreProperties(
    value = {"type"},
    allowGetters = true)
public sealed interface ContentPart
    permits RequestAudioContentPart,
        RequestImageContentPart,
        RequestTextContentPart,
        ResponseAudioContentPart,
        ResponseTextContentPart,
        UnknownContentPart {
  /**
   * Returns the discriminator naming this variant on the wire.
   *
   * @return the {@code type} string, or null if an unknown variant had none
   */
  @JsonProperty("type")
  String type();
}
