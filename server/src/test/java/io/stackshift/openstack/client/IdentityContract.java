package io.stackshift.openstack.client;

import java.util.List;
import java.util.Map;

import io.stackshift.openstack.client.OpenStackException.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Keystone as the client sees it. */
interface IdentityContract extends CloudFixture {

	@Test
	default void findsProjectsByTagAndUpdatesThem() {
		List<Project> tagged = cloud().identity()
			.listProjects(Map.of("tags", List.of("stackshift-it", "run-" + run())));
		assertThat(tagged).extracting(Project::id).containsExactly(project().id());
		assertThat(cloud().identity().listProjects(Map.of("name", project().name()))).extracting(Project::id)
			.containsExactly(project().id());

		cloud().identity().updateProject(project().id(), Map.of("description", "renamed by test"));
		Project read = cloud().identity().getProject(project().id());
		assertThat(read.description()).isEqualTo("renamed by test");
		assertThat(read.tags()).contains("stackshift-it");
		assertThat(read.domainId()).isEqualTo(cloud().projectDomainId());
	}

	@Test
	default void aTakenProjectNameIsAConflict() {
		assertThatExceptionOfType(OpenStackException.class)
			.isThrownBy(
					() -> cloud().identity().createProject(Project.named(project().name(), cloud().projectDomainId())))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.CONFLICT);
				assertThat(ex.status()).isEqualTo(409);
				assertThat(ex.ambiguous()).isFalse();
			});
	}

	@Test
	default void createsAUserGrantsItARoleAndDeletesIt() {
		Identity identity = cloud().identity();
		User user = identity.createUser(User.named("ss-it-user-" + run(), cloud().projectDomainId()),
				"user-secret-" + run());
		try {
			assertThat(identity.findUser(user.name(), cloud().projectDomainId())).map(User::id).contains(user.id());
			Role member = identity.findRole("member").orElseThrow();
			assertThat(identity.listRoles()).extracting(Role::name).contains("member", "admin");

			identity.grantRole(project().id(), user.id(), member.id());
			identity.grantRole(project().id(), user.id(), member.id());

			assertThat(identity.listRoleAssignments(project().id()))
				.contains(new RoleAssignment(member.id(), user.id(), null, project().id()));
		}
		finally {
			identity.deleteUser(user.id());
		}
		assertThat(identity.findUser(user.name(), cloud().projectDomainId())).isEmpty();
	}

	@Test
	default void aMissingProjectIsNotFound() {
		assertThatExceptionOfType(OpenStackException.class)
			.isThrownBy(() -> cloud().identity().getProject("no-such-project"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.NOT_FOUND);
				assertThat(ex.pathTemplate()).isEqualTo("/v3/projects/{id}");
				assertThat(ex.getMessage()).doesNotContain(cloud().session().current().value());
			});
	}

}
