/**
 * The marketplace: offerings of clouds by providers, their plans, the resources (tenants)
 * consumers hold, and the orders that record every change to them, with Waldur's review
 * rules.
 */
package io.stackshift.marketplace;
