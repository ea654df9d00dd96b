package io.stackshift.openstack.inventory;

import jakarta.persistence.AttributeConverter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a small structured value (allocation pools, fixed IPs, rules) as JSON text, in
 * the snake_case the OpenStack APIs use. Subclasses name the type.
 *
 * @param <T> the stored value
 */
abstract class JsonColumn<T> implements AttributeConverter<T, String> {

	private static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	private final TypeReference<T> type;

	private final T empty;

	JsonColumn(TypeReference<T> type, T empty) {
		this.type = type;
		this.empty = empty;
	}

	@Override
	public String convertToDatabaseColumn(T attribute) {
		return (attribute != null) ? JSON.writeValueAsString(attribute) : null;
	}

	@Override
	public T convertToEntityAttribute(String column) {
		return (column == null || column.isBlank()) ? this.empty : JSON.readValue(column, this.type);
	}

}
