package io.stackshift.replication.apply;

import java.util.Map;

/**
 * What performing a step produced.
 *
 * @param objectId the OpenStack id that later steps' references resolve to
 * @param outputs other values later steps or cleanup need, e.g. the port id of a router
 * interface
 * @param created whether this execution made the object (cleanup deletes it) or took over
 * one that existed (cleanup leaves it)
 */
public record StepOutcome(String objectId, Map<String, String> outputs, boolean created) {

	public StepOutcome {
		outputs = Map.copyOf(outputs);
	}

	public static StepOutcome created(String objectId) {
		return new StepOutcome(objectId, Map.of(), true);
	}

	public static StepOutcome adopted(String objectId) {
		return new StepOutcome(objectId, Map.of(), false);
	}

	public StepOutcome with(String name, String value) {
		java.util.HashMap<String, String> more = new java.util.HashMap<>(this.outputs);
		more.put(name, value);
		return new StepOutcome(this.objectId, more, this.created);
	}

}
