/**
 * Neutron v2.0 as its clients see it: networks, subnets, ports, routers, security groups
 * and rules, floating IPs, quotas and tags, with Neutron's validations, IP allocation,
 * error types and status codes (learned from the real harness, not guessed). Resources
 * are stored in their wire form; derived attributes (a network's subnets, a group's
 * rules) are computed on read.
 */
package io.stackshift.emulator.neutron;
