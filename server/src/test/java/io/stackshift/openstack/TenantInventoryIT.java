package io.stackshift.openstack;

import java.util.List;
import java.util.Map;

import io.stackshift.ApiClient.Response;
import io.stackshift.ApiTest;
import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.CloudCredentials;
import io.stackshift.openstack.client.FloatingIp;
import io.stackshift.openstack.client.Network;
import io.stackshift.openstack.client.Networking;
import io.stackshift.openstack.client.OpenStackException;
import io.stackshift.openstack.client.Port;
import io.stackshift.openstack.client.Project;
import io.stackshift.openstack.client.Router;
import io.stackshift.openstack.client.SecurityGroup;
import io.stackshift.openstack.client.SecurityGroupRule;
import io.stackshift.openstack.client.Subnet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import against a real OpenStack (the harness in CI:
 * {@code STACKSHIFT_IT_AUTH_URL=http://127.0.0.1:5000/v3 ./mvnw -pl server verify}): a
 * topology built with the client in a project of its own, imported through the API,
 * compared with the cloud's own listing, then deleted. Skipped without that variable.
 */
class TenantInventoryIT extends ApiTest {

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	@Test
	void anImportedTenantShowsWhatTheRealCloudLists() {
		String authUrl = System.getenv("STACKSHIFT_IT_AUTH_URL");
		Assumptions.assumeTrue(authUrl != null, "STACKSHIFT_IT_AUTH_URL is not set: no real OpenStack to test against");
		String username = env("STACKSHIFT_IT_USERNAME", "admin");
		String password = env("STACKSHIFT_IT_PASSWORD", "admin-secret");
		String adminProject = env("STACKSHIFT_IT_PROJECT", "admin");
		CloudClient admin = new CloudClient(
				CloudCredentials.of(authUrl, username, password).projectName(adminProject, "Default").build());
		String projectId = admin.identity()
			.createProject(Project.named(unique("ss-inventory-it"), admin.projectDomainId())
				.withDescription("stackshift inventory test"))
			.id();
		Networking neutron = admin.networking().inProject(projectId);
		try {
			build(admin, neutron);
			Map<String, Object> settings = cloudSettings(unique("harness"), authUrl);
			settings.putAll(Map.of("username", username, "password", password, "tenant_name", adminProject));
			String cloud = created(this.staff.post("/api/service-settings/", settings));
			String customer = created(this.staff.post("/api/customers/", Map.of("name", unique("org"))));
			String project = created(
					this.staff.post("/api/projects/", Map.of("customer", customer, "name", unique("project"))));
			String offering = created(this.staff.post("/api/marketplace-provider-offerings/",
					Map.of("name", unique("offering"), "customer", customer, "scope", cloud)));
			Response imported = this.staff.post("/api/marketplace-provider-offerings/" + offering + "/import_resource/",
					Map.of("backend_id", projectId, "project", project));
			assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
			CloudMirror mirror = new CloudMirror(this.staff, imported.field("resource_uuid"), neutron);
			mirror.assertSame();
			assertThat(mirror.listed("openstack-networks")).hasSizeGreaterThanOrEqualTo(3);
			assertThat(mirror.listed("openstack-routers")).hasSize(2);
		}
		finally {
			cleanUp(admin, neutron, projectId);
		}
	}

	/**
	 * Three networks, two routers (one with the external gateway when the cloud has an
	 * external network, one attached through a port) with routes, groups referring to
	 * each other, ports with fixed IPs, a floating IP.
	 */
	private static void build(CloudClient admin, Networking neutron) {
		String web = neutron.networks().create(Network.named("web").withDescription("public tier")).id();
		String app = neutron.networks().create(Network.named("app")).id();
		String transit = neutron.networks().create(Network.named("transit")).id();
		String webV4 = neutron.subnets()
			.create(Subnet.of(web, "web-v4", "10.31.1.0/24")
				.withGateway("10.31.1.1")
				.withPools(List.of(new Subnet.AllocationPool("10.31.1.10", "10.31.1.200"))))
			.id();
		String appV4 = neutron.subnets().create(Subnet.of(app, "app-v4", "10.31.2.0/24")).id();
		String transitV4 = neutron.subnets()
			.create(Subnet.of(transit, "transit-v4", "172.31.0.0/29").withDhcp(false))
			.id();
		neutron.subnets().update(transitV4, java.util.Collections.singletonMap("gateway_ip", null));
		String webGroup = neutron.securityGroups().create(SecurityGroup.named("web", "HTTP from anywhere")).id();
		String appGroup = neutron.securityGroups().create(SecurityGroup.named("app", "called by web")).id();
		neutron.securityGroupRules().create(SecurityGroupRule.ingress(webGroup, "tcp", 443, "0.0.0.0/0"));
		neutron.securityGroupRules().create(SecurityGroupRule.ingressFromGroup(appGroup, webGroup));
		neutron.securityGroupRules().create(SecurityGroupRule.ingressFromGroup(webGroup, appGroup));
		String web1 = neutron.ports()
			.create(Port.on(web, "web-1")
				.withFixedIps(List.of(new Port.FixedIp(webV4, "10.31.1.11")))
				.withSecurityGroups(List.of(webGroup)))
			.id();
		neutron.ports()
			.create(Port.on(app, "app-1")
				.withFixedIps(List.of(new Port.FixedIp(appV4, "10.31.2.21")))
				.withSecurityGroups(List.of(appGroup)));
		List<Network> external = admin.networking().networks().list(Map.of("router:external", true));
		Router edge = neutron.routers()
			.create(external.isEmpty() ? Router.named("edge")
					: Router.named("edge").withGateway(Router.ExternalGateway.to(external.get(0).id())));
		neutron.routers().addInterface(edge.id(), webV4);
		neutron.routers().addInterface(edge.id(), appV4);
		neutron.routers().setRoutes(edge.id(), List.of(new Router.Route("192.168.50.0/24", "10.31.2.254")));
		Router inner = neutron.routers().create(Router.named("inner"));
		String innerApp = neutron.ports()
			.create(Port.on(app, "inner-app").withFixedIps(List.of(new Port.FixedIp(appV4, "10.31.2.2"))))
			.id();
		String innerTransit = neutron.ports()
			.create(Port.on(transit, "inner-transit").withFixedIps(List.of(new Port.FixedIp(transitV4, "172.31.0.2"))))
			.id();
		neutron.routers().addInterfacePort(inner.id(), innerApp);
		neutron.routers().addInterfacePort(inner.id(), innerTransit);
		neutron.routers().setRoutes(inner.id(), List.of(new Router.Route("10.200.0.0/16", "172.31.0.6")));
		if (!external.isEmpty()) {
			neutron.floatingIps().create(FloatingIp.from(external.get(0).id()).withPort(web1));
		}
	}

	private static void cleanUp(CloudClient admin, Networking neutron, String projectId) {
		quietly(() -> neutron.floatingIps().list().forEach((ip) -> neutron.floatingIps().delete(ip.id())));
		quietly(() -> neutron.routers().list().forEach((router) -> {
			quietly(() -> neutron.routers().setRoutes(router.id(), List.of()));
			neutron.ports()
				.list(Map.of("device_id", router.id()))
				.stream()
				.filter((port) -> port.deviceOwner() != null
						&& port.deviceOwner().startsWith("network:router_interface"))
				.forEach((port) -> port.fixedIps()
					.forEach((ip) -> quietly(() -> neutron.routers().removeInterface(router.id(), ip.subnetId()))));
			neutron.routers().delete(router.id());
		}));
		quietly(() -> neutron.ports().list().forEach((port) -> neutron.ports().delete(port.id())));
		quietly(() -> neutron.networks().list().forEach((network) -> neutron.networks().delete(network.id())));
		quietly(() -> neutron.securityGroups().list().forEach((group) -> neutron.securityGroups().delete(group.id())));
		quietly(() -> admin.identity().deleteProject(projectId));
	}

	private static void quietly(Runnable cleanup) {
		try {
			cleanup.run();
		}
		catch (OpenStackException ex) {
			System.err.println("cleanup: " + ex.getMessage());
		}
	}

}
