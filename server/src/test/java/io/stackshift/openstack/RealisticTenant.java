package io.stackshift.openstack;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.FloatingIp;
import io.stackshift.openstack.client.Network;
import io.stackshift.openstack.client.Networking;
import io.stackshift.openstack.client.ProjectTeardown;
import io.stackshift.openstack.client.Port;
import io.stackshift.openstack.client.Project;
import io.stackshift.openstack.client.Router;
import io.stackshift.openstack.client.SecurityGroup;
import io.stackshift.openstack.client.SecurityGroupRule;
import io.stackshift.openstack.client.Subnet;

/**
 * The tenant the integration tests build on a real OpenStack, in a Keystone project of
 * its own, with the cloud admin's client:
 * <ul>
 * <li>networks {@code web} ("public tier"), {@code app} and {@code transit}; subnets
 * {@code web-v4} 10.31.1.0/24 (gateway .1, pool .10-.200), {@code app-v4} 10.31.2.0/24
 * and {@code transit-v4} 172.31.0.0/29 (no gateway, no DHCP);</li>
 * <li>router {@code edge}: the external gateway when the cloud has an external network,
 * interfaces on {@code web-v4} and {@code app-v4} at their gateways, routes to
 * 192.168.50.0/24 via 10.31.2.254 and 192.168.51.0/24 via 10.31.1.254;</li>
 * <li>router {@code inner}: attached through ports {@code inner-app} 10.31.2.2 and
 * {@code inner-transit} 172.31.0.2, a route to 10.200.0.0/16 via 172.31.0.6;</li>
 * <li>groups {@code web} (HTTPS from anywhere, and from {@code app}) and {@code app}
 * (from {@code web});</li>
 * <li>instance ports {@code web-1} (10.31.1.11, {@link #WEB_1_MAC}, group {@code web},
 * address pair 10.31.1.250, the floating IP when there is an external network) and
 * {@code app-1} (10.31.2.21, {@link #APP_1_MAC}, group {@code app}).</li>
 * </ul>
 * Build it inside {@code try} and {@link #cleanUp()} in {@code finally}: a build that
 * fails halfway leaves objects behind otherwise.
 */
public final class RealisticTenant {

	public static final String WEB_1_MAC = "fa:16:3e:31:01:11";

	public static final String APP_1_MAC = "fa:16:3e:31:02:21";

	private final CloudClient admin;

	private final String projectId;

	private final Networking neutron;

	private RealisticTenant(CloudClient admin, String projectId) {
		this.admin = admin;
		this.projectId = projectId;
		this.neutron = admin.networking().inProject(projectId);
	}

	/** A new, empty Keystone project on the admin's cloud, for {@link #build()}. */
	public static RealisticTenant inNewProject(CloudClient admin, String projectName, String description) {
		String projectId = admin.identity()
			.createProject(Project.named(projectName, admin.projectDomainId()).withDescription(description))
			.id();
		return new RealisticTenant(admin, projectId);
	}

	public String projectId() {
		return this.projectId;
	}

	/** The admin's Neutron, creating in and listing from the project. */
	public Networking neutron() {
		return this.neutron;
	}

	public void build() {
		Networking neutron = this.neutron;
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
		neutron.subnets().update(transitV4, Collections.singletonMap("gateway_ip", null));
		String webGroup = neutron.securityGroups().create(SecurityGroup.named("web", "HTTP from anywhere")).id();
		String appGroup = neutron.securityGroups().create(SecurityGroup.named("app", "called by web")).id();
		neutron.securityGroupRules().create(SecurityGroupRule.ingress(webGroup, "tcp", 443, "0.0.0.0/0"));
		neutron.securityGroupRules().create(SecurityGroupRule.ingressFromGroup(appGroup, webGroup));
		neutron.securityGroupRules().create(SecurityGroupRule.ingressFromGroup(webGroup, appGroup));
		// as Nova leaves them: owned by a server, which is what makes them instance ports
		String web1 = neutron.ports()
			.create(Port.on(web, "web-1")
				.withFixedIps(List.of(new Port.FixedIp(webV4, "10.31.1.11")))
				.withMacAddress(WEB_1_MAC)
				.withSecurityGroups(List.of(webGroup))
				.withAllowedAddressPairs(List.of(new Port.AllowedAddressPair("10.31.1.250", null)))
				.withDevice("compute:nova", "6f1c2a9e-2a51-4c1e-9d9e-0d1f5e7a3111"))
			.id();
		neutron.ports()
			.create(Port.on(app, "app-1")
				.withFixedIps(List.of(new Port.FixedIp(appV4, "10.31.2.21")))
				.withMacAddress(APP_1_MAC)
				.withSecurityGroups(List.of(appGroup))
				.withDevice("compute:nova", "6f1c2a9e-2a51-4c1e-9d9e-0d1f5e7a3221"));
		List<Network> external = this.admin.networking().networks().list(Map.of("router:external", true));
		Router edge = neutron.routers()
			.create(external.isEmpty() ? Router.named("edge")
					: Router.named("edge").withGateway(Router.ExternalGateway.to(external.get(0).id())));
		neutron.routers().addInterface(edge.id(), webV4);
		neutron.routers().addInterface(edge.id(), appV4);
		neutron.routers()
			.setRoutes(edge.id(), List.of(new Router.Route("192.168.50.0/24", "10.31.2.254"),
					new Router.Route("192.168.51.0/24", "10.31.1.254")));
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

	/** Deletes whatever the project holds, then the project ({@link ProjectTeardown}). */
	public void cleanUp() {
		ProjectTeardown.run(this.admin, this.projectId);
	}

}
