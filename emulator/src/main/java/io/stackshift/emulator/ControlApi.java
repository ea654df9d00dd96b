package io.stackshift.emulator;

import java.io.ByteArrayInputStream;

import io.stackshift.emulator.faults.FaultPlan;
import io.stackshift.emulator.faults.FaultRule;
import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import io.stackshift.emulator.http.Routes;
import io.stackshift.emulator.seed.Seeded;
import io.stackshift.emulator.seed.Topology;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The emulator's own endpoints under {@code /_emulator/}: fault plan, request statistics,
 * state dump and seeding. No token needed; they are neither counted nor subject to
 * faults.
 */
final class ControlApi {

	private final EmulatedCloud cloud;

	ControlApi(EmulatedCloud cloud) {
		this.cloud = cloud;
	}

	void register(Routes routes) {
		routes.open("GET", "/_emulator/faults", this::faults)
			.open("PUT", "/_emulator/faults", this::replaceFaults)
			.open("POST", "/_emulator/faults/rules", this::addRule)
			.open("DELETE", "/_emulator/faults", this::clearFaults)
			.open("GET", "/_emulator/stats", (call) -> Reply.ok(this.cloud.stats().toJson()))
			.open("DELETE", "/_emulator/stats", this::resetStats)
			.open("GET", "/_emulator/state", (call) -> Reply.ok(this.cloud.stateJson()))
			.open("POST", "/_emulator/seed", this::seed);
	}

	private Reply faults(Call call) {
		return Reply.ok(Json.MAPPER.valueToTree(this.cloud.faults().plan()));
	}

	private Reply replaceFaults(Call call) {
		JsonNode body = call.json();
		if (body == null) {
			return bad("A fault plan (JSON) is required.");
		}
		try {
			FaultPlan plan = "harness-latency".equals(Json.text(body, "preset")) ? FaultPlan.harnessLatency()
					: Json.MAPPER.treeToValue(body, FaultPlan.class);
			this.cloud.faults().replace(plan);
		}
		catch (JacksonException ex) {
			return bad("Not a fault plan: " + ex.getOriginalMessage());
		}
		return faults(call);
	}

	private Reply addRule(Call call) {
		JsonNode body = call.json();
		if (body == null) {
			return bad("A fault rule (JSON) is required.");
		}
		try {
			this.cloud.faults().inject(Json.MAPPER.treeToValue(body, FaultRule.class));
		}
		catch (JacksonException ex) {
			return bad("Not a fault rule: " + ex.getOriginalMessage());
		}
		return faults(call);
	}

	private Reply clearFaults(Call call) {
		this.cloud.faults().clear();
		return Reply.empty(204);
	}

	private Reply resetStats(Call call) {
		this.cloud.stats().reset();
		return Reply.empty(204);
	}

	private Reply seed(Call call) {
		Topology topology;
		try {
			topology = Topology.read(new ByteArrayInputStream(call.bodyBytes()));
		}
		catch (JacksonException ex) {
			return bad("Not a topology: " + ex.getOriginalMessage());
		}
		Seeded seeded = this.cloud.seed(topology);
		return Reply.created(Json.MAPPER.valueToTree(seeded));
	}

	private static Reply bad(String message) {
		var error = Json.object();
		error.put("code", 400);
		error.put("title", "Bad Request");
		error.put("message", message);
		return Reply.json(400, Json.object("error", error));
	}

}
