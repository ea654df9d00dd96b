package io.stackshift.replication.apply;

import java.util.List;
import java.util.Map;

import io.stackshift.openstack.client.Networking;
import io.stackshift.openstack.client.OpenStackException;
import io.stackshift.openstack.client.Port;
import io.stackshift.openstack.client.Router;

/**
 * Removes whatever is left in an execution's own project after its recorded objects are
 * gone: objects made by calls whose answers were lost and never adopted, and the
 * project's {@code default} group. The project carries the execution's tag, so all it
 * holds is the execution's.
 */
final class ProjectSweep {

	private final Networking neutron;

	ProjectSweep(Networking neutron) {
		this.neutron = neutron;
	}

	void run(List<String> problems) {
		for (Port port : this.neutron.ports().list()) {
			String owner = Texts.orEmpty(port.deviceOwner());
			if (owner.equals("network:router_interface")) {
				port.fixedIps()
					.forEach((ip) -> quietly(
							() -> this.neutron.routers().removeInterface(port.deviceId(), ip.subnetId()), problems));
			}
			else if (!owner.startsWith("network:")) {
				quietly(() -> this.neutron.ports().delete(port.id()), problems);
			}
		}
		for (Router router : this.neutron.routers().list()) {
			quietly(() -> this.neutron.routers().delete(router.id()), problems);
		}
		this.neutron.subnets().list().forEach((s) -> quietly(() -> this.neutron.subnets().delete(s.id()), problems));
		this.neutron.networks().list().forEach((n) -> quietly(() -> this.neutron.networks().delete(n.id()), problems));
		this.neutron.securityGroups()
			.list(Map.of())
			.forEach((g) -> quietly(() -> this.neutron.securityGroups().delete(g.id()), problems));
	}

	private static void quietly(Runnable removal, List<String> problems) {
		try {
			removal.run();
		}
		catch (OpenStackException ex) {
			if (ex.kind() != OpenStackException.Kind.NOT_FOUND) {
				problems.add(ex.getMessage());
			}
		}
	}

}
