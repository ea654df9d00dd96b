package io.stackshift.system;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

/**
 * Stores a text attribute encrypted; apply with
 * {@code @Convert(converter = EncryptedText.class)}.
 */
@Component
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

	private final SecretBox box;

	public EncryptedText(SecretBox box) {
		this.box = box;
	}

	@Override
	public String convertToDatabaseColumn(String attribute) {
		return this.box.encrypt(attribute);
	}

	@Override
	public String convertToEntityAttribute(String column) {
		return this.box.decrypt(column);
	}

}
