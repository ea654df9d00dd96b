package io.stackshift.openstack;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.stackshift.identity.Project;
import io.stackshift.identity.User;
import io.stackshift.marketplace.Offering;
import io.stackshift.marketplace.Order;
import io.stackshift.marketplace.Orders;
import io.stackshift.marketplace.Plan;
import io.stackshift.marketplace.Resource;
import io.stackshift.marketplace.Resources;
import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.inventory.Inventory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes existing Keystone projects of an offering's cloud over as tenants: the tenant,
 * its marketplace resource (OK from the start), a DONE order recording the import, and
 * its inventory pulled at once. Who may import is the web layer's decision.
 */
@Service
@Transactional
public class TenantImport {

	/** A Keystone project that can be imported. */
	public record Importable(String backendId, String name, String description) {
	}

	/** The import was refused because of {@code field}. */
	public static class Refused extends RuntimeException {

		private final String field;

		Refused(String field, String message) {
			super(message);
			this.field = field;
		}

		public String field() {
			return this.field;
		}

	}

	private final Tenants tenants;

	private final Resources resources;

	private final Orders orders;

	private final CloudClients clients;

	private final Inventory inventory;

	public TenantImport(Tenants tenants, Resources resources, Orders orders, CloudClients clients,
			Inventory inventory) {
		this.tenants = tenants;
		this.resources = resources;
		this.orders = orders;
		this.clients = clients;
		this.inventory = inventory;
	}

	/**
	 * The Keystone projects of the offering's cloud that are not tenants yet, by name.
	 */
	@Transactional(readOnly = true)
	public List<Importable> importable(Offering offering) {
		Cloud cloud = cloudOf(offering);
		Set<String> taken = new HashSet<>(this.tenants.backendIdsIn(cloud));
		return this.clients.forCloud(cloud)
			.identity()
			.listProjects(Map.of())
			.stream()
			.filter((project) -> !taken.contains(project.id()))
			.map((project) -> new Importable(project.id(), project.name(),
					(project.description() != null) ? project.description() : ""))
			.sorted(Comparator.comparing(Importable::name).thenComparing(Importable::backendId))
			.toList();
	}

	/**
	 * Imports the Keystone project {@code backendId} into {@code project}; the tenant's
	 * inventory is pulled before this returns.
	 */
	public Tenant importTenant(Offering offering, String backendId, Project project, Plan plan, User by) {
		Cloud cloud = cloudOf(offering);
		if (this.tenants.findByCloudAndBackendId(cloud, backendId).isPresent()) {
			throw new Refused("backend_id", "The project " + backendId + " is already imported.");
		}
		CloudClient client = this.clients.forCloud(cloud);
		Optional<io.stackshift.openstack.client.Project> keystone = client.identity()
			.listProjects(Map.of())
			.stream()
			.filter((candidate) -> candidate.id().equals(backendId))
			.findFirst();
		if (keystone.isEmpty()) {
			throw new Refused("backend_id", "The cloud has no project with id " + backendId + ".");
		}
		Tenant tenant = Tenant.imported(keystone.get().name(), cloud, project, backendId);
		tenant.setDescription(keystone.get().description());
		this.tenants.save(tenant);
		Resource resource = new Resource(tenant.getName(), project, offering, plan);
		resource.setDescription(tenant.getDescription());
		resource.setScope(Offering.OPENSTACK_TENANT, tenant.getUuid());
		resource.markOk();
		tenant.heldAs(this.resources.save(resource));
		this.tenants.flush();
		this.inventory.pull(tenant.getUuid());
		Order order = Order.recorded(Order.Type.CREATE, resource, by, Instant.now(), true, null, null);
		order.setPlan(plan);
		this.orders.save(order);
		return tenant;
	}

	private static Cloud cloudOf(Offering offering) {
		Cloud cloud = offering.getScope();
		if (cloud == null) {
			throw new Refused(null, "The offering has no cloud to import from.");
		}
		return cloud;
	}

}
