package io.stackshift.system.web;

import java.util.UUID;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.stereotype.Component;

/**
 * Writes every UUID as 32 hex characters and reads both the plain and the dashed form.
 */
@Component
class UuidJacksonModule extends SimpleModule {

	UuidJacksonModule() {
		super("stackshift-uuid");
		addSerializer(UUID.class, new ValueSerializer<>() {
			@Override
			public void serialize(UUID value, JsonGenerator generator, SerializationContext context) {
				generator.writeString(Uuids.hex(value));
			}
		});
		addDeserializer(UUID.class, new ValueDeserializer<>() {
			@Override
			public UUID deserialize(JsonParser parser, DeserializationContext context) {
				if (parser.currentToken() != JsonToken.VALUE_STRING) {
					return (UUID) context.handleUnexpectedToken(UUID.class, parser);
				}
				String text = parser.getString();
				return Uuids.parse(text)
					.orElseGet(() -> (UUID) context.handleWeirdStringValue(UUID.class, text, "Must be a valid UUID."));
			}
		});
	}

}
