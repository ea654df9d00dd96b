package io.stackshift.emulator.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import tools.jackson.databind.node.ObjectNode;

/**
 * Request counts of one cloud by {@code METHOD template} (e.g. {@code POST /v2.0/ports}),
 * by status and by injected fault, for benchmarks and for tests that count calls.
 */
public final class RequestStats {

	private final Map<String, LongAdder> byRoute = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> byStatus = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> byFault = new ConcurrentHashMap<>();

	private final LongAdder total = new LongAdder();

	void count(String method, String template, int status) {
		this.total.increment();
		this.byRoute.computeIfAbsent(method + " " + template, (k) -> new LongAdder()).increment();
		this.byStatus.computeIfAbsent(Integer.toString(status), (k) -> new LongAdder()).increment();
	}

	void countFault(String fault) {
		this.byFault.computeIfAbsent(fault, (k) -> new LongAdder()).increment();
	}

	public long total() {
		return this.total.sum();
	}

	/** Calls counted for one route, e.g. {@code count("POST", "/v2.0/networks")}. */
	public long count(String method, String template) {
		LongAdder adder = this.byRoute.get(method + " " + template);
		return (adder != null) ? adder.sum() : 0;
	}

	public Map<String, Long> byRoute() {
		return snapshot(this.byRoute);
	}

	public Map<String, Long> byStatus() {
		return snapshot(this.byStatus);
	}

	public Map<String, Long> byFault() {
		return snapshot(this.byFault);
	}

	public void reset() {
		this.byRoute.clear();
		this.byStatus.clear();
		this.byFault.clear();
		this.total.reset();
	}

	public ObjectNode toJson() {
		ObjectNode node = Json.object();
		node.put("total", total());
		node.set("requests", Json.MAPPER.valueToTree(byRoute()));
		node.set("statuses", Json.MAPPER.valueToTree(byStatus()));
		node.set("faults", Json.MAPPER.valueToTree(byFault()));
		return node;
	}

	private static Map<String, Long> snapshot(Map<String, LongAdder> counters) {
		Map<String, Long> copy = new TreeMap<>();
		counters.forEach((key, value) -> copy.put(key, value.sum()));
		return copy;
	}

}
