package io.stackshift.openstack;

import java.util.Locale;
import java.util.Optional;

import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.OpenStackException;

import org.springframework.stereotype.Service;

/**
 * Checks service settings against their cloud: Keystone accepts the credentials, the
 * catalog has a network endpoint where the settings say, and the catalogue can be read.
 * The outcome names the setting at fault, so the API can answer with a field error.
 */
@Service
public class CloudCheck {

	/** What is wrong, and with which setting ({@code null}: the settings as a whole). */
	public record Problem(String field, String message) {
	}

	private final CloudClients clients;

	private final CloudCatalogue catalogue;

	public CloudCheck(CloudClients clients, CloudCatalogue catalogue) {
		this.clients = clients;
		this.catalogue = catalogue;
	}

	/**
	 * Checks the settings and, when they work, pulls the catalogue; records the outcome
	 * on the cloud ({@link Cloud#checked(String)}). Call within a transaction that stores
	 * the cloud only when the answer is empty, if a broken record must not be kept.
	 */
	public Optional<Problem> check(Cloud cloud) {
		Optional<Problem> problem = probe(cloud);
		cloud.checked(problem.map(Problem::message).orElse(null));
		return problem;
	}

	private Optional<Problem> probe(Cloud cloud) {
		CloudClient client = this.clients.forCheck(cloud);
		try {
			client.projectId();
		}
		catch (OpenStackException ex) {
			return Optional.of(authenticationProblem(cloud, ex));
		}
		catch (RuntimeException ex) {
			return Optional.of(new Problem("backend_url", "Keystone at " + cloud.getAuthUrl()
					+ " gave an answer stackshift cannot read: " + ex.getMessage()));
		}
		if (!client.offers("network")) {
			return Optional.of(new Problem(null,
					"The cloud's catalog has no network (Neutron) endpoint on the "
							+ cloud.getEndpointInterface().name().toLowerCase(Locale.ROOT) + " interface"
							+ (cloud.getRegion().isBlank() ? "" : " in region " + cloud.getRegion()) + "."));
		}
		try {
			this.catalogue.pull(cloud, client);
		}
		catch (OpenStackException | IllegalStateException ex) {
			return Optional.of(new Problem(null, "Cannot read the cloud's catalogue: " + ex.getMessage()));
		}
		return Optional.empty();
	}

	private static Problem authenticationProblem(Cloud cloud, OpenStackException ex) {
		switch (ex.kind()) {
			case UNAUTHORIZED:
				return new Problem("password", "Keystone refused these credentials (user " + cloud.getUsername()
						+ " in domain " + cloud.getUserDomain() + ", project " + cloud.getTenantName() + ").");
			case TRANSPORT:
			case UNAVAILABLE:
				return new Problem("backend_url", "Cannot reach Keystone at " + cloud.getAuthUrl() + ": "
						+ ((ex.serviceMessage() != null) ? ex.serviceMessage() : ex.kind()));
			case NOT_FOUND:
				return new Problem("backend_url", "No Keystone v3 API at " + cloud.getAuthUrl() + ".");
			default:
				return new Problem(null, "Keystone did not accept the settings: " + ex.getMessage());
		}
	}

}
