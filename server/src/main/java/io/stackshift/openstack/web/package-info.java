/** The API of registered clouds: {@code /api/service-settings/}. */
package io.stackshift.openstack.web;
