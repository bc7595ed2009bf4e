package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Base for all non-success response details. You probably want to use the sub-classes and not this
 * class directly. Known sub-classes are: ResponseCancelledDetails, ResponseFailedDetails,
 * ResponseIncompleteDetails
 */
@JsonPropertyOrder({"type"})
@JsonIgnoreProperties(
    value = {"type"},
    allowGetters = true)
public sealed interface ResponseStatusDetails
    permits ResponseCancelledDetails,
        ResponseFailedDetails,
        ResponseIncompleteDetails,
        UnknownResponseStatusDetails {
  /**
   * Returns the discriminator naming this variant on the wire.
   *
   * @return the {@code type} string, or null if an unknown variant had none
   */
  @JsonProperty("type")
  String type();
}
