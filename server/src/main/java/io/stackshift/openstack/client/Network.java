package io.stackshift.openstack.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Neutron network; the provider attributes (type, segmentation id) are shown to admins
 * only. As a create body, only the attributes set (non-null) are sent; read-only ones
 * ({@code id}, {@code status}, {@code subnets}) stay null.
 */
public record Network(String id, String name, String description, String projectId, Boolean adminStateUp,
		Boolean shared, @JsonProperty("router:external") Boolean external, Integer mtu, Boolean portSecurityEnabled,
		String status, List<String> subnets, List<String> tags,
		@JsonProperty("provider:network_type") String networkType,
		@JsonProperty("provider:segmentation_id") Integer segmentationId) {

	public static Network named(String name) {
		return new Network(null, name, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	public Network withDescription(String description) {
		return new Network(this.id, this.name, description, this.projectId, this.adminStateUp, this.shared,
				this.external, this.mtu, this.portSecurityEnabled, this.status, this.subnets, this.tags,
				this.networkType, this.segmentationId);
	}

	public Network withMtu(Integer mtu) {
		return new Network(this.id, this.name, this.description, this.projectId, this.adminStateUp, this.shared,
				this.external, mtu, this.portSecurityEnabled, this.status, this.subnets, this.tags, this.networkType,
				this.segmentationId);
	}

}
