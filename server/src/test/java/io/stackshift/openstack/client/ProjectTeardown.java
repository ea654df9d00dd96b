package io.stackshift.openstack.client;

import java.util.List;
import java.util.Map;

import io.stackshift.openstack.client.OpenStackException.Kind;

/**
 * Empties a test project on a real cloud and deletes it: floating IPs, routers (routes,
 * interfaces, then the router), ports, networks, groups, the quotas set on it, the
 * project. A failure is printed and the rest goes on, so that one stuck object does not
 * keep the others; a test's own outcome is never hidden by its cleanup.
 */
public final class ProjectTeardown {

	private ProjectTeardown() {
	}

	public static void run(CloudClient admin, String projectId) {
		Networking net = admin.networking().inProject(projectId);
		quietly(() -> net.floatingIps().list().forEach((ip) -> net.floatingIps().delete(ip.id())));
		quietly(() -> net.routers().list().forEach((router) -> {
			quietly(() -> net.routers().setRoutes(router.id(), List.of()));
			net.ports()
				.list(Map.of("device_id", router.id(), "device_owner", "network:router_interface"))
				.forEach((port) -> port.fixedIps()
					.forEach((ip) -> quietly(() -> net.routers().removeInterface(router.id(), ip.subnetId()))));
			net.routers().delete(router.id());
		}));
		quietly(() -> net.ports().list().forEach((port) -> net.ports().delete(port.id())));
		quietly(() -> net.networks().list().forEach((network) -> net.networks().delete(network.id())));
		quietly(() -> net.securityGroups().list().forEach((group) -> net.securityGroups().delete(group.id())));
		// Keystone does not tell the other services that a project is gone.
		quietly(() -> admin.networking().quotas().reset(projectId));
		quietly(() -> admin.compute().quotas().reset(projectId));
		quietly(() -> admin.blockStorage().quotas().reset(projectId));
		quietly(() -> admin.identity().deleteProject(projectId));
	}

	static void quietly(Runnable cleanup) {
		try {
			cleanup.run();
		}
		catch (OpenStackException ex) {
			// Not found: already gone. Anything else is worth a line.
			if (ex.kind() != Kind.NOT_FOUND) {
				System.err.println("cleanup: " + ex.getMessage());
			}
		}
	}

}
