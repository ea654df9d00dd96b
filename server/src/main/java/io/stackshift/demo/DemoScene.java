package io.stackshift.demo;

import java.util.Comparator;
import java.util.Map;
import java.util.UUID;

import io.stackshift.emulator.EmulatedCloud;
import io.stackshift.identity.Customer;
import io.stackshift.identity.Customers;
import io.stackshift.identity.Project;
import io.stackshift.identity.Projects;
import io.stackshift.identity.User;
import io.stackshift.identity.Users;
import io.stackshift.marketplace.Offering;
import io.stackshift.marketplace.Offerings;
import io.stackshift.marketplace.Plan;
import io.stackshift.marketplace.Plans;
import io.stackshift.openstack.Cloud;
import io.stackshift.openstack.CloudCheck;
import io.stackshift.openstack.Clouds;
import io.stackshift.openstack.Tenant;
import io.stackshift.openstack.TenantImport;
import io.stackshift.openstack.Tenants;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the demo puts in the database: the two clouds (marked in their options, so a
 * restart finds them and points them at the clouds' new ports), an organisation offering
 * both, a project, and the source's demo tenant imported into it.
 */
@Component
class DemoScene {

	static final String MARK = "stackshift_demo";

	static final String DEMO_TENANT = "demo";

	/** What the banner shows. */
	record Ready(String tenantName, UUID resourceUuid, UUID destinationOffering, UUID destinationPlan, String login) {
	}

	private final Clouds clouds;

	private final Customers customers;

	private final Projects projects;

	private final Offerings offerings;

	private final Plans plans;

	private final Users users;

	private final Tenants tenants;

	private final CloudCheck check;

	private final TenantImport tenantImport;

	private final TransactionTemplate transactions;

	DemoScene(Clouds clouds, Customers customers, Projects projects, Offerings offerings, Plans plans, Users users,
			Tenants tenants, CloudCheck check, TenantImport tenantImport, TransactionTemplate transactions) {
		this.clouds = clouds;
		this.customers = customers;
		this.projects = projects;
		this.offerings = offerings;
		this.plans = plans;
		this.users = users;
		this.tenants = tenants;
		this.check = check;
		this.tenantImport = tenantImport;
		this.transactions = transactions;
	}

	static boolean isDemo(Cloud cloud) {
		return cloud.getOptions() != null && cloud.getOptions().containsKey(MARK);
	}

	Ready setUp(String sourceUrl, String destinationUrl) {
		long sourceId = this.transactions.execute((status) -> register("source", sourceUrl).getId());
		long destinationId = this.transactions.execute((status) -> register("destination", destinationUrl).getId());
		return this.transactions.execute((status) -> populate(this.clouds.findById(sourceId).orElseThrow(),
				this.clouds.findById(destinationId).orElseThrow()));
	}

	private Ready populate(Cloud source, Cloud destination) {
		User admin = this.users.findAll()
			.stream()
			.filter(User::isStaff)
			.min(Comparator.comparing(User::getId))
			.orElseThrow(() -> new IllegalStateException("The demo needs a staff user"));
		Offering sourceOffering = offeringOf(source);
		Offering destinationOffering = offeringOf(destination);
		Plan sourcePlan = this.plans.findAllOf(sourceOffering, Pageable.unpaged()).getContent().get(0);
		Plan destinationPlan = this.plans.findAllOf(destinationOffering, Pageable.unpaged()).getContent().get(0);
		Tenant tenant = this.tenants.findAll()
			.stream()
			.filter((candidate) -> candidate.getCloud().getId().equals(source.getId())
					&& DEMO_TENANT.equals(candidate.getName()))
			.findFirst()
			.orElseGet(() -> importDemoTenant(sourceOffering, sourcePlan, admin));
		return new Ready(tenant.getName(), tenant.getResource().getUuid(), destinationOffering.getUuid(),
				destinationPlan.getUuid(), admin.getUsername());
	}

	/** Registers the cloud, or points the registered one at this start's port. */
	private Cloud register(String role, String authUrl) {
		Cloud cloud = this.clouds.findAll()
			.stream()
			.filter((candidate) -> isDemo(candidate) && role.equals(candidate.getOptions().get(MARK)))
			.findFirst()
			.orElseGet(() -> {
				Cloud created = new Cloud("Demo " + role + " cloud", authUrl, EmulatedCloud.ADMIN_USER,
						EmulatedCloud.ADMIN_PASSWORD);
				created.setTenantName(EmulatedCloud.ADMIN_PROJECT);
				created.setUserDomain("Default");
				created.setProjectDomain("Default");
				created.setShared(true);
				created.setOptions(Map.of(MARK, role));
				return this.clouds.save(created);
			});
		cloud.setAuthUrl(authUrl);
		this.check.check(cloud).ifPresent((problem) -> {
			throw new IllegalStateException("The demo's " + role + " cloud does not answer: " + problem.message());
		});
		return cloud;
	}

	/** The cloud's demo offering, with a plan, created on the first start. */
	private Offering offeringOf(Cloud cloud) {
		return this.offerings.findAll()
			.stream()
			.filter((offering) -> offering.getScope() != null && offering.getScope().getId().equals(cloud.getId()))
			.findFirst()
			.orElseGet(() -> {
				Customer provider = demoProvider();
				Offering offering = new Offering(cloud.getName().replace(" cloud", " tenants"), provider, cloud);
				offering.setShared(true);
				this.offerings.save(offering);
				this.plans.save(new Plan(offering, "Standard"));
				return offering;
			});
	}

	private Customer demoProvider() {
		return this.customers.findAll()
			.stream()
			.filter((customer) -> customer.getName().equals("Demo Organisation"))
			.findFirst()
			.orElseGet(() -> {
				Customer customer = this.customers.save(new Customer("Demo Organisation"));
				this.projects.save(new Project(customer, "Demo Project"));
				return customer;
			});
	}

	private Tenant importDemoTenant(Offering offering, Plan plan, User admin) {
		String backendId = this.tenantImport.importable(offering)
			.stream()
			.filter((candidate) -> DEMO_TENANT.equals(candidate.name()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The demo source cloud has no project named demo"))
			.backendId();
		Project project = this.projects.findAll()
			.stream()
			.filter((candidate) -> candidate.getName().equals("Demo Project"))
			.findFirst()
			.orElseThrow();
		return this.tenantImport.importTenant(offering, backendId, project, plan, admin);
	}

}
