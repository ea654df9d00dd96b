/**
 * The marketplace API: {@code /api/marketplace-provider-offerings/},
 * {@code /api/marketplace-plans/}, {@code /api/marketplace-resources/},
 * {@code /api/marketplace-orders/}.
 */
package io.stackshift.marketplace.web;
