package io.stackshift.openstack.web;

import java.util.List;
import java.util.UUID;

import io.stackshift.openstack.Tenant;
import io.stackshift.openstack.inventory.TenantFloatingIp;
import io.stackshift.openstack.inventory.TenantNetwork;
import io.stackshift.openstack.inventory.TenantObject;
import io.stackshift.openstack.inventory.TenantPort;
import io.stackshift.openstack.inventory.TenantRouter;
import io.stackshift.openstack.inventory.TenantSecurityGroup;
import io.stackshift.openstack.inventory.TenantSubnet;
import io.stackshift.system.web.Links;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The API bodies of inventory objects, Waldur-like: what every object has
 * ({@link Common}) and its own attributes as OpenStack names them. References to other
 * OpenStack objects are their OpenStack ids ({@code network_id}, {@code subnet_id}), as
 * the cloud gives them; they may point outside the tenant (an external network).
 */
final class InventoryViews {

	private InventoryViews() {
	}

	record Common(UUID uuid, String url, String name, String description, String backendId, UUID tenantUuid,
			String tenant, String tenantName) {

		static Common of(String collection, TenantObject object) {
			Tenant tenant = object.getTenant();
			return new Common(object.getUuid(), Links.url(collection, object.getUuid()), object.getName(),
					object.getDescription(), object.getBackendId(), tenant.getUuid(),
					Links.url("openstack-tenants", tenant.getUuid()), tenant.getName());
		}

	}

	record NetworkView(@JsonUnwrapped Common common, Integer mtu, Boolean portSecurityEnabled, String type,
			Integer segmentationId, boolean isExternal, boolean shared, Boolean adminStateUp, String status) {

		static NetworkView of(TenantNetwork network) {
			return new NetworkView(Common.of("openstack-networks", network), network.getMtu(),
					network.getPortSecurityEnabled(), network.getNetworkType(), network.getSegmentationId(),
					network.isExternal(), network.isShared(), network.getAdminStateUp(), network.getStatus());
		}

	}

	record SubnetView(@JsonUnwrapped Common common, String networkId, String cidr, int ipVersion, String gatewayIp,
			boolean disableGateway, Boolean enableDhcp, List<TenantSubnet.AllocationPool> allocationPools,
			List<String> dnsNameservers, List<TenantSubnet.HostRoute> hostRoutes, String ipv6AddressMode,
			String ipv6RaMode) {

		static SubnetView of(TenantSubnet subnet) {
			return new SubnetView(Common.of("openstack-subnets", subnet), subnet.getNetworkBackendId(),
					subnet.getCidr(), subnet.getIpVersion(), subnet.getGatewayIp(), subnet.getGatewayIp() == null,
					subnet.getEnableDhcp(), subnet.getAllocationPools(), subnet.getDnsNameservers(),
					subnet.getHostRoutes(), subnet.getIpv6AddressMode(), subnet.getIpv6RaMode());
		}

	}

	record RouterView(@JsonUnwrapped Common common, Boolean adminStateUp, String status,
			List<TenantRouter.Interface> interfaces, List<TenantRouter.Route> routes,
			TenantRouter.ExternalGateway externalGatewayInfo) {

		static RouterView of(TenantRouter router) {
			return new RouterView(Common.of("openstack-routers", router), router.getAdminStateUp(), router.getStatus(),
					router.getInterfaces(), router.getRoutes(), router.getExternalGateway());
		}

	}

	record SecurityGroupView(@JsonUnwrapped Common common, Boolean stateful, List<TenantSecurityGroup.Rule> rules) {

		static SecurityGroupView of(TenantSecurityGroup group) {
			return new SecurityGroupView(Common.of("openstack-security-groups", group), group.getStateful(),
					group.getRules());
		}

	}

	record PortView(@JsonUnwrapped Common common, String networkId, String macAddress,
			List<TenantPort.FixedIp> fixedIps, List<String> securityGroups, Boolean portSecurityEnabled,
			List<TenantPort.AddressPair> allowedAddressPairs, String deviceOwner, String deviceId, String status,
			Boolean adminStateUp) {

		static PortView of(TenantPort port) {
			return new PortView(Common.of("openstack-ports", port), port.getNetworkBackendId(), port.getMacAddress(),
					port.getFixedIps(), port.getSecurityGroups(), port.getPortSecurityEnabled(),
					port.getAllowedAddressPairs(), port.getDeviceOwner(), port.getDeviceId(), port.getStatus(),
					port.getAdminStateUp());
		}

	}

	record FloatingIpView(@JsonUnwrapped Common common, String floatingNetworkId, String floatingIpAddress,
			String fixedIpAddress, String portId, String routerId, String status) {

		static FloatingIpView of(TenantFloatingIp ip) {
			return new FloatingIpView(Common.of("openstack-floating-ips", ip), ip.getFloatingNetworkId(),
					ip.getFloatingIpAddress(), ip.getFixedIpAddress(), ip.getPortBackendId(), ip.getRouterBackendId(),
					ip.getStatus());
		}

	}

}
