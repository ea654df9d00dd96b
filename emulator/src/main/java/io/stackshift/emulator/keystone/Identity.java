package io.stackshift.emulator.keystone;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The identity state of one cloud: domains, projects, users, roles and who holds which
 * role where. Guarded by the cloud's lock (see the http package); not thread-safe on its
 * own.
 */
public final class Identity {

	public static final String DEFAULT_DOMAIN = "default";

	private final Map<String, Domain> domains = new LinkedHashMap<>();

	private final Map<String, Project> projects = new LinkedHashMap<>();

	private final Map<String, User> users = new LinkedHashMap<>();

	private final Map<String, Role> roles = new LinkedHashMap<>();

	private final Set<Assignment> assignments = new LinkedHashSet<>();

	public static String newId() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	public record Domain(String id, String name, String description, boolean enabled) {
	}

	public record Project(String id, String name, String domainId, String description, boolean enabled,
			List<String> tags) {

		public Project {
			tags = List.copyOf(tags);
		}

		Project withTags(List<String> newTags) {
			return new Project(this.id, this.name, this.domainId, this.description, this.enabled, newTags);
		}

	}

	public record User(String id, String name, String domainId, String password, boolean enabled, String email,
			String defaultProjectId) {
	}

	public record Role(String id, String name) {
	}

	public record Assignment(String userId, String projectId, String roleId) {
	}

	public Collection<Domain> domains() {
		return this.domains.values();
	}

	public Domain domain(String id) {
		return this.domains.get(id);
	}

	public Domain domainByName(String name) {
		return this.domains.values().stream().filter((d) -> d.name().equals(name)).findFirst().orElse(null);
	}

	public void put(Domain domain) {
		this.domains.put(domain.id(), domain);
	}

	/** Removes a domain with its projects and users, as Keystone does. */
	public void removeDomain(String id) {
		this.domains.remove(id);
		new ArrayList<>(this.projects.values()).stream()
			.filter((p) -> p.domainId().equals(id))
			.forEach((p) -> removeProject(p.id()));
		new ArrayList<>(this.users.values()).stream()
			.filter((u) -> u.domainId().equals(id))
			.forEach((u) -> removeUser(u.id()));
	}

	public Collection<Project> projects() {
		return this.projects.values();
	}

	public Project project(String id) {
		return this.projects.get(id);
	}

	public Project projectByName(String name, String domainId) {
		return this.projects.values()
			.stream()
			.filter((p) -> p.name().equals(name) && p.domainId().equals(domainId))
			.findFirst()
			.orElse(null);
	}

	public void put(Project project) {
		this.projects.put(project.id(), project);
	}

	public void removeProject(String id) {
		this.projects.remove(id);
		this.assignments.removeIf((a) -> a.projectId().equals(id));
	}

	public Collection<User> users() {
		return this.users.values();
	}

	public User user(String id) {
		return this.users.get(id);
	}

	public User userByName(String name, String domainId) {
		return this.users.values()
			.stream()
			.filter((u) -> u.name().equals(name) && u.domainId().equals(domainId))
			.findFirst()
			.orElse(null);
	}

	public void put(User user) {
		this.users.put(user.id(), user);
	}

	public void removeUser(String id) {
		this.users.remove(id);
		this.assignments.removeIf((a) -> a.userId().equals(id));
	}

	public Collection<Role> roles() {
		return this.roles.values();
	}

	public Role role(String id) {
		return this.roles.get(id);
	}

	public Role roleByName(String name) {
		return this.roles.values().stream().filter((r) -> r.name().equals(name)).findFirst().orElse(null);
	}

	public void put(Role role) {
		this.roles.put(role.id(), role);
	}

	public Collection<Assignment> assignments() {
		return this.assignments;
	}

	public void grant(String userId, String projectId, String roleId) {
		this.assignments.add(new Assignment(userId, projectId, roleId));
	}

	public boolean revoke(String userId, String projectId, String roleId) {
		return this.assignments.remove(new Assignment(userId, projectId, roleId));
	}

	public boolean holds(String userId, String projectId, String roleId) {
		return this.assignments.contains(new Assignment(userId, projectId, roleId));
	}

	/**
	 * The roles a user holds on a project as a token lists them: direct assignments plus
	 * Keystone's default implied roles (admin implies member, member implies reader).
	 */
	public List<Role> rolesOf(String userId, String projectId) {
		Set<String> names = new LinkedHashSet<>();
		for (Assignment assignment : this.assignments) {
			if (assignment.userId().equals(userId) && assignment.projectId().equals(projectId)) {
				Role role = this.roles.get(assignment.roleId());
				if (role != null) {
					names.add(role.name());
				}
			}
		}
		if (names.contains("admin")) {
			names.add("member");
		}
		if (names.contains("member")) {
			names.add("reader");
		}
		List<Role> held = new ArrayList<>();
		for (String name : names) {
			Role role = roleByName(name);
			if (role != null) {
				held.add(role);
			}
		}
		return held;
	}

}
