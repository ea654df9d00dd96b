package io.stackshift.replication.snapshot;

import java.util.List;
import java.util.Optional;

/**
 * A source tenant as read from OpenStack.
 *
 * @param tenant the Keystone project
 * @param quotas the project's quota limits per service
 * @param volumeTypes the Cinder volume types visible to the project
 * @param networks the project's own networks
 * @param subnets the subnets of those networks
 * @param routers the project's routers
 * @param securityGroups the project's security groups, {@code default} included
 * @param ports every port of the project (router, DHCP and instance ports alike)
 * @param floatingIps the project's floating IPs
 * @param externalNetworkId the source cloud's external network, or {@code null}
 */
public record Snapshot(TenantSnapshot tenant, QuotaSnapshot quotas, List<VolumeTypeSnapshot> volumeTypes,
		List<NetworkSnapshot> networks, List<SubnetSnapshot> subnets, List<RouterSnapshot> routers,
		List<SecurityGroupSnapshot> securityGroups, List<PortSnapshot> ports, List<FloatingIpSnapshot> floatingIps,
		String externalNetworkId) {

	public Snapshot {
		quotas = (quotas != null) ? quotas : QuotaSnapshot.NONE;
		volumeTypes = Lists.of(volumeTypes);
		networks = Lists.of(networks);
		subnets = Lists.of(subnets);
		routers = Lists.of(routers);
		securityGroups = Lists.of(securityGroups);
		ports = Lists.of(ports);
		floatingIps = Lists.of(floatingIps);
	}

	public Optional<NetworkSnapshot> network(String id) {
		return this.networks.stream().filter((network) -> network.id().equals(id)).findFirst();
	}

	public Optional<SubnetSnapshot> subnet(String id) {
		return this.subnets.stream().filter((subnet) -> subnet.id().equals(id)).findFirst();
	}

	public List<SubnetSnapshot> subnetsOf(String networkId) {
		return this.subnets.stream().filter((subnet) -> subnet.networkId().equals(networkId)).toList();
	}

	public Optional<SecurityGroupSnapshot> securityGroup(String id) {
		return this.securityGroups.stream().filter((group) -> group.id().equals(id)).findFirst();
	}

}
