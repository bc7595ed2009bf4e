package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * The one configured Jackson mapper for Voice Live JSON, and shortcuts to read and write events.
 *
 * <p>Configuration: unknown properties never fail a read (types that forward them keep them); null
 * fields are left out when writing, except where a type tracks explicit nulls; base64 audio is
 * written padded and read with or without padding; the model's unions, extensible enums and
 * explicit-null types are registered through {@link #module()}.
 */
public final class VoiceLiveJson {
  private static final Base64Variant BASE64 =
      Base64Variants.MIME_NO_LINEFEEDS.withReadPadding(
          Base64Variant.PaddingReadBehaviour.PADDING_ALLOWED);

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
          .defaultBase64Variant(BASE64)
          .addModule(module())
          .build();

  private static final ObjectReader SERVER_EVENTS = MAPPER.readerFor(ServerEvent.class);
  private static final ObjectReader CLIENT_EVENTS = MAPPER.readerFor(ClientEvent.class);

  private VoiceLiveJson() {}

  /**
   * Returns the shared mapper. It is configured once and thread-safe; do not reconfigure it, derive
   * an {@link ObjectReader} or {@code ObjectWriter} from it instead.
   *
   * @return the shared mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Returns a new module holding this model's deserializers, for a caller that must use its own
   * mapper; {@link #mapper()} already has it.
   *
   * @return a module to register on another mapper
   */
  public static Module module() {
    return new VoiceLiveModule();
  }

  /**
   * Parses one server event; an unknown type gives an {@link UnknownServerEvent}.
   *
   * @param json the UTF-8 JSON of one WebSocket text message
   * @return the event
   * @throws JsonProcessingException if the text is not JSON or a known event is malformed
   */
  public static ServerEvent parseServerEvent(byte[] json) throws JsonProcessingException {
    return read(SERVER_EVENTS, json);
  }

  /**
   * Parses one server event; an unknown type gives an {@link UnknownServerEvent}.
   *
   * @param json the JSON of one WebSocket text message
   * @return the event
   * @throws JsonProcessingException if the text is not JSON or a known event is malformed
   */
  public static ServerEvent parseServerEvent(String json) throws JsonProcessingException {
    return SERVER_EVENTS.readValue(json);
  }

  /**
   * Parses one client event; an unknown type gives an {@link UnknownClientEvent}.
   *
   * @param json the UTF-8 JSON of one WebSocket text message
   * @return the event
   * @throws JsonProcessingException if the text is not JSON or a known event is malformed
   */
  public static ClientEvent parseClientEvent(byte[] json) throws JsonProcessingException {
    return read(CLIENT_EVENTS, json);
  }

  /**
   * Parses one client event; an unknown type gives an {@link UnknownClientEvent}.
   *
   * @param json the JSON of one WebSocket text message
   * @return the event
   * @throws JsonProcessingException if the text is not JSON or a known event is malformed
   */
  public static ClientEvent parseClientEvent(String json) throws JsonProcessingException {
    return CLIENT_EVENTS.readValue(json);
  }

  /**
   * Writes an event, or any model value, as UTF-8 JSON.
   *
   * @param value the value to write
   * @return the JSON bytes
   * @throws IllegalArgumentException if the value cannot be serialized (not a model type)
   */
  public static byte[] writeValueAsBytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + value.getClass().getName(), e);
    }
  }

  /**
   * Writes an event, or any model value, as a JSON string.
   *
   * @param value the value to write
   * @return the JSON text
   * @throws IllegalArgumentException if the value cannot be serialized (not a model type)
   */
  public static String toJson(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + value.getClass().getName(), e);
    }
  }

  /**
   * Builds and caches the serializer and deserializer of every client and server event type, with
   * the types they contain, so that a process can pay for it before it takes calls. Jackson
   * introspects a type the first time it meets it; left to the first call, that is some 200 event
   * classes loaded and inspected on that call's event loop, in the middle of its audio.
   *
   * @return the number of event types prepared
   * @throws IllegalStateException if an event type cannot be written or read (a model defect)
   */
  public static int warmUp() {
    return warmUp(ServerEvent.class) + warmUp(ClientEvent.class);
  }

  private static int warmUp(Class<?> sealed) {
    int prepared = 0;
    for (Class<?> type : sealed.getPermittedSubclasses()) {
      if (type.isSealed()) {
        prepared += warmUp(type);
      } else if (MAPPER.canSerialize(type) && MAPPER.canDeserialize(MAPPER.constructType(type))) {
        prepared++;
      } else {
        throw new IllegalStateException("No JSON mapping for " + type.getName());
      }
    }
    return prepared;
  }

  private static <T> T read(ObjectReader reader, byte[] json) throws JsonProcessingException {
    try {
      return reader.readValue(json);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      // A byte array cannot fail to read; Jackson only declares IOException for streams.
      throw JsonMappingException.fromUnexpectedIOE(e);
    }
  }
}
