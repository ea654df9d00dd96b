package io.stackshift.openstack.inventory;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.stackshift.openstack.Tenant;
import io.stackshift.openstack.client.SecurityGroup;
import io.stackshift.openstack.client.SecurityGroupRule;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import tools.jackson.core.type.TypeReference;

/**
 * A Neutron security group of a tenant with its rules. Rules are kept with their group:
 * Neutron never changes a rule, it only adds and removes them, and the group is the unit
 * a pull compares.
 */
@Entity
@Table(name = "tenant_security_groups")
public class TenantSecurityGroup extends TenantObject {

	/**
	 * One rule; {@code protocol} null means any, port bounds null mean all ports, a
	 * remote group is given by its OpenStack id.
	 */
	public record Rule(String id, String direction, String ethertype, String protocol, Integer portRangeMin,
			Integer portRangeMax, String remoteIpPrefix, String remoteGroupId, String description) {
	}

	private Boolean stateful;

	@Convert(converter = Rules.class)
	@Column(nullable = false)
	private List<Rule> rules = List.of();

	protected TenantSecurityGroup() {
	}

	TenantSecurityGroup(Tenant tenant, String backendId) {
		super(tenant, backendId);
	}

	// @formatter:off
	public Boolean getStateful() { return this.stateful; }
	public List<Rule> getRules() { return this.rules; }
	// @formatter:on

	void read(SecurityGroup group, List<SecurityGroupRule> rules) {
		named(group.name(), group.description());
		this.stateful = group.stateful();
		// Sorted by id: the cloud's order is not meaningful and must not count as a
		// change.
		this.rules = rules.stream()
			.map((rule) -> new Rule(rule.id(), rule.direction(), rule.ethertype(), rule.protocol(), rule.portRangeMin(),
					rule.portRangeMax(), rule.remoteIpPrefix(), rule.remoteGroupId(), rule.description()))
			.sorted(Comparator.comparing(Rule::id))
			.toList();
	}

	@Override
	protected List<Object> attributes() {
		return Arrays.asList(this.stateful, this.rules);
	}

	@Converter
	public static class Rules extends JsonColumn<List<Rule>> {

		public Rules() {
			super(new TypeReference<>() {
			}, List.of());
		}

	}

}
