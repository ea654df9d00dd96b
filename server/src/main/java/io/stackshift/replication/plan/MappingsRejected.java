package io.stackshift.replication.plan;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The planner was given mappings that {@link MappingCheck} rejects.
 */
public class MappingsRejected extends RuntimeException {

	private final List<FieldError> errors;

	public MappingsRejected(List<FieldError> errors) {
		super(errors.stream().map((error) -> error.field() + ": " + error.message()).collect(Collectors.joining("; ")));
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return this.errors;
	}

}
