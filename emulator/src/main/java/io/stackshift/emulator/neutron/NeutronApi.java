package io.stackshift.emulator.neutron;

import java.time.Clock;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import io.stackshift.emulator.http.Routes;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Neutron's routes on the emulator's root ({@code /} and {@code /v2.0/...}) and the
 * fixture every cloud starts with, like the harness: the external flat network
 * {@code public} with subnet {@code public-subnet} 203.0.113.0/24, no DHCP, gateway .1,
 * pool .100-.200.
 */
public final class NeutronApi {

	private static final String[] EXTENSIONS = { "security-group", "router", "extraroute", "extraroute-atomic",
			"external-net", "quotas", "quota_details", "standard-attr-tag", "allowed-address-pairs", "port-security",
			"binding", "provider", "project-id", "standard-attr-revisions", "standard-attr-timestamp",
			"standard-attr-description", "pagination", "sorting", "fip-port-details" };

	private final NeutronState state;

	public NeutronApi(NeutronState state) {
		this.state = state;
	}

	public static NeutronState newState(Clock clock) {
		return new NeutronState(clock);
	}

	public void register(Routes routes) {
		routes.open("GET", "/", this::versions)
			.open("GET", "/v2.0", this::versions)
			.add("GET", "/v2.0/extensions", this::extensions);
		new NetworksApi(this.state).register(routes);
		new SubnetsApi(this.state).register(routes);
		new PortsApi(this.state).register(routes);
		new SecurityGroupsApi(this.state).register(routes);
		new RulesApi(this.state).register(routes);
		new RoutersApi(this.state).register(routes);
		new FloatingIpsApi(this.state).register(routes);
		new QuotasApi(this.state).register(routes);
		new TagsApi(this.state).register(routes);
	}

	private Reply versions(Call call) {
		ObjectNode version = Json.object();
		version.put("id", "v2.0");
		version.put("status", "CURRENT");
		ObjectNode link = version.putArray("links").addObject();
		link.put("rel", "self");
		link.put("href", call.baseUrl() + "/v2.0/");
		ArrayNode versions = Json.array();
		versions.add(version);
		return Reply.ok(Json.object("versions", versions));
	}

	private Reply extensions(Call call) {
		ArrayNode extensions = Json.array();
		for (String alias : EXTENSIONS) {
			ObjectNode extension = extensions.addObject();
			extension.put("alias", alias);
			extension.put("name", alias);
			extension.put("description", "");
			extension.put("updated", "2013-02-03T10:00:00-00:00");
			extension.putArray("links");
		}
		return Reply.ok(Json.object("extensions", extensions));
	}

	/** Creates the harness's external network fixture, owned by the admin project. */
	public void createFixture(String adminProject) {
		ObjectNode network = this.state.stamp(adminProject);
		network.put("name", "public");
		network.put("admin_state_up", true);
		network.put("mtu", 1500);
		network.put("status", "ACTIVE");
		network.putArray("subnets");
		network.put("shared", false);
		network.putArray("availability_zone_hints");
		network.putArray("availability_zones");
		network.putNull("ipv4_address_scope");
		network.putNull("ipv6_address_scope");
		network.put("router:external", true);
		network.put("description", "emulated external network");
		network.put("port_security_enabled", true);
		network.put("is_default", false);
		network.put("provider:network_type", "flat");
		network.put("provider:physical_network", "public");
		network.putNull("provider:segmentation_id");
		network.put("revision_number", 2);
		this.state.put(Kind.NETWORK, network);
		ObjectNode subnet = this.state.stamp(adminProject);
		subnet.put("name", "public-subnet");
		subnet.put("network_id", network.path("id").asString());
		subnet.put("ip_version", 4);
		subnet.putNull("subnetpool_id");
		subnet.put("enable_dhcp", false);
		subnet.putNull("ipv6_ra_mode");
		subnet.putNull("ipv6_address_mode");
		subnet.put("gateway_ip", "203.0.113.1");
		subnet.put("cidr", "203.0.113.0/24");
		ObjectNode pool = subnet.putArray("allocation_pools").addObject();
		pool.put("start", "203.0.113.100");
		pool.put("end", "203.0.113.200");
		subnet.putArray("host_routes");
		subnet.putArray("dns_nameservers");
		subnet.putArray("service_types");
		this.state.put(Kind.SUBNET, subnet);
	}

}
