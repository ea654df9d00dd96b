package io.stackshift.openstack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.stackshift.ApiClient;
import io.stackshift.ApiClient.Response;
import io.stackshift.openstack.client.FloatingIp;
import io.stackshift.openstack.client.Network;
import io.stackshift.openstack.client.Networking;
import io.stackshift.openstack.client.Port;
import io.stackshift.openstack.client.Router;
import io.stackshift.openstack.client.SecurityGroup;
import io.stackshift.openstack.client.Subnet;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asserts that what the API shows of a tenant is what the cloud's own API lists for its
 * project, object by object and attribute by attribute. Each kind is reduced to a tuple
 * on both sides: the cloud's from the client's records, ours from the API's JSON.
 */
final class CloudMirror {

	private final ApiClient api;

	private final String tenant;

	private final Networking cloud;

	/** {@code cloud}: the admin's view scoped to the tenant's project. */
	CloudMirror(ApiClient api, String tenant, Networking cloud) {
		this.api = api;
		this.tenant = tenant;
		this.cloud = cloud;
	}

	void assertSame() {
		List<Port> ports = this.cloud.ports().list();
		same("openstack-networks", this.cloud.networks().list(), Network::id, CloudMirror::network,
				CloudMirror::network);
		same("openstack-subnets", this.cloud.subnets().list(), Subnet::id, CloudMirror::subnet, CloudMirror::subnet);
		same("openstack-routers", this.cloud.routers().list(), Router::id, (router) -> router(router, ports),
				CloudMirror::router);
		same("openstack-security-groups", this.cloud.securityGroups().list(), SecurityGroup::id,
				CloudMirror::securityGroup, CloudMirror::securityGroup);
		same("openstack-ports", ports, Port::id, CloudMirror::port, CloudMirror::port);
		same("openstack-floating-ips", this.cloud.floatingIps().list(), FloatingIp::id, CloudMirror::floatingIp,
				CloudMirror::floatingIp);
	}

	/** The API's objects of a kind in this tenant, by OpenStack id. */
	Map<String, JsonNode> listed(String collection) {
		Response response = this.api.get("/api/" + collection + "/?page_size=300&tenant_uuid=" + this.tenant);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		Map<String, JsonNode> objects = new HashMap<>();
		for (JsonNode node : response.json()) {
			assertThat(node.get("tenant_uuid").asString()).isEqualTo(this.tenant);
			objects.put(node.get("backend_id").asString(), node);
		}
		return objects;
	}

	private <T> void same(String collection, List<T> inCloud, Function<T, String> id,
			Function<T, List<Object>> cloudSide, Function<JsonNode, List<Object>> apiSide) {
		Map<String, JsonNode> shown = listed(collection);
		assertThat(shown.keySet()).as(collection + ": the same objects")
			.containsExactlyInAnyOrderElementsOf(inCloud.stream().map(id).toList());
		for (T object : inCloud) {
			assertThat(apiSide.apply(shown.get(id.apply(object)))).as(collection + " " + id.apply(object))
				.isEqualTo(cloudSide.apply(object));
		}
	}

	private static List<Object> network(Network n) {
		return Arrays.asList(n.name(), text(n.description()), n.mtu(), n.portSecurityEnabled(), n.networkType(),
				n.segmentationId(), Boolean.TRUE.equals(n.external()), Boolean.TRUE.equals(n.shared()),
				n.adminStateUp(), n.status());
	}

	private static List<Object> network(JsonNode n) {
		return Arrays.asList(n.get("name").asString(), n.get("description").asString(), integer(n, "mtu"),
				bool(n, "port_security_enabled"), string(n, "type"), integer(n, "segmentation_id"),
				n.get("is_external").asBoolean(), n.get("shared").asBoolean(), bool(n, "admin_state_up"),
				string(n, "status"));
	}

	private static List<Object> subnet(Subnet s) {
		return Arrays.asList(s.name(), text(s.description()), s.networkId(), s.cidr(), s.ipVersion(), s.gatewayIp(),
				s.enableDhcp(), set(s.allocationPools(), (pool) -> pool.start() + "-" + pool.end()),
				set(s.dnsNameservers(), (d) -> d),
				set(s.hostRoutes(), (route) -> route.destination() + ">" + route.nexthop()), s.ipv6AddressMode(),
				s.ipv6RaMode());
	}

	private static List<Object> subnet(JsonNode s) {
		return Arrays.asList(s.get("name").asString(), s.get("description").asString(), string(s, "network_id"),
				string(s, "cidr"), integer(s, "ip_version"), string(s, "gateway_ip"), bool(s, "enable_dhcp"),
				set(s.get("allocation_pools"),
						(pool) -> pool.get("start").asString() + "-" + pool.get("end").asString()),
				set(s.get("dns_nameservers"), JsonNode::asString),
				set(s.get("host_routes"),
						(route) -> route.get("destination").asString() + ">" + route.get("nexthop").asString()),
				string(s, "ipv6_address_mode"), string(s, "ipv6_ra_mode"));
	}

	private static List<Object> router(Router r, List<Port> ports) {
		Set<String> interfaces = new HashSet<>();
		for (Port port : ports) {
			if (r.id().equals(port.deviceId()) && port.deviceOwner() != null
					&& port.deviceOwner().startsWith("network:router_interface")) {
				port.fixedIps().forEach((ip) -> interfaces.add(port.id() + "/" + ip.subnetId() + "/" + ip.ipAddress()));
			}
		}
		Router.ExternalGateway gateway = r.externalGatewayInfo();
		return Arrays.asList(r.name(), text(r.description()), r.adminStateUp(), r.status(),
				set(r.routes(), (route) -> route.destination() + ">" + route.nexthop()), interfaces,
				(gateway != null) ? gateway.networkId() : null, (gateway != null)
						? set(gateway.externalFixedIps(), (ip) -> ip.subnetId() + "/" + ip.ipAddress()) : null);
	}

	private static List<Object> router(JsonNode r) {
		JsonNode gateway = r.get("external_gateway_info");
		boolean hasGateway = gateway != null && !gateway.isNull();
		return Arrays.asList(r.get("name").asString(), r.get("description").asString(), bool(r, "admin_state_up"),
				string(r, "status"),
				set(r.get("routes"),
						(route) -> route.get("destination").asString() + ">" + route.get("nexthop").asString()),
				set(r.get("interfaces"),
						(i) -> i.get("port_id").asString() + "/" + i.get("subnet_id").asString() + "/"
								+ i.get("ip_address").asString()),
				hasGateway ? gateway.get("network_id").asString() : null,
				hasGateway ? set(gateway.get("external_fixed_ips"),
						(ip) -> ip.get("subnet_id").asString() + "/" + ip.get("ip_address").asString()) : null);
	}

	private static List<Object> securityGroup(SecurityGroup g) {
		return Arrays.asList(g.name(), text(g.description()),
				set(g.securityGroupRules(),
						(rule) -> String.join(",", rule.id(), rule.direction(), rule.ethertype(),
								String.valueOf(rule.protocol()), String.valueOf(rule.portRangeMin()),
								String.valueOf(rule.portRangeMax()), String.valueOf(rule.remoteIpPrefix()),
								String.valueOf(rule.remoteGroupId()), text(rule.description()))));
	}

	private static List<Object> securityGroup(JsonNode g) {
		return Arrays.asList(g.get("name").asString(), g.get("description").asString(),
				set(g.get("rules"),
						(rule) -> String.join(",", rule.get("id").asString(), rule.get("direction").asString(),
								rule.get("ethertype").asString(), String.valueOf(string(rule, "protocol")),
								String.valueOf(integer(rule, "port_range_min")),
								String.valueOf(integer(rule, "port_range_max")),
								String.valueOf(string(rule, "remote_ip_prefix")),
								String.valueOf(string(rule, "remote_group_id")), text(string(rule, "description")))));
	}

	private static List<Object> port(Port p) {
		return Arrays.asList(p.name(), text(p.description()), p.networkId(), p.macAddress(),
				set(p.fixedIps(), (ip) -> ip.subnetId() + "/" + ip.ipAddress()), set(p.securityGroups(), (g) -> g),
				p.portSecurityEnabled(),
				set(p.allowedAddressPairs(), (pair) -> pair.ipAddress() + "/" + pair.macAddress()), p.deviceOwner(),
				p.deviceId(), p.status(), p.adminStateUp());
	}

	private static List<Object> port(JsonNode p) {
		return Arrays.asList(p.get("name").asString(), p.get("description").asString(), string(p, "network_id"),
				string(p, "mac_address"),
				set(p.get("fixed_ips"), (ip) -> ip.get("subnet_id").asString() + "/" + ip.get("ip_address").asString()),
				set(p.get("security_groups"), JsonNode::asString), bool(p, "port_security_enabled"),
				set(p.get("allowed_address_pairs"),
						(pair) -> pair.get("ip_address").asString() + "/" + string(pair, "mac_address")),
				string(p, "device_owner"), string(p, "device_id"), string(p, "status"), bool(p, "admin_state_up"));
	}

	private static List<Object> floatingIp(FloatingIp f) {
		return Arrays.asList(f.floatingIpAddress(), text(f.description()), f.floatingNetworkId(), f.fixedIpAddress(),
				f.portId(), f.routerId(), f.status());
	}

	private static List<Object> floatingIp(JsonNode f) {
		return Arrays.asList(string(f, "floating_ip_address"), f.get("description").asString(),
				string(f, "floating_network_id"), string(f, "fixed_ip_address"), string(f, "port_id"),
				string(f, "router_id"), string(f, "status"));
	}

	private static <T> Set<String> set(List<T> values, Function<T, String> key) {
		Set<String> keys = new HashSet<>();
		if (values != null) {
			values.forEach((value) -> keys.add(key.apply(value)));
		}
		return keys;
	}

	private static Set<String> set(JsonNode values, Function<JsonNode, String> key) {
		List<JsonNode> nodes = new ArrayList<>();
		if (values != null && !values.isNull()) {
			values.forEach(nodes::add);
		}
		return set(nodes, key);
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	private static String string(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static Integer integer(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asInt();
	}

	private static Boolean bool(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asBoolean();
	}

}
