package io.stackshift.openstack.inventory;

import java.util.List;

import io.stackshift.openstack.Tenant;
import io.stackshift.system.Identifiable;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What every inventory object has: its tenant, its OpenStack id, a name and a
 * description. Subclasses copy the cloud's view of themselves in {@code read(...)} and
 * list their attributes in {@link #attributes()}, which is how a pull tells a changed
 * object from an unchanged one.
 */
@MappedSuperclass
public abstract class TenantObject extends Identifiable {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "tenant_id")
	private Tenant tenant;

	@Column(nullable = false)
	private String backendId;

	@Column(nullable = false)
	private String name = "";

	@Column(nullable = false)
	private String description = "";

	protected TenantObject() {
	}

	protected TenantObject(Tenant tenant, String backendId) {
		this.tenant = tenant;
		this.backendId = backendId;
	}

	// @formatter:off
	public Tenant getTenant() { return this.tenant; }
	public String getBackendId() { return this.backendId; }
	public String getName() { return this.name; }
	public String getDescription() { return this.description; }
	// @formatter:on

	protected void named(String name, String description) {
		this.name = (name != null) ? name : "";
		this.description = (description != null) ? description : "";
	}

	/**
	 * Every attribute read from the cloud besides name and description, in a fixed order.
	 */
	protected abstract List<Object> attributes();

	/** All that was read from the cloud: equal states mean nothing changed. */
	final List<Object> state() {
		return java.util.Arrays.asList(this.name, this.description, attributes());
	}

	static <T> List<T> listOf(List<T> values) {
		return (values != null) ? List.copyOf(values) : List.of();
	}

}
