package io.stackshift.replication.web;

/**
 * The source tenant of the original's acceptance tests, in the emulator's topology
 * format: two networks with one subnet each, a router on both with a static route behind
 * each subnet, a security group with one rule, and quotas with a per-type storage limit.
 */
final class SourceTenant {

	private SourceTenant() {
	}

	static String yaml(String project, String volumeType) {
		return """
				projects:
				  - name: %1$s
				    description: the source tenant
				    quotas:
				      compute: {cores: 1, ram: 1024}
				      volume: {gigabytes: 100, gigabytes_%2$s: 10}
				    networks:
				      - name: network1
				        subnets: [{name: subnet1, cidr: 192.168.1.0/24}]
				      - name: network2
				        subnets: [{name: subnet2, cidr: 10.0.0.0/24}]
				    security_groups:
				      - name: web
				        rules:
				          - {direction: ingress, protocol: tcp, port_range_min: 22, port_range_max: 22, remote_ip_prefix: 0.0.0.0/0}
				    routers:
				      - name: router
				        interfaces: [subnet1, subnet2]
				        routes:
				          - {destination: 172.20.1.0/24, nexthop: 192.168.1.254}
				          - {destination: 172.20.2.0/24, nexthop: 10.0.0.254}
				"""
			.formatted(project, volumeType);
	}

	/**
	 * The same tenant with an instance's port on each network (fixed address, MAC, the
	 * web group), so that a run copies ports too.
	 */
	static String withPorts(String project, String volumeType) {
		return yaml(project, volumeType) + """
				    ports:
				      - name: vm-1
				        network: network1
				        fixed_ips: [{subnet: subnet1, ip_address: 192.168.1.10}]
				        mac_address: "fa:16:3e:00:01:10"
				        security_groups: [web]
				        device_owner: compute:nova
				        device_id: 6f1c2a9e-2a51-4c1e-9d9e-0d1f5e7a0110
				      - name: vm-2
				        network: network2
				        fixed_ips: [{subnet: subnet2, ip_address: 10.0.0.20}]
				        mac_address: "fa:16:3e:00:02:20"
				        security_groups: [web]
				        device_owner: compute:nova
				        device_id: 6f1c2a9e-2a51-4c1e-9d9e-0d1f5e7a0220
				""";
	}

	static String volumeType(String name) {
		return "volume_types: [{name: " + name + "}]\nprojects: []\n";
	}

}
