package io.stackshift.system;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a JSON object attribute (limits, options) as text. Kept as plain text rather
 * than jsonb because nothing queries inside these documents.
 */
@Converter
public class JsonText implements AttributeConverter<Map<String, Object>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(Map<String, Object> attribute) {
		return JSON.writeValueAsString((attribute != null) ? attribute : Map.of());
	}

	@Override
	public Map<String, Object> convertToEntityAttribute(String column) {
		return (column == null || column.isBlank()) ? new LinkedHashMap<>() : JSON.readValue(column, MAP);
	}

}
