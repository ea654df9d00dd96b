package io.stackshift.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a role may do. Roles are mapped to permissions in the database (table
 * {@code role_permissions}), so an operator can reshape the model without a release.
 */
public enum Permission {

	CUSTOMER_UPDATE("CUSTOMER.UPDATE"),

	/** Grant and revoke roles on the organisation. */
	CUSTOMER_CREATE_PERMISSION("CUSTOMER.CREATE_PERMISSION"),

	PROJECT_CREATE("PROJECT.CREATE"),

	PROJECT_UPDATE("PROJECT.UPDATE"),

	PROJECT_DELETE("PROJECT.DELETE"),

	/** Grant and revoke roles on the project. */
	PROJECT_CREATE_PERMISSION("PROJECT.CREATE_PERMISSION"),

	PROJECT_CREATE_RESOURCE("PROJECT.CREATE_RESOURCE"),

	/** Approve orders as the consumer. */
	ORDER_APPROVE("ORDER.APPROVE"),

	/** Approve orders for private offerings (neither billable nor shared). */
	ORDER_APPROVE_PRIVATE("ORDER.APPROVE_PRIVATE"),

	ORDER_REJECT("ORDER.REJECT"),

	OFFERING_CREATE("OFFERING.CREATE"),

	OFFERING_UPDATE("OFFERING.UPDATE"),

	RESOURCE_UPDATE("RESOURCE.UPDATE"),

	/** Read the credentials stackshift generated for a tenant. */
	TENANT_VIEW_CREDENTIALS("TENANT.VIEW_CREDENTIALS");

	private final String code;

	Permission(String code) {
		this.code = code;
	}

	/** The name used in the API and the database, as in Waldur: {@code ORDER.APPROVE}. */
	public String code() {
		return this.code;
	}

	public static Optional<Permission> fromCode(String code) {
		return Arrays.stream(values()).filter((permission) -> permission.code.equals(code)).findFirst();
	}

}
