/**
 * The identity API: {@code /api-auth/}, {@code /api/users/}, {@code /api/customers/},
 * {@code /api/projects/}, {@code /api/roles/}, and how requests authenticate.
 */
package io.stackshift.identity.web;
