package io.stackshift;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An organisation with one project and a person in every role the permission matrix
 * distinguishes, each logged in through the API.
 *
 * @param customer the organisation's UUID
 * @param project the project's UUID
 * @param people clients by role name: staff, support, owner, admin, manager, member,
 * unrelated, anonymous
 */
public record Scene(String customer, String project, Map<String, ApiClient> people) {

	public static final String[] ROLES = { "staff", "support", "owner", "admin", "manager", "member", "unrelated",
			"anonymous" };

	public ApiClient as(String role) {
		ApiClient client = this.people.get(role);
		if (client == null) {
			throw new IllegalArgumentException("No one plays " + role);
		}
		return client;
	}

	static Scene build(ApiTest test) {
		ApiClient staff = test.staff;
		String customer = test.created(staff.post("/api/customers/", Map.of("name", ApiTest.unique("org"))));
		String project = test
			.created(staff.post("/api/projects/", Map.of("customer", customer, "name", ApiTest.unique("project"))));
		Map<String, ApiClient> people = new LinkedHashMap<>();
		people.put("staff", staff);
		people.put("support", test.user("support", Map.of("is_support", true)));
		people.put("owner", test.member(customer, "customers", "CUSTOMER.OWNER", "owner"));
		people.put("admin", test.member(project, "projects", "PROJECT.ADMIN", "admin"));
		people.put("manager", test.member(project, "projects", "PROJECT.MANAGER", "manager"));
		people.put("member", test.member(project, "projects", "PROJECT.MEMBER", "member"));
		people.put("unrelated", test.user("unrelated"));
		people.put("anonymous", staff.anonymous());
		return new Scene(customer, project, people);
	}

}
