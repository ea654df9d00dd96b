package io.stackshift.openstack;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.stackshift.identity.Project;
import io.stackshift.marketplace.Resource;
import io.stackshift.system.RandomText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenants for code that knows no HTTP (the migrations): find the tenant of a resource,
 * record a tenant stackshift is creating in a destination cloud, and mark how that ended.
 * Pulling a tenant's inventory is {@link io.stackshift.openstack.inventory.Inventory}'s.
 */
@Service
@Transactional
public class TenantService {

	private final Tenants tenants;

	public TenantService(Tenants tenants) {
		this.tenants = tenants;
	}

	@Transactional(readOnly = true)
	public Optional<Tenant> findByResource(Resource resource) {
		return this.tenants.findByResource(resource);
	}

	@Transactional(readOnly = true)
	public Optional<Tenant> find(UUID uuid) {
		return this.tenants.findByUuid(uuid);
	}

	/**
	 * Records a tenant stackshift is creating in {@code cloud} for {@code project}, held
	 * as {@code resource} (may be null and linked later with {@link Tenant#heldAs}); its
	 * state is CREATING until marked. {@code backendId} may be null when the Keystone
	 * project does not exist yet.
	 */
	public Tenant recordCreated(Cloud cloud, Project project, Resource resource, String name, String backendId,
			TenantCredentials credentials) {
		Tenant tenant = Tenant.created(name, cloud, project, backendId, credentials.username(), credentials.password());
		if (resource != null) {
			tenant.heldAs(resource);
		}
		return this.tenants.save(tenant);
	}

	/** The Keystone project of a tenant being created now exists. */
	public void createdAs(UUID tenant, String backendId) {
		load(tenant).createdAs(backendId);
	}

	public void markOk(UUID tenant) {
		load(tenant).markOk();
	}

	public void markErred(UUID tenant, String error) {
		load(tenant).markErred(error);
	}

	/**
	 * New credentials for a tenant's user, as Waldur makes them: the tenant's name as a
	 * slug (25 characters at most, no trailing dash), {@code -user-} and 4 random
	 * characters; a password of 16 characters without look-alikes.
	 */
	public static TenantCredentials generateCredentials(String tenantName) {
		String slug = Normalizer.normalize(tenantName, Normalizer.Form.NFKD)
			.replaceAll("[^\\p{ASCII}]", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9_\\s-]", "")
			.trim()
			.replaceAll("[\\s-]+", "-");
		slug = slug.substring(0, Math.min(25, slug.length())).replaceAll("-+$", "");
		return new TenantCredentials(slug + "-user-" + RandomText.of(4), RandomText.of(16));
	}

	private Tenant load(UUID uuid) {
		return this.tenants.findByUuid(uuid).orElseThrow(() -> new IllegalArgumentException("No tenant " + uuid));
	}

}
