package io.stackshift.openstack.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.stackshift.identity.Caller;
import io.stackshift.identity.Customer;
import io.stackshift.identity.Customers;
import io.stackshift.identity.Permissions;
import io.stackshift.openstack.Cloud;
import io.stackshift.openstack.CloudCatalogue;
import io.stackshift.openstack.CloudCheck;
import io.stackshift.openstack.Clouds;
import io.stackshift.system.web.InvalidInput;
import io.stackshift.system.web.Links;
import io.stackshift.system.web.NotFound;
import io.stackshift.system.web.Pagination;
import io.stackshift.system.web.References;
import io.stackshift.system.web.Uuids;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/service-settings/}: registered OpenStack clouds. Staff register and change
 * them; others see shared clouds and their organisations' clouds, never credentials.
 */
@RestController
@RequestMapping("/api/service-settings")
@Transactional
class ServiceSettingsController {

	private final Clouds clouds;

	private final Customers customers;

	private final Permissions permissions;

	private final CloudCheck check;

	private final CloudCatalogue catalogue;

	ServiceSettingsController(Clouds clouds, Customers customers, Permissions permissions, CloudCheck check,
			CloudCatalogue catalogue) {
		this.catalogue = catalogue;
		this.clouds = clouds;
		this.customers = customers;
		this.permissions = permissions;
		this.check = check;
	}

	record SettingsView(UUID uuid, String url, String name, String type, boolean shared, UUID customerUuid,
			String customerName, String backendUrl, String username, String tenantName, String domain,
			String projectDomain, String region, String endpointInterface, String externalNetworkId, boolean verifySsl,
			String certificate, int maxConcurrency, Double requestsPerSecond, Map<String, Object> options, String state,
			String errorMessage, Instant created, List<ExternalNetworkView> externalNetworks,
			String defaultExternalNetworkId) {

		static SettingsView of(Cloud cloud, boolean withAccess, CloudCatalogue catalogue) {
			Customer customer = cloud.getCustomer();
			return new SettingsView(cloud.getUuid(), Links.url("service-settings", cloud.getUuid()), cloud.getName(),
					cloud.getType(), cloud.isShared(), (customer != null) ? customer.getUuid() : null,
					(customer != null) ? customer.getName() : null, withAccess ? cloud.getAuthUrl() : null,
					withAccess ? cloud.getUsername() : null, withAccess ? cloud.getTenantName() : null,
					withAccess ? cloud.getUserDomain() : null, withAccess ? cloud.getProjectDomain() : null,
					cloud.getRegion(), cloud.getEndpointInterface().name().toLowerCase(Locale.ROOT),
					cloud.getExternalNetworkId(), cloud.isVerifyTls(), withAccess ? cloud.getCertificate() : null,
					cloud.getMaxConcurrency(), cloud.getRequestsPerSecond(), withAccess ? cloud.getOptions() : null,
					cloud.getState().name(), cloud.getErrorMessage(), cloud.getCreated(),
					catalogue.externalNetworks(cloud)
						.stream()
						.map((network) -> new ExternalNetworkView(network.getBackendId(), network.getName()))
						.toList(),
					catalogue.defaultExternalNetwork(cloud).orElse(null));
		}

	}

	/** An external network of the cloud's catalogue. */
	record ExternalNetworkView(String backendId, String name) {
	}

	/**
	 * Everything optional here: a create checks what it requires, an update changes what
	 * is given.
	 */
	record SettingsRequest(@Size(max = 150) String name, @Size(max = 32) String type, @Size(max = 300) String customer,
			Boolean shared, @Size(max = 500) String backendUrl, @Size(max = 255) String username,
			@Size(max = 255) String password, @Size(max = 255) String tenantName, @Size(max = 255) String domain,
			@Size(max = 255) String projectDomain, @Size(max = 255) String region, Cloud.Interface endpointInterface,
			@Size(max = 64) String externalNetworkId, Boolean verifySsl, @Size(max = 65536) String certificate,
			Integer maxConcurrency, Double requestsPerSecond, Map<String, Object> options) {

		@Override
		public String toString() {
			return "SettingsRequest[" + this.name + "]";
		}

	}

	@GetMapping("/")
	ResponseEntity<List<SettingsView>> list(@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
		Pageable pageable = Pagination.pageable(request, Sort.by("name", "id"));
		Page<Cloud> page = caller.seesEverything() ? this.clouds.findAll(pageable)
				: this.clouds.findVisibleTo(caller.id(), pageable);
		return Pagination.respond(page, request,
				(cloud) -> SettingsView.of(cloud, caller.seesEverything(), this.catalogue));
	}

	@GetMapping("/{uuid}/")
	SettingsView get(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return SettingsView.of(visible(caller, uuid), caller.seesEverything(), this.catalogue);
	}

	@PostMapping("/")
	@ResponseStatus(HttpStatus.CREATED)
	SettingsView create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody SettingsRequest body) {
		this.permissions.requireStaff(caller);
		InvalidInput.Collector errors = new InvalidInput.Collector();
		errors.requireText("name", body.name());
		errors.requireText("backend_url", body.backendUrl());
		errors.requireText("username", body.username());
		errors.requireText("password", body.password());
		errors.throwIfAny();
		Cloud cloud = new Cloud(body.name().trim(), body.backendUrl().trim(), body.username(), body.password());
		apply(cloud, body);
		this.clouds.save(cloud);
		requireWorking(cloud);
		return SettingsView.of(cloud, true, this.catalogue);
	}

	@RequestMapping(path = "/{uuid}/", method = { RequestMethod.PATCH, RequestMethod.PUT })
	SettingsView update(@AuthenticationPrincipal Caller caller, @PathVariable String uuid,
			@Valid @RequestBody SettingsRequest body) {
		Cloud cloud = visible(caller, uuid);
		this.permissions.requireStaff(caller);
		InvalidInput.Collector errors = new InvalidInput.Collector();
		notBlankIfGiven(errors, "name", body.name());
		notBlankIfGiven(errors, "backend_url", body.backendUrl());
		notBlankIfGiven(errors, "username", body.username());
		notBlankIfGiven(errors, "password", body.password());
		errors.throwIfAny();
		if (body.name() != null) {
			cloud.setName(body.name().trim());
		}
		if (body.backendUrl() != null) {
			cloud.setAuthUrl(body.backendUrl().trim());
		}
		if (body.username() != null) {
			cloud.setUsername(body.username());
		}
		if (body.password() != null) {
			cloud.setPassword(body.password());
		}
		apply(cloud, body);
		if (touchesConnection(body)) {
			requireWorking(cloud);
		}
		return SettingsView.of(cloud, true, this.catalogue);
	}

	/**
	 * Checks the settings against the cloud again and records the outcome (state and
	 * error message) on them; a failed check is an answer here, not an error.
	 */
	@PostMapping("/{uuid}/check/")
	SettingsView check(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		Cloud cloud = visible(caller, uuid);
		this.permissions.requireStaff(caller);
		this.check.check(cloud);
		return SettingsView.of(cloud, true, this.catalogue);
	}

	/**
	 * A create or a change of how to reach the cloud is checked against it; a failure is
	 * a 400 naming the setting at fault, and the transaction (the record) is rolled back,
	 * so a broken record is never saved.
	 */
	private void requireWorking(Cloud cloud) {
		this.check.check(cloud).ifPresent((problem) -> {
			throw InvalidInput.field((problem.field() != null) ? problem.field() : InvalidInput.NON_FIELD,
					problem.message());
		});
	}

	/**
	 * Whether a change concerns how stackshift reaches and authenticates to the cloud.
	 */
	private static boolean touchesConnection(SettingsRequest body) {
		return body.backendUrl() != null || body.username() != null || body.password() != null
				|| body.tenantName() != null || body.domain() != null || body.projectDomain() != null
				|| body.region() != null || body.endpointInterface() != null || body.verifySsl() != null
				|| body.certificate() != null;
	}

	@DeleteMapping("/{uuid}/")
	ResponseEntity<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		Cloud cloud = visible(caller, uuid);
		this.permissions.requireStaff(caller);
		this.clouds.delete(cloud);
		this.clouds.flush();
		return ResponseEntity.noContent().build();
	}

	private void apply(Cloud cloud, SettingsRequest body) {
		InvalidInput.Collector errors = new InvalidInput.Collector();
		if (body.type() != null && !Cloud.TYPE.equals(body.type())) {
			errors.reject("type", "\"" + body.type() + "\" is not a valid choice. Supported: " + Cloud.TYPE + ".");
		}
		if (body.backendUrl() != null && !isHttpUrl(body.backendUrl().trim())) {
			errors.reject("backend_url", "Enter a valid URL.");
		}
		if (body.maxConcurrency() != null && (body.maxConcurrency() < 1 || body.maxConcurrency() > 256)) {
			errors.reject("max_concurrency", "Ensure this value is between 1 and 256.");
		}
		if (body.requestsPerSecond() != null && !(body.requestsPerSecond() > 0)) {
			errors.reject("requests_per_second", "Ensure this value is greater than 0.");
		}
		errors.throwIfAny();
		if (body.customer() != null) {
			cloud.setCustomer(body.customer().isBlank() ? null
					: References.resolve("customer", body.customer(), this.customers::findByUuid));
		}
		if (body.shared() != null) {
			cloud.setShared(body.shared());
		}
		if (body.tenantName() != null) {
			cloud.setTenantName(body.tenantName());
		}
		if (body.domain() != null) {
			cloud.setUserDomain(body.domain());
		}
		if (body.projectDomain() != null) {
			cloud.setProjectDomain(body.projectDomain());
		}
		if (body.region() != null) {
			cloud.setRegion(body.region());
		}
		if (body.endpointInterface() != null) {
			cloud.setEndpointInterface(body.endpointInterface());
		}
		if (body.externalNetworkId() != null) {
			cloud.setExternalNetworkId(body.externalNetworkId());
		}
		if (body.verifySsl() != null) {
			cloud.setVerifyTls(body.verifySsl());
		}
		if (body.certificate() != null) {
			cloud.setCertificate(body.certificate());
		}
		if (body.maxConcurrency() != null) {
			cloud.setMaxConcurrency(body.maxConcurrency());
		}
		if (body.requestsPerSecond() != null) {
			cloud.setRequestsPerSecond(body.requestsPerSecond());
		}
		if (body.options() != null) {
			cloud.setOptions(body.options());
		}
	}

	private Cloud visible(Caller caller, String uuid) {
		Cloud cloud = this.clouds.findByUuid(Uuids.path(uuid)).orElseThrow(NotFound::new);
		if (caller.seesEverything() || cloud.isShared()
				|| (cloud.getCustomer() != null && this.permissions.sees(caller, cloud.getCustomer()))) {
			return cloud;
		}
		throw new NotFound();
	}

	private static void notBlankIfGiven(InvalidInput.Collector errors, String field, String value) {
		if (value != null && value.isBlank()) {
			errors.reject(field, InvalidInput.BLANK);
		}
	}

	private static boolean isHttpUrl(String text) {
		try {
			URI uri = URI.create(text);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
