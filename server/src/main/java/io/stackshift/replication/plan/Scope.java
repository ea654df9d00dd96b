package io.stackshift.replication.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.stackshift.replication.snapshot.NetworkSnapshot;
import io.stackshift.replication.snapshot.Snapshot;
import io.stackshift.replication.snapshot.SubnetSnapshot;

/**
 * What is migrated: the selected networks (all of the tenant's own non-external networks
 * when none is selected, defect B7/B8), their subnets, and the CIDR each subnet gets.
 * Objects are kept sorted by id so that nothing depends on the order OpenStack listed
 * them.
 */
final class Scope {

	private final List<NetworkSnapshot> networks;

	private final List<SubnetSnapshot> subnets;

	private final Map<String, CidrMapping> mappingBySubnet = new HashMap<>();

	Scope(Snapshot snapshot, Mappings mappings) {
		this.networks = snapshot.networks()
			.stream()
			.filter((network) -> !network.routerExternal())
			.filter((network) -> mappings.networks().isEmpty() || mappings.networks().contains(network.id()))
			.sorted(Comparator.comparing(NetworkSnapshot::id))
			.toList();
		List<String> ids = this.networks.stream().map(NetworkSnapshot::id).toList();
		this.subnets = snapshot.subnets()
			.stream()
			.filter((subnet) -> ids.contains(subnet.networkId()))
			.sorted(Comparator.comparing(SubnetSnapshot::id))
			.toList();
		for (SubnetSnapshot subnet : this.subnets) {
			String cidr = Cidrs.canonical(subnet.cidr()).orElse(subnet.cidr());
			String destination = mappings.subnets()
				.stream()
				.filter((pair) -> cidr.equals(Cidrs.canonical(pair.srcCidr()).orElse(null)))
				.map(Mappings.SubnetPair::dstCidr)
				.findFirst()
				.orElse(cidr);
			this.mappingBySubnet.put(subnet.id(), mapping(cidr, destination));
		}
	}

	/**
	 * An invalid destination is reported by {@link MappingCheck}; the planner never sees
	 * one, so treating it as no move here only lets the check inspect the rest.
	 */
	private static CidrMapping mapping(String cidr, String destination) {
		try {
			return new CidrMapping(cidr, destination);
		}
		catch (IllegalArgumentException ex) {
			return CidrMapping.identity(cidr);
		}
	}

	List<NetworkSnapshot> networks() {
		return this.networks;
	}

	List<SubnetSnapshot> subnets() {
		return this.subnets;
	}

	boolean migrates(String subnetId) {
		return this.mappingBySubnet.containsKey(subnetId);
	}

	boolean migratesNetwork(String networkId) {
		return this.networks.stream().anyMatch((network) -> network.id().equals(networkId));
	}

	Optional<SubnetSnapshot> subnet(String id) {
		return this.subnets.stream().filter((subnet) -> subnet.id().equals(id)).findFirst();
	}

	/**
	 * @param subnetId a migrated subnet
	 * @return how its addresses move
	 */
	CidrMapping mapping(String subnetId) {
		return this.mappingBySubnet.get(subnetId);
	}

	AddressTranslation translation() {
		List<CidrMapping> all = new ArrayList<>();
		this.subnets.forEach((subnet) -> all.add(this.mappingBySubnet.get(subnet.id())));
		return new AddressTranslation(all);
	}

}
