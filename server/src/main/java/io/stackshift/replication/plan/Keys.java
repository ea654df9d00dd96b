package io.stackshift.replication.plan;

import java.util.List;

/**
 * The step keys: stable addresses derived from the source object, so that a checkpoint
 * recorded under a key still names the same object when a plan is computed again.
 */
final class Keys {

	static final String PROJECT = "project";

	static final String USER = "user";

	static final String ROLE_ASSIGNMENT = "role-assignment";

	static final String NEUTRON_QUOTAS = "quotas/neutron";

	static final String NOVA_QUOTAS = "quotas/nova";

	static final String CINDER_QUOTAS = "quotas/cinder";

	/**
	 * What every Neutron object waits for: the tenant user's role and the pushed quotas.
	 */
	static final List<String> NEUTRON_READY = List.of(ROLE_ASSIGNMENT, NEUTRON_QUOTAS);

	private Keys() {
	}

	static String network(String id) {
		return "network/" + id;
	}

	static String subnet(String id) {
		return "subnet/" + id;
	}

	static String subnetDhcp(String id) {
		return "subnet-dhcp/" + id;
	}

	static String router(String id) {
		return "router/" + id;
	}

	static String routerInterface(String routerId, String subnetId) {
		return "router-interface/" + routerId + "/" + subnetId;
	}

	static String routerRoutes(String routerId) {
		return "router-routes/" + routerId;
	}

	static String routerGateway(String routerId) {
		return "router-gateway/" + routerId;
	}

	static String securityGroup(String id) {
		return "security-group/" + id;
	}

	static String securityGroupRule(String id) {
		return "security-group-rule/" + id;
	}

	static String automaticRuleRemoval(String groupId, String signature) {
		return "security-group-rule-removal/" + groupId + "/" + signature;
	}

	static String port(String id) {
		return "port/" + id;
	}

	static String floatingIp(String id) {
		return "floating-ip/" + id;
	}

}
