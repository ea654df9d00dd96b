package io.stackshift.replication.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rendered plan of the shop tenant, compared with a golden file. After an intended
 * change, regenerate it with {@code -Dplans.update=true} and review the diff.
 */
class PlanRenderingTest {

	private static final Path GOLDEN = Path.of("src/test/resources/plans/shop.txt");

	@Test
	void shopPlanRendersAsTheGoldenFile() throws IOException {
		String text = Tenants
			.plan(Tenants.shop(),
					new Mappings(null, java.util.List.of(new Mappings.SubnetPair("10.0.1.0/24", "192.168.1.0/24")),
							null, false, true))
			.render();
		if (Boolean.getBoolean("plans.update")) {
			Files.writeString(GOLDEN, text, StandardCharsets.UTF_8);
		}
		assertThat(text).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
	}

}
