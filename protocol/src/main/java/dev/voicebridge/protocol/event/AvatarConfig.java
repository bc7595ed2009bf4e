package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Configuration for avatar streaming and behavior during the session.
 *
 * @param type {@code video-avatar} or {@code photo-avatar}, or null
 * @param character the avatar character
 * @param style the avatar style, or null
 * @param customized whether the character is a custom avatar, or null
 * @param model the photo avatar model, or null
 * @param iceServers ICE servers for the WebRTC connection, or null
 * @param video the video parameters, or null
 * @param scene the avatar's placement in the frame, or null
 * @param outputProtocol how avatar media is sent, or null
 * @param outputAuditAudio whether audio for auditing is sent as well, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record AvatarConfig(
    @JsonProperty("type") AvatarConfigTypes type,
    @JsonProperty("character") String character,
    @JsonProperty("style") String style,
    @JsonProperty("customized") Boolean customized,
    @JsonProperty("model") PhotoAvatarBaseModes model,
    @JsonProperty("ice_servers") List<IceServer> iceServers,
    @JsonProperty("video") VideoParams video,
    @JsonProperty("scene") Scene scene,
    @JsonProperty("output_protocol") AvatarOutputProtocol outputProtocol,
    @JsonProperty("output_audit_audio") Boolean outputAuditAudio,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  /**
   * Copies collections so the value stays immutable.
   *
   * @param type {@code video-avatar} or {@code photo-avatar}, or null
   * @param character the avatar character
   * @param style the avatar style, or null
   * @param customized whether the character is a custom avatar, or null
   * @param model the photo avatar model, or null
   * @param iceServers ICE servers for the WebRTC connection, or null
   * @param video the video parameters, or null
   * @param scene the avatar's placement in the frame, or null
   * @param outputProtocol how avatar media is sent, or null
   * @param outputAuditAudio whether audio for auditing is sent as well, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public AvatarConfig {
    iceServers = iceServers == null ? null : List.copyOf(iceServers);
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param character the avatar character
   * @return the new value
   */
  public static AvatarConfig of(String character) {
    return new AvatarConfig(
        null, character, null, null, null, null, null, null, null, null, Map.of());
  }

  /**
   * Starts a builder with no fields set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AvatarConfig}; fields left unset are not written. */
  public static final class Builder {
    private AvatarConfigTypes type;
    private String character;
    private String style;
    private Boolean customized;
    private PhotoAvatarBaseModes model;
    private List<IceServer> iceServers;
    private VideoParams video;
    private Scene scene;
    private AvatarOutputProtocol outputProtocol;
    private Boolean outputAuditAudio;
    private final java.util.LinkedHashMap<String, JsonNode> additionalProperties =
        new java.util.LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code type}.
     *
     * @param type {@code video-avatar} or {@code photo-avatar}, or null
     * @return this builder
     */
    public Builder type(AvatarConfigTypes type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@code character}.
     *
     * @param character the avatar character
     * @return this builder
     */
    public Builder character(String character) {
      this.character = character;
      return this;
    }

    /**
     * Sets {@code style}.
     *
     * @param style the avatar style, or null
     * @return this builder
     */
    public Builder style(String style) {
      this.style = style;
      return this;
    }

    /**
     * Sets {@code customized}.
     *
     * @param customized whether the character is a custom avatar, or null
     * @return this builder
     */
    public Builder customized(Boolean customized) {
      this.customized = customized;
      return this;
    }

    /**
     * Sets {@code model}.
     *
     * @param model the photo avatar model, or null
     * @return this builder
     */
    public Builder model(PhotoAvatarBaseModes model) {
      this.model = model;
      return this;
    }

    /**
     * Sets {@code ice_servers}.
     *
     * @param iceServers ICE servers for the WebRTC connection, or null
     * @return this builder
     */
    public Builder iceServers(List<IceServer> iceServers) {
      this.iceServers = iceServers;
      return this;
    }

    /**
     * Sets {@code video}.
     *
     * @param video the video parameters, or null
     * @return this builder
     */
    public Builder video(VideoParams video) {
      this.video = video;
      return this;
    }

    /**
     * Sets {@code scene}.
     *
     * @param scene the avatar's placement in the frame, or null
     * @return this builder
     */
    public Builder scene(Scene scene) {
      this.scene = scene;
      return this;
    }

    /**
     * Sets {@code output_protocol}.
     *
     * @param outputProtocol how avatar media is sent, or null
     * @return this builder
     */
    public Builder outputProtocol(AvatarOutputProtocol outputProtocol) {
      this.outputProtocol = outputProtocol;
      return this;
    }

    /**
     * Sets {@code output_audit_audio}.
     *
     * @param outputAuditAudio whether audio for auditing is sent as well, or null
     * @return this builder
     */
    public Builder outputAuditAudio(Boolean outputAuditAudio) {
      this.outputAuditAudio = outputAuditAudio;
      return this;
    }

    /**
     * Adds a field this model does not know, written as given.
     *
     * @param name the wire name
     * @param value the JSON value
     * @return this builder
     */
    public Builder additionalProperty(String name, JsonNode value) {
      additionalProperties.put(name, value);
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the new {@link AvatarConfig}
     */
    public AvatarConfig build() {
      return new AvatarConfig(
          type,
          character,
          style,
          customized,
          model,
          iceServers,
          video,
          scene,
          outputProtocol,
          outputAuditAudio,
          additionalProperties);
    }
  }
}
