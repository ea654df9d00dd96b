package io.stackshift.openstack.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.stackshift.openstack.TenantQuota;
import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.FloatingIp;
import io.stackshift.openstack.client.Network;
import io.stackshift.openstack.client.Networking;
import io.stackshift.openstack.client.Port;
import io.stackshift.openstack.client.QuotaUsage;
import io.stackshift.openstack.client.Router;
import io.stackshift.openstack.client.SecurityGroup;
import io.stackshift.openstack.client.SecurityGroupRule;
import io.stackshift.openstack.client.Subnet;
import io.stackshift.openstack.client.VolumeType;

/**
 * Everything the cloud lists for one Keystone project, read (as the cloud's admin) before
 * anything is stored, so that no database transaction waits on the cloud.
 */
record CloudListing(List<Network> networks, List<Subnet> subnets, List<Router> routers, List<SecurityGroup> groups,
		Map<String, List<SecurityGroupRule>> rules, List<Port> ports, List<FloatingIp> floatingIps,
		List<TenantQuota> quotas, List<VolumeType> volumeTypes, Set<String> visibleVolumeTypeIds) {

	static CloudListing read(CloudClient client, String projectId) {
		Networking neutron = client.networking().inProject(projectId);
		List<SecurityGroup> groups = neutron.securityGroups().list();
		Map<String, List<SecurityGroupRule>> rules = neutron.securityGroupRules()
			.list()
			.stream()
			.collect(Collectors.groupingBy(SecurityGroupRule::securityGroupId));
		List<TenantQuota> quotas = new ArrayList<>();
		add(quotas, TenantQuota.NETWORK, client.networking().quotas().usage(projectId));
		add(quotas, TenantQuota.COMPUTE, client.compute().quotas().usage(projectId));
		add(quotas, TenantQuota.VOLUME, client.blockStorage().quotas().usage(projectId));
		List<VolumeType> types = client.blockStorage().listVolumeTypes();
		Set<String> visible = types.stream()
			.filter((type) -> !Boolean.FALSE.equals(type.isPublic())
					|| client.blockStorage().projectsWithAccess(type.id()).contains(projectId))
			.map(VolumeType::id)
			.collect(Collectors.toSet());
		return new CloudListing(neutron.networks().list(), neutron.subnets().list(), neutron.routers().list(), groups,
				rules, neutron.ports().list(), neutron.floatingIps().list(), quotas, types, visible);
	}

	private static void add(List<TenantQuota> quotas, String service, Map<String, QuotaUsage> usage) {
		usage.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((entry) -> quotas
				.add(new TenantQuota(service, entry.getKey(), entry.getValue().limit(), entry.getValue().inUse())));
	}

	/** The rules of a group as the rule listing gives them. */
	List<SecurityGroupRule> rulesOf(String groupId) {
		return this.rules.getOrDefault(groupId, List.of());
	}

	/**
	 * A router's interfaces: the ports it owns on tenant subnets, one per fixed IP (its
	 * gateway port on the external network is not an interface).
	 */
	List<TenantRouter.Interface> interfacesOf(String routerId) {
		return this.ports.stream()
			.filter((port) -> routerId.equals(port.deviceId()) && isRouterInterface(port.deviceOwner()))
			.flatMap((port) -> TenantObject.listOf(port.fixedIps())
				.stream()
				.map((ip) -> new TenantRouter.Interface(port.id(), ip.subnetId(), ip.ipAddress())))
			.sorted(Comparator.comparing(TenantRouter.Interface::subnetId)
				.thenComparing(TenantRouter.Interface::ipAddress))
			.toList();
	}

	private static boolean isRouterInterface(String deviceOwner) {
		return deviceOwner != null && (deviceOwner.startsWith("network:router_interface")
				|| deviceOwner.equals("network:ha_router_replicated_interface"));
	}

}
