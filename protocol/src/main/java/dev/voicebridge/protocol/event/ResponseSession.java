package dev.voicebridge.protocol.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Base for session configuration in the response.
 *
 * <p>The {@code session} of {@code session.created} and {@code session.updated}: the shared session
 * fields plus the ones only the service reports. {@code session.updated} may carry only the changed
 * subset, so absent fields mean "unchanged", not "off".
 */
public final class ResponseSession extends SessionBase {
  static final Property<String> ID = Property.of("id", String.class);
  static final Property<String> OBJECT = Property.of("object", String.class);
  static final Property<AgentConfig> AGENT = Property.of("agent", AgentConfig.class);
  static final Property<Long> EXPIRES_AT = Property.of("expires_at", Long.class);

  static final PropertySet PROPERTIES = new PropertySet(allProperties());

  ResponseSession(Map<String, Object> fields) {
    super(fields);
  }

  private static List<Property<?>> allProperties() {
    List<Property<?>> all = new ArrayList<>(SHARED_PROPERTIES);
    all.addAll(List.of(ID, OBJECT, AGENT, EXPIRES_AT));
    return all;
  }

  @Override
  PropertySet properties() {
    return PROPERTIES;
  }

  /**
   * Returns {@code id}: the session id.
   *
   * @return the value, or null if left out or explicitly null
   */
  public String id() {
    return get(ID);
  }

  /**
   * Returns {@code object}: the object kind, {@code realtime.session}.
   *
   * @return the value, or null if left out or explicitly null
   */
  public String object() {
    return get(OBJECT);
  }

  /**
   * Returns {@code agent}: the agent answering, in agent mode.
   *
   * @return the value, or null if left out or explicitly null
   */
  public AgentConfig agent() {
    return get(AGENT);
  }

  /**
   * Returns {@code expires_at}: when the session expires, in Unix seconds.
   *
   * @return the value, or null if left out or explicitly null
   */
  public Long expiresAt() {
    return get(EXPIRES_AT);
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
   * Starts a builder holding this session's fields, to derive a changed copy.
   *
   * @return a builder with this session's fields
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link ResponseSession}. */
  public static final class Builder extends SessionBase.Builder<ResponseSession, Builder> {
    private Builder() {}

    private Builder(ResponseSession from) {
      super(from);
    }

    @Override
    Builder self() {
      return this;
    }

    @Override
    PropertySet properties() {
      return PROPERTIES;
    }

    /**
     * Sets {@code id}: the session id.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder id(String value) {
      return set(ID, value);
    }

    /**
     * Sets {@code object}: the object kind, {@code realtime.session}.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder object(String value) {
      return set(OBJECT, value);
    }

    /**
     * Sets {@code agent}: the agent answering, in agent mode.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder agent(AgentConfig value) {
      return set(AGENT, value);
    }

    /**
     * Sets {@code expires_at}: when the session expires, in Unix seconds.
     *
     * @param value the value; null writes an explicit JSON null
     * @return this builder
     */
    public Builder expiresAt(Long value) {
      return set(EXPIRES_AT, value);
    }

    @Override
    public ResponseSession build() {
      return new ResponseSession(fields);
    }
  }
}
