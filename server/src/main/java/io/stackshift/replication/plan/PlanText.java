package io.stackshift.replication.plan;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a plan the way {@code terraform plan} does: a summary, one block per step with
 * its attributes indented, references shown as {@code -> key}, warnings at the end.
 */
final class PlanText {

	private PlanText() {
	}

	static String render(Plan plan) {
		StringBuilder text = new StringBuilder();
		text.append(summary(plan)).append("\n");
		for (Step step : plan.steps()) {
			text.append("\n  ").append(step.action().symbol()).append(' ').append(step.kind().label());
			text.append(" \"").append(step.name()).append("\" (").append(step.key()).append(")\n");
			int width = step.attributes().keySet().stream().mapToInt(String::length).max().orElse(0);
			step.attributes()
				.forEach((name, value) -> text.append("      ")
					.append(pad(name, width))
					.append(" = ")
					.append(value(value))
					.append("\n"));
		}
		if (!plan.warnings().isEmpty()) {
			text.append("\nWarnings:\n");
			for (Warning warning : plan.warnings()) {
				text.append("  ! ")
					.append(warning.code())
					.append(" (")
					.append(warning.source())
					.append("): ")
					.append(warning.message())
					.append("\n");
			}
		}
		return text.toString();
	}

	private static String summary(Plan plan) {
		Map<Action, Long> counts = new EnumMap<>(Action.class);
		plan.steps().forEach((step) -> counts.merge(step.action(), 1L, Long::sum));
		return "Plan: " + counts.getOrDefault(Action.CREATE, 0L) + " to create, "
				+ counts.getOrDefault(Action.ADOPT, 0L) + " to adopt, " + counts.getOrDefault(Action.UPDATE, 0L)
				+ " to update, " + counts.getOrDefault(Action.DELETE, 0L) + " to delete, " + plan.warnings().size()
				+ " warnings.";
	}

	private static String pad(String name, int width) {
		return name + " ".repeat(width - name.length());
	}

	private static String value(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Ref ref) {
			return "-> " + ref.step();
		}
		if (value instanceof String string) {
			return "\"" + string + "\"";
		}
		if (value instanceof Map<?, ?> map) {
			return map.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + " = " + value(entry.getValue()))
				.collect(Collectors.joining(", ", "{ ", " }"));
		}
		if (value instanceof Collection<?> items) {
			return items.stream().map(PlanText::value).collect(Collectors.joining(", ", "[", "]"));
		}
		return String.valueOf(value);
	}

}
