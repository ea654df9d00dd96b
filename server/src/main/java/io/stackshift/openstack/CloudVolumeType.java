package io.stackshift.openstack;

import io.stackshift.system.Identifiable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A Cinder volume type of a cloud, from its catalogue. */
@Entity
@Table(name = "cloud_volume_types")
public class CloudVolumeType extends Identifiable {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "settings_id")
	private Cloud cloud;

	@Column(nullable = false)
	private String backendId;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String description = "";

	@Column(nullable = false)
	private boolean isPublic = true;

	protected CloudVolumeType() {
	}

	public CloudVolumeType(Cloud cloud, String backendId) {
		this.cloud = cloud;
		this.backendId = backendId;
	}

	// @formatter:off
	public Cloud getCloud() { return this.cloud; }
	public String getBackendId() { return this.backendId; }
	public String getName() { return this.name; }
	public String getDescription() { return this.description; }
	public boolean isPublic() { return this.isPublic; }
	// @formatter:on

	void read(io.stackshift.openstack.client.VolumeType type) {
		this.name = (type.name() != null) ? type.name() : "";
		this.description = (type.description() != null) ? type.description() : "";
		this.isPublic = !Boolean.FALSE.equals(type.isPublic());
	}

}
