/**
 * The contract suite: the same client-side assertions against an embedded emulator
 * (default) or a real OpenStack ({@code STACKSHIFT_CONTRACT_AUTH_URL}); what cannot be
 * shared says so.
 */
package io.stackshift.emulator.contract;
