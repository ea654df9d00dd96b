package io.stackshift.replication.verify;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.Network;
import io.stackshift.openstack.client.Networking;
import io.stackshift.openstack.client.Port;
import io.stackshift.openstack.client.Router;
import io.stackshift.openstack.client.SecurityGroup;
import io.stackshift.openstack.client.SecurityGroupRule;
import io.stackshift.openstack.client.Subnet;
import io.stackshift.replication.plan.Kind;

/**
 * The destination project as read once for a verification: one list call per collection,
 * not one call per object.
 */
record DestinationState(Map<String, Network> networks, Map<String, Subnet> subnets, Map<String, Router> routers,
		Map<String, Port> ports, Map<String, SecurityGroup> groups, List<SecurityGroupRule> rules,
		Map<Kind, Map<String, Long>> quotas) {

	static DestinationState read(CloudClient cloud, String projectId) {
		Networking neutron = cloud.networking().inProject(projectId);
		return new DestinationState(byId(neutron.networks().list(), Network::id),
				byId(neutron.subnets().list(), Subnet::id), byId(neutron.routers().list(), Router::id),
				byId(neutron.ports().list(), Port::id), byId(neutron.securityGroups().list(), SecurityGroup::id),
				neutron.securityGroupRules().list(),
				Map.of(Kind.NEUTRON_QUOTAS, cloud.networking().quotas().limits(projectId), Kind.NOVA_QUOTAS,
						cloud.compute().quotas().limits(projectId), Kind.CINDER_QUOTAS,
						cloud.blockStorage().quotas().limits(projectId)));
	}

	private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
	}

}
