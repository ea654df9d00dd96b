package io.stackshift.emulator.neutron;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import io.stackshift.emulator.http.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Port addressing shared by ports, router interfaces, gateways and floating IPs: fixed
 * IPs (asked for, or allocated from the pools, lowest free first) and MAC addresses
 * (unique per network, {@code fa:16:3e} prefix as Nova/Neutron use).
 */
final class Ports {

	private static final Pattern MAC = Pattern.compile("^([0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}$");

	private final NeutronState state;

	Ports(NeutronState state) {
		this.state = state;
	}

	static List<String> ipsOn(JsonNode port, String subnetId) {
		List<String> ips = new ArrayList<>();
		for (JsonNode ip : port.path("fixed_ips")) {
			if (subnetId.equals(ip.path("subnet_id").asString())) {
				ips.add(ip.path("ip_address").asString());
			}
		}
		return ips;
	}

	private Set<BigInteger> used(String subnetId, String exceptPortId) {
		Set<BigInteger> used = new HashSet<>();
		for (ObjectNode port : this.state.all(Kind.PORT)) {
			if (!port.path("id").asString().equals(exceptPortId)) {
				for (String ip : ipsOn(port, subnetId)) {
					used.add(Address.parse(ip).value());
				}
			}
		}
		return used;
	}

	/** The lowest free address of the subnet's pools, or null when they are exhausted. */
	private Address allocate(ObjectNode subnet, Set<BigInteger> alsoTaken) {
		Set<BigInteger> used = used(subnet.path("id").asString(), null);
		for (Pool pool : Pool.of(subnet)) {
			for (Address a = pool.start(); a.compareTo(pool.end()) <= 0; a = a.plus(1)) {
				if (!used.contains(a.value()) && !alsoTaken.contains(a.value())) {
					return a;
				}
			}
		}
		return null;
	}

	/**
	 * The fixed IPs of a port on a network: each request names a subnet, an address or
	 * both; without requests, one address of the first IPv4 subnet with room and one per
	 * IPv6 subnet.
	 */
	ArrayNode fixedIps(ObjectNode network, JsonNode requested, String portId) {
		String networkId = network.path("id").asString();
		List<ObjectNode> subnets = this.state.where(Kind.SUBNET, (s) -> networkId.equals(Json.text(s, "network_id")));
		ArrayNode result = Json.array();
		Set<BigInteger> taken = new HashSet<>();
		if (requested == null || requested.isNull()) {
			boolean v4Done = false;
			for (ObjectNode subnet : subnets) {
				int version = subnet.path("ip_version").asInt();
				if (version == 4 && v4Done) {
					continue;
				}
				Address address = allocate(subnet, taken);
				if (address != null) {
					add(result, subnet, address, taken);
					v4Done |= (version == 4);
				}
			}
			return result;
		}
		for (JsonNode ask : requested) {
			String subnetId = Json.text(ask, "subnet_id");
			String ipText = Json.text(ask, "ip_address");
			ObjectNode subnet = (subnetId != null) ? subnetOn(subnets, subnetId, networkId) : null;
			Address address = (ipText != null) ? Address.parse(ipText) : null;
			if (ipText != null && address == null) {
				throw NeutronError
					.badRequest("Invalid input for fixed_ips. Reason: '" + ipText + "' is not a valid IP address.");
			}
			if (subnet == null && address != null) {
				subnet = subnets.stream()
					.filter((s) -> Cidr.parse(Json.text(s, "cidr")).contains(address))
					.findFirst()
					.orElseThrow(() -> NeutronError.of(400, "InvalidIpForNetwork", "IP address " + ipText
							+ " is not a valid IP for any of the subnets on the specified network."));
			}
			if (subnet == null) {
				throw NeutronError
					.badRequest("Invalid input for fixed_ips. Reason: neither subnet_id nor ip_address given.");
			}
			if (address == null) {
				Address free = allocate(subnet, taken);
				if (free == null) {
					throw NeutronError.of(409, "IpAddressGenerationFailure",
							"No more IP addresses available on network " + networkId + ".");
				}
				add(result, subnet, free, taken);
				continue;
			}
			if (!Cidr.parse(Json.text(subnet, "cidr")).contains(address)) {
				throw NeutronError.of(400, "InvalidIpForSubnet",
						"IP address " + ipText + " is not a valid IP for the specified subnet.");
			}
			if (used(subnet.path("id").asString(), portId).contains(address.value())
					|| taken.contains(address.value())) {
				throw NeutronError.of(409, "IpAddressAlreadyAllocated",
						"IP address " + address + " already allocated in subnet " + subnet.path("id").asString());
			}
			add(result, subnet, address, taken);
		}
		return result;
	}

	private ObjectNode subnetOn(List<ObjectNode> subnets, String subnetId, String networkId) {
		for (ObjectNode subnet : subnets) {
			if (subnetId.equals(subnet.path("id").asString())) {
				return subnet;
			}
		}
		if (this.state.get(Kind.SUBNET, subnetId) == null) {
			throw Kind.SUBNET.notFound(subnetId);
		}
		throw NeutronError.invalidInput("Failed to create port on network " + networkId
				+ ", because fixed_ips included invalid subnet " + subnetId);
	}

	private static void add(ArrayNode result, ObjectNode subnet, Address address, Set<BigInteger> taken) {
		ObjectNode ip = result.addObject();
		ip.put("subnet_id", subnet.path("id").asString());
		ip.put("ip_address", address.toString());
		taken.add(address.value());
	}

	/**
	 * The port's MAC: the one asked for when valid and free on the network, else a new
	 * one.
	 */
	String mac(String networkId, String requested, String portId) {
		if (requested != null) {
			if (!MAC.matcher(requested).matches()) {
				throw NeutronError.badRequest(
						"Invalid input for mac_address. Reason: '" + requested + "' is not a valid MAC address.");
			}
			String mac = requested.toLowerCase(Locale.ROOT).replace('-', ':');
			if (macInUse(networkId, mac, portId)) {
				throw NeutronError.of(409, "MacAddressInUse", "Unable to complete operation for network " + networkId
						+ ". The mac address " + mac + " is in use.");
			}
			return mac;
		}
		while (true) {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			String mac = String.format("fa:16:3e:%02x:%02x:%02x", random.nextInt(256), random.nextInt(256),
					random.nextInt(256));
			if (!macInUse(networkId, mac, null)) {
				return mac;
			}
		}
	}

	private boolean macInUse(String networkId, String mac, String exceptPortId) {
		for (ObjectNode port : this.state.all(Kind.PORT)) {
			if (networkId.equals(Json.text(port, "network_id")) && mac.equals(Json.text(port, "mac_address"))
					&& !port.path("id").asString().equals(exceptPortId)) {
				return true;
			}
		}
		return false;
	}

	/** A port Neutron makes for itself (router interface or gateway, floating IP). */
	ObjectNode servicePort(String project, ObjectNode network, ArrayNode fixedIps, String owner, String deviceId) {
		ObjectNode port = this.state.stamp(project);
		fill(port, network, "", mac(network.path("id").asString(), null, null), fixedIps, owner, deviceId);
		port.putArray("security_groups");
		port.put("port_security_enabled", false);
		port.putArray("allowed_address_pairs");
		this.state.put(Kind.PORT, port);
		return port;
	}

	static void fill(ObjectNode port, ObjectNode network, String name, String mac, ArrayNode fixedIps, String owner,
			String deviceId) {
		port.put("name", name);
		port.put("network_id", network.path("id").asString());
		port.put("mac_address", mac);
		port.put("admin_state_up", true);
		port.put("status", "DOWN");
		port.put("device_id", deviceId);
		port.put("device_owner", owner);
		port.set("fixed_ips", fixedIps);
		port.put("binding:vnic_type", "normal");
		port.putObject("binding:profile");
		port.put("binding:host_id", "");
		port.put("binding:vif_type", "unbound");
		port.putObject("binding:vif_details");
		port.putArray("extra_dhcp_opts");
	}

}
