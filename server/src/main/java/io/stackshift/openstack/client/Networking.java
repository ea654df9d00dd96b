package io.stackshift.openstack.client;

import java.util.List;
import java.util.Objects;

/**
 * Neutron: networks, subnets, routers, security groups and their rules, ports, floating
 * IPs and quotas. {@link #inProject(String)} gives a view that creates in and lists from
 * one project, which is how an admin builds another project's resources.
 */
public final class Networking {

	private final Service neutron;

	private final String projectId;

	Networking(Service neutron, String projectId) {
		this.neutron = neutron;
		this.projectId = projectId;
	}

	/**
	 * The same API, creating every object in {@code projectId} and listing only its
	 * objects.
	 */
	public Networking inProject(String projectId) {
		return new Networking(this.neutron, Objects.requireNonNull(projectId, "projectId"));
	}

	public NeutronResources<Network> networks() {
		return resources("/networks", "network", "networks", Network.class);
	}

	public NeutronResources<Subnet> subnets() {
		return resources("/subnets", "subnet", "subnets", Subnet.class);
	}

	public NeutronResources<Port> ports() {
		return resources("/ports", "port", "ports", Port.class);
	}

	public NeutronResources<SecurityGroup> securityGroups() {
		return resources("/security-groups", "security_group", "security_groups", SecurityGroup.class);
	}

	/**
	 * Rules; a bulk create must hold rules of one group only (Neutron refuses mixed
	 * groups).
	 */
	public NeutronResources<SecurityGroupRule> securityGroupRules() {
		return new NeutronResources<>(this.neutron, "/security-group-rules", "security_group_rule",
				"security_group_rules", SecurityGroupRule.class, this.projectId, Networking::oneGroup);
	}

	public NeutronResources<FloatingIp> floatingIps() {
		return resources("/floatingips", "floatingip", "floatingips", FloatingIp.class);
	}

	public Routers routers() {
		return new Routers(this.neutron, this.projectId);
	}

	/** {@code GET/PUT /v2.0/quotas/{project}} and {@code /details}. */
	public Quotas quotas() {
		return new Quotas(this.neutron, "/quotas/{project}", "quota", "/details", null);
	}

	private <T> NeutronResources<T> resources(String path, String singular, String plural, Class<T> type) {
		return new NeutronResources<>(this.neutron, path, singular, plural, type, this.projectId, (specs) -> {
		});
	}

	private static void oneGroup(List<SecurityGroupRule> rules) {
		long groups = rules.stream().map(SecurityGroupRule::securityGroupId).distinct().count();
		if (groups != 1) {
			throw new IllegalArgumentException("A bulk create of rules must target one security group, not " + groups);
		}
	}

}
