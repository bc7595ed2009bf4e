package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;

/**
 * Writes an {@link OptionalFieldsObject}: every present field in order, explicit nulls as JSON
 * null, absent fields not at all (the mapper's NON_NULL inclusion cannot tell the two apart).
 */
final class OptionalFieldsSerializer extends StdSerializer<OptionalFieldsObject> {
  private static final long serialVersionUID = 1L;

  OptionalFieldsSerializer() {
    super(OptionalFieldsObject.class);
  }

  @Override
  public void serialize(OptionalFieldsObject value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(value);
    for (Map.Entry<String, Object> field : value.fields().entrySet()) {
      gen.writeFieldName(field.getKey());
      if (field.getValue() == null) {
        gen.writeNull();
      } else {
        provider.defaultSerializeValue(field.getValue(), gen);
      }
    }
    gen.writeEndObject();
  }
}
