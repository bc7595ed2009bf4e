package dev.voicebridge.protocol.event;

import java.util.Map;

/**
 * Extended RequestSession that tracks explicitly set None values.
 *
 * <p>The {@code session} of a {@code session.update}. A field left out keeps the service's current
 * setting; a field set to null is written as JSON null and clears it, e.g. {@code
 * RequestSession.builder().clearTurnDetection().build()} turns server VAD off.
 */
public final class RequestSession extends SessionBase {
  static final PropertySet PROPERTIES = new PropertySet(SHARED_PROPERTIES);

  RequestSession(Map<String, Object> fields) {
    super(fields);
  }

  @Override
  PropertySet properties() {
    return PROPERTIES;
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

  /** Builds a {@link RequestSession}. */
  public static final class Builder extends SessionBase.Builder<RequestSession, Builder> {
    private Builder() {}

    private Builder(RequestSession from) {
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

    @Override
    public RequestSession build() {
      return new RequestSession(fields);
    }
  }
}
