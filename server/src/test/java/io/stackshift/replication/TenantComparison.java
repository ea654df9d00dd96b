package io.stackshift.replication;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import io.stackshift.openstack.client.Network;
import io.stackshift.openstack.client.Networking;
import io.stackshift.openstack.client.Port;
import io.stackshift.openstack.client.Router;
import io.stackshift.openstack.client.SecurityGroup;
import io.stackshift.openstack.client.SecurityGroupRule;
import io.stackshift.openstack.client.Subnet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two tenants compared through their clouds' own APIs, independently of stackshift's plan
 * and records: each object rendered as one line with its references by name (a subnet's
 * network, a rule's remote group, a port's subnets and groups), so that a copy made in
 * another cloud, with other ids, compares equal to its source, and a difference reads as
 * a line missing on one side. The source's addresses pass through a translation first,
 * for migrations that move subnets.
 *
 * <p>
 * Left out, since they are not copied: ports Neutron makes itself (DHCP, router gateway,
 * floating IP), floating IPs, the external network's addresses, and the MACs of router
 * interfaces.
 */
public final class TenantComparison {

	private TenantComparison() {
	}

	/**
	 * Asserts that the destination tenant holds what the source does, the source's
	 * addresses translated.
	 */
	public static void assertCopied(Networking source, Networking destination, UnaryOperator<String> address) {
		assertThat(render(destination, UnaryOperator.identity()))
			.containsExactlyInAnyOrderElementsOf(render(source, address));
	}

	/** The tenant as sorted lines, one per object. */
	public static List<String> render(Networking neutron, UnaryOperator<String> address) {
		Map<String, String> networks = names(neutron.networks().list(), Network::id, Network::name);
		List<Subnet> subnetList = neutron.subnets().list();
		Map<String, String> subnets = names(subnetList, Subnet::id, Subnet::name);
		List<SecurityGroup> groupList = neutron.securityGroups().list();
		Map<String, String> groups = names(groupList, SecurityGroup::id, SecurityGroup::name);
		List<Router> routerList = neutron.routers().list();
		Map<String, String> routers = names(routerList, Router::id, Router::name);
		List<String> lines = new ArrayList<>();
		neutron.networks()
			.list()
			.forEach((network) -> lines.add("network %s \"%s\" shared=%s".formatted(network.name(),
					Objects.toString(network.description(), ""), Boolean.TRUE.equals(network.shared()))));
		for (Subnet subnet : subnetList) {
			lines.add("subnet %s of %s: %s v%s gateway %s dhcp=%s pools %s dns %s routes %s ipv6 %s/%s".formatted(
					subnet.name(), networks.get(subnet.networkId()), address.apply(subnet.cidr()), subnet.ipVersion(),
					translated(subnet.gatewayIp(), address), subnet.enableDhcp(),
					sorted(subnet.allocationPools(),
							(pool) -> address.apply(pool.start()) + "-" + address.apply(pool.end())),
					subnet.dnsNameservers(),
					sorted(subnet.hostRoutes(),
							(route) -> address.apply(route.destination()) + " via " + address.apply(route.nexthop())),
					subnet.ipv6RaMode(), subnet.ipv6AddressMode()));
		}
		for (Router router : routerList) {
			lines.add("router %s \"%s\" gateway=%s routes %s".formatted(router.name(),
					Objects.toString(router.description(), ""), router.externalGatewayInfo() != null,
					sorted(router.routes(),
							(route) -> address.apply(route.destination()) + " via " + address.apply(route.nexthop()))));
		}
		for (SecurityGroup group : groupList) {
			List<String> rules = sorted(neutron.securityGroupRules().list(Map.of("security_group_id", group.id())),
					(rule) -> rule(rule, groups, address));
			lines.add("group %s \"%s\" rules %s".formatted(group.name(), Objects.toString(group.description(), ""),
					rules));
		}
		for (Port port : neutron.ports().list()) {
			String owner = Objects.toString(port.deviceOwner(), "");
			if (owner.equals("network:dhcp") || owner.equals("network:router_gateway")
					|| owner.equals("network:floatingip")) {
				continue;
			}
			// a router interface made from a subnet gets an address Neutron chose the MAC
			// of
			boolean iface = owner.startsWith("network:router_interface");
			String attached = iface ? " interface of " + routers.get(port.deviceId()) : "";
			lines.add("port %s on %s%s: mac %s ips %s groups %s pairs %s port-security=%s".formatted(port.name(),
					networks.get(port.networkId()), attached, iface ? "-" : port.macAddress(),
					sorted(port.fixedIps(), (ip) -> subnets.get(ip.subnetId()) + " " + address.apply(ip.ipAddress())),
					sorted(port.securityGroups(), groups::get),
					sorted(port.allowedAddressPairs(), (pair) -> address.apply(pair.ipAddress())),
					port.portSecurityEnabled()));
		}
		return lines.stream().sorted().toList();
	}

	private static String rule(SecurityGroupRule rule, Map<String, String> groups, UnaryOperator<String> address) {
		String remote = (rule.remoteGroupId() != null) ? "group " + groups.get(rule.remoteGroupId())
				: "prefix " + translated(rule.remoteIpPrefix(), address);
		return "%s %s %s %s-%s %s".formatted(rule.direction(), rule.ethertype(), rule.protocol(), rule.portRangeMin(),
				rule.portRangeMax(), remote);
	}

	private static String translated(String value, UnaryOperator<String> address) {
		return (value != null) ? address.apply(value) : null;
	}

	private static <T> List<String> sorted(Collection<T> values, Function<T, String> line) {
		return (values == null) ? List.of() : values.stream().map(line).sorted().toList();
	}

	private static <T> Map<String, String> names(List<T> objects, Function<T, String> id, Function<T, String> name) {
		return objects.stream().collect(Collectors.toMap(id, (object) -> Objects.toString(name.apply(object), "")));
	}

}
