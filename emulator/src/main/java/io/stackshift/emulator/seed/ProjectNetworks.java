package io.stackshift.emulator.seed;

import io.stackshift.emulator.http.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeds one project's network skeleton, in dependency order, with every object owned by
 * the project (the admin sets {@code project_id}).
 */
final class ProjectNetworks {

	private final Seeder seeder;

	private final Topology.ProjectSpec spec;

	private final String projectId;

	private final String prefix;

	ProjectNetworks(Seeder seeder, Topology.ProjectSpec spec, String projectId) {
		this.seeder = seeder;
		this.spec = spec;
		this.projectId = projectId;
		this.prefix = spec.name() + "/";
	}

	void create() {
		this.seeder.volumeQuotas(this.spec, this.projectId);
		Seeder.list(this.spec.networks()).forEach(this::network);
		Seeder.list(this.spec.securityGroups()).forEach(this::group);
		Seeder.list(this.spec.securityGroups()).forEach(this::rules);
		Seeder.list(this.spec.routers()).forEach(this::router);
		Seeder.list(this.spec.ports()).forEach(this::port);
		Seeder.list(this.spec.routers()).forEach(this::portsAndRoutes);
		Seeder.list(this.spec.floatingIps()).forEach(this::floatingIp);
	}

	private ObjectNode owned() {
		ObjectNode body = Json.object();
		body.put("project_id", this.projectId);
		return body;
	}

	private void network(Topology.NetworkSpec spec) {
		ObjectNode body = owned();
		body.put("name", spec.name());
		putIf(body, "description", spec.description());
		if (spec.shared() != null) {
			body.put("shared", spec.shared());
		}
		if (spec.mtu() != null) {
			body.put("mtu", spec.mtu());
		}
		if (spec.tags() != null) {
			body.set("tags", Seeder.array(spec.tags()));
		}
		String id = this.seeder.ok("POST", "/v2.0/networks", Json.object("network", body), "network " + spec.name())
			.path("network")
			.path("id")
			.asString();
		this.seeder.remember("network:" + this.prefix + spec.name(), id);
		for (Topology.SubnetSpec subnet : Seeder.list(spec.subnets())) {
			subnet(id, subnet);
		}
	}

	private void subnet(String networkId, Topology.SubnetSpec spec) {
		ObjectNode body = owned();
		body.put("network_id", networkId);
		body.put("name", spec.name());
		body.put("cidr", spec.cidr());
		body.put("ip_version", (spec.ipVersion() != null) ? spec.ipVersion() : (spec.cidr().contains(":") ? 6 : 4));
		if ("none".equals(spec.gatewayIp())) {
			body.putNull("gateway_ip");
		}
		else {
			putIf(body, "gateway_ip", spec.gatewayIp());
		}
		if (spec.allocationPools() != null) {
			body.set("allocation_pools", Seeder.array(spec.allocationPools()));
		}
		if (spec.dnsNameservers() != null) {
			body.set("dns_nameservers", Seeder.array(spec.dnsNameservers()));
		}
		if (spec.hostRoutes() != null) {
			body.set("host_routes", Seeder.array(spec.hostRoutes()));
		}
		if (spec.enableDhcp() != null) {
			body.put("enable_dhcp", spec.enableDhcp());
		}
		putIf(body, "ipv6_address_mode", spec.ipv6AddressMode());
		putIf(body, "ipv6_ra_mode", spec.ipv6RaMode());
		String id = this.seeder.ok("POST", "/v2.0/subnets", Json.object("subnet", body), "subnet " + spec.name())
			.path("subnet")
			.path("id")
			.asString();
		this.seeder.remember("subnet:" + this.prefix + spec.name(), id);
	}

	private void group(Topology.SecurityGroupSpec spec) {
		ObjectNode body = owned();
		body.put("name", spec.name());
		body.put("description", (spec.description() != null) ? spec.description() : "");
		String id = this.seeder
			.ok("POST", "/v2.0/security-groups", Json.object("security_group", body), "security group " + spec.name())
			.path("security_group")
			.path("id")
			.asString();
		this.seeder.remember("security_group:" + this.prefix + spec.name(), id);
	}

	private void rules(Topology.SecurityGroupSpec spec) {
		if (Seeder.list(spec.rules()).isEmpty()) {
			return;
		}
		String groupId = this.seeder.idOf("security_group:" + this.prefix + spec.name());
		ArrayNode rules = Json.array();
		for (Topology.RuleSpec rule : spec.rules()) {
			ObjectNode body = rules.addObject();
			body.put("project_id", this.projectId);
			body.put("security_group_id", groupId);
			body.put("direction", rule.direction());
			putIf(body, "ethertype", rule.ethertype());
			putIf(body, "protocol", rule.protocol());
			if (rule.portRangeMin() != null) {
				body.put("port_range_min", rule.portRangeMin());
				body.put("port_range_max", (rule.portRangeMax() != null) ? rule.portRangeMax() : rule.portRangeMin());
			}
			putIf(body, "remote_ip_prefix", rule.remoteIpPrefix());
			if (rule.remoteGroup() != null) {
				body.put("remote_group_id", this.seeder.idOf("security_group:" + this.prefix + rule.remoteGroup()));
			}
			putIf(body, "description", rule.description());
		}
		this.seeder.ok("POST", "/v2.0/security-group-rules", Json.object("security_group_rules", rules),
				"rules of " + spec.name());
	}

	private void router(Topology.RouterSpec spec) {
		ObjectNode body = owned();
		body.put("name", spec.name());
		putIf(body, "description", spec.description());
		if (spec.externalGateway() != null) {
			body.putObject("external_gateway_info").put("network_id", externalNetwork(spec.externalGateway()));
		}
		String id = this.seeder.ok("POST", "/v2.0/routers", Json.object("router", body), "router " + spec.name())
			.path("router")
			.path("id")
			.asString();
		this.seeder.remember("router:" + this.prefix + spec.name(), id);
		for (String subnet : Seeder.list(spec.interfaces())) {
			ObjectNode attach = Json.object();
			attach.put("subnet_id", this.seeder.idOf("subnet:" + this.prefix + subnet));
			this.seeder.ok("PUT", "/v2.0/routers/" + id + "/add_router_interface", attach, "interface " + subnet);
		}
	}

	/**
	 * Port interfaces and routes wait for the ports, since a nexthop may sit behind one.
	 */
	private void portsAndRoutes(Topology.RouterSpec spec) {
		String id = this.seeder.idOf("router:" + this.prefix + spec.name());
		for (String port : Seeder.list(spec.interfacePorts())) {
			ObjectNode attach = Json.object();
			attach.put("port_id", this.seeder.idOf("port:" + this.prefix + port));
			this.seeder.ok("PUT", "/v2.0/routers/" + id + "/add_router_interface", attach, "interface " + port);
		}
		if (spec.routes() != null && !spec.routes().isEmpty()) {
			ObjectNode routes = Json.object();
			routes.set("routes", Seeder.array(spec.routes()));
			this.seeder.ok("PUT", "/v2.0/routers/" + id, Json.object("router", routes), "routes of " + spec.name());
		}
	}

	private String externalNetwork(String name) {
		JsonNode found = this.seeder.ok("GET", "/v2.0/networks?router:external=true&name=" + name, null,
				"external network " + name);
		if (found.path("networks").isEmpty()) {
			throw new IllegalArgumentException("No external network named " + name);
		}
		return found.path("networks").path(0).path("id").asString();
	}

	private void port(Topology.PortSpec spec) {
		ObjectNode body = owned();
		body.put("name", spec.name());
		body.put("network_id", this.seeder.idOf("network:" + this.prefix + spec.network()));
		if (spec.fixedIps() != null) {
			ArrayNode ips = body.putArray("fixed_ips");
			for (Topology.FixedIpSpec ip : spec.fixedIps()) {
				ObjectNode entry = ips.addObject();
				if (ip.subnet() != null) {
					entry.put("subnet_id", this.seeder.idOf("subnet:" + this.prefix + ip.subnet()));
				}
				putIf(entry, "ip_address", ip.ipAddress());
			}
		}
		putIf(body, "mac_address", spec.macAddress());
		if (spec.securityGroups() != null) {
			ArrayNode groups = body.putArray("security_groups");
			spec.securityGroups().forEach((g) -> groups.add(this.seeder.idOf("security_group:" + this.prefix + g)));
		}
		if (spec.allowedAddressPairs() != null) {
			ArrayNode pairs = body.putArray("allowed_address_pairs");
			for (Topology.AddressPairSpec pair : spec.allowedAddressPairs()) {
				ObjectNode entry = pairs.addObject();
				entry.put("ip_address", pair.ipAddress());
				putIf(entry, "mac_address", pair.macAddress());
			}
		}
		putIf(body, "device_owner", spec.deviceOwner());
		putIf(body, "device_id", spec.deviceId());
		putIf(body, "description", spec.description());
		if (spec.portSecurityEnabled() != null) {
			body.put("port_security_enabled", spec.portSecurityEnabled());
		}
		String id = this.seeder.ok("POST", "/v2.0/ports", Json.object("port", body), "port " + spec.name())
			.path("port")
			.path("id")
			.asString();
		this.seeder.remember("port:" + this.prefix + spec.name(), id);
	}

	private void floatingIp(Topology.FloatingIpSpec spec) {
		ObjectNode body = owned();
		body.put("floating_network_id", externalNetwork(spec.network()));
		putIf(body, "floating_ip_address", spec.floatingIpAddress());
		putIf(body, "description", spec.description());
		if (spec.port() != null) {
			body.put("port_id", this.seeder.idOf("port:" + this.prefix + spec.port()));
		}
		JsonNode created = this.seeder.ok("POST", "/v2.0/floatingips", Json.object("floatingip", body),
				"floating IP for " + spec.port());
		String address = created.path("floatingip").path("floating_ip_address").asString();
		this.seeder.remember("floatingip:" + this.prefix + address, created.path("floatingip").path("id").asString());
	}

	private static void putIf(ObjectNode node, String field, String value) {
		if (value != null) {
			node.put(field, value);
		}
	}

}
