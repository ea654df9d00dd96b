package io.stackshift.emulator.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A tenant landscape to create in a cloud: projects with their users, quotas, networks,
 * security groups, routers, ports and floating IPs, plus the cloud's volume types.
 * Objects refer to each other by name within their project. Field names are snake_case in
 * files (a YAML mapper reads JSON too). See emulator/README.md for the format.
 */
public record Topology(List<ProjectSpec> projects, List<VolumeTypeSpec> volumeTypes) {

	private static final ObjectMapper READER = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	public Topology {
		projects = (projects != null) ? projects : List.of();
		volumeTypes = (volumeTypes != null) ? volumeTypes : List.of();
	}

	public static Topology read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in);
		}
	}

	public static Topology read(InputStream in) {
		return READER.readValue(in, Topology.class);
	}

	/** A topology shipped with the emulator, e.g. {@code demo}. */
	public static Topology bundled(String name) {
		InputStream in = Topology.class.getResourceAsStream("/topologies/" + name + ".yaml");
		if (in == null) {
			throw new IllegalArgumentException("No bundled topology named " + name);
		}
		return read(in);
	}

	public record ProjectSpec(String name, String description, List<String> tags, List<UserSpec> users,
			QuotaSpec quotas, List<NetworkSpec> networks, List<SecurityGroupSpec> securityGroups,
			List<RouterSpec> routers, List<PortSpec> ports, List<FloatingIpSpec> floatingIps) {
	}

	public record UserSpec(String name, String password, List<String> roles) {
	}

	/**
	 * Limits per service; keys as each service names them (e.g. {@code gigabytes_fast}).
	 */
	public record QuotaSpec(Map<String, Integer> network, Map<String, Integer> compute, Map<String, Integer> volume) {
	}

	public record NetworkSpec(String name, String description, Boolean shared, Integer mtu, List<String> tags,
			List<SubnetSpec> subnets) {
	}

	/**
	 * {@code gateway_ip: none} makes a subnet without gateway; absent means Neutron's
	 * default.
	 */
	public record SubnetSpec(String name, String cidr, Integer ipVersion, String gatewayIp,
			List<Map<String, String>> allocationPools, List<String> dnsNameservers,
			List<Map<String, String>> hostRoutes, Boolean enableDhcp, String ipv6AddressMode, String ipv6RaMode) {
	}

	public record SecurityGroupSpec(String name, String description, List<RuleSpec> rules) {
	}

	/** {@code remote_group} names a group of the same project. */
	public record RuleSpec(String direction, String ethertype, String protocol, Integer portRangeMin,
			Integer portRangeMax, String remoteIpPrefix, String remoteGroup, String description) {
	}

	/**
	 * {@code external_gateway} names an external network; {@code interfaces} name subnets
	 * (the router takes their gateway IP); {@code interface_ports} name ports of the
	 * project, for a second router on a subnet or a subnet without gateway.
	 */
	public record RouterSpec(String name, String description, String externalGateway, List<String> interfaces,
			List<String> interfacePorts, List<RouteSpec> routes) {
	}

	public record RouteSpec(String destination, String nexthop) {
	}

	public record PortSpec(String name, String network, List<FixedIpSpec> fixedIps, String macAddress,
			List<String> securityGroups, List<AddressPairSpec> allowedAddressPairs, String deviceOwner, String deviceId,
			Boolean portSecurityEnabled, String description) {
	}

	public record FixedIpSpec(String subnet, String ipAddress) {
	}

	public record AddressPairSpec(String ipAddress, String macAddress) {
	}

	/**
	 * {@code port} names a port of the same project; {@code network} an external network.
	 */
	public record FloatingIpSpec(String network, String port, String floatingIpAddress, String description) {
	}

	/** {@code projects} (names) get access to a private type. */
	public record VolumeTypeSpec(String name, String description, Boolean isPublic, Map<String, String> extraSpecs,
			List<String> projects) {
	}

}
