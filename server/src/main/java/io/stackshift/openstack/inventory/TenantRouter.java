package io.stackshift.openstack.inventory;

import java.util.Arrays;
import java.util.List;

import io.stackshift.openstack.Tenant;
import io.stackshift.openstack.client.Router;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import tools.jackson.core.type.TypeReference;

/**
 * A Neutron router of a tenant with its interfaces (read from the ports it owns), extra
 * routes and external gateway.
 */
@Entity
@Table(name = "tenant_routers")
public class TenantRouter extends TenantObject {

	/** Where the router joins a subnet: its port there and the address it holds. */
	public record Interface(String portId, String subnetId, String ipAddress) {
	}

	/** An extra route: traffic for {@code destination} goes to {@code nexthop}. */
	public record Route(String destination, String nexthop) {
	}

	/** An address the router holds on the external network. */
	public record ExternalIp(String subnetId, String ipAddress) {
	}

	/** The uplink to an external network. */
	public record ExternalGateway(String networkId, Boolean enableSnat, List<ExternalIp> externalFixedIps) {
	}

	private Boolean adminStateUp;

	private String status;

	@Convert(converter = Routes.class)
	@Column(nullable = false)
	private List<Route> routes = List.of();

	@Convert(converter = Gateway.class)
	private ExternalGateway externalGateway;

	@Convert(converter = Interfaces.class)
	@Column(nullable = false)
	private List<Interface> interfaces = List.of();

	protected TenantRouter() {
	}

	TenantRouter(Tenant tenant, String backendId) {
		super(tenant, backendId);
	}

	// @formatter:off
	public Boolean getAdminStateUp() { return this.adminStateUp; }
	public String getStatus() { return this.status; }
	public List<Route> getRoutes() { return this.routes; }
	public ExternalGateway getExternalGateway() { return this.externalGateway; }
	public List<Interface> getInterfaces() { return this.interfaces; }
	// @formatter:on

	void read(Router router, List<Interface> interfaces) {
		named(router.name(), router.description());
		this.adminStateUp = router.adminStateUp();
		this.status = router.status();
		this.routes = listOf(router.routes()).stream()
			.map((route) -> new Route(route.destination(), route.nexthop()))
			.toList();
		Router.ExternalGateway gateway = router.externalGatewayInfo();
		this.externalGateway = (gateway == null || gateway.networkId() == null) ? null
				: new ExternalGateway(gateway.networkId(), gateway.enableSnat(),
						listOf(gateway.externalFixedIps()).stream()
							.map((ip) -> new ExternalIp(ip.subnetId(), ip.ipAddress()))
							.toList());
		this.interfaces = List.copyOf(interfaces);
	}

	@Override
	protected List<Object> attributes() {
		return Arrays.asList(this.adminStateUp, this.status, this.routes, this.externalGateway, this.interfaces);
	}

	@Converter
	public static class Routes extends JsonColumn<List<Route>> {

		public Routes() {
			super(new TypeReference<>() {
			}, List.of());
		}

	}

	@Converter
	public static class Gateway extends JsonColumn<ExternalGateway> {

		public Gateway() {
			super(new TypeReference<>() {
			}, null);
		}

	}

	@Converter
	public static class Interfaces extends JsonColumn<List<Interface>> {

		public Interfaces() {
			super(new TypeReference<>() {
			}, List.of());
		}

	}

}
