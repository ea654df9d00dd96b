package io.stackshift.replication;

import java.util.Optional;

import io.stackshift.identity.Project;
import io.stackshift.identity.ProjectContents;

import org.springframework.stereotype.Component;

/** A project whose tenants were migrated, or are being migrated, keeps that history. */
@Component
class MigrationProjects implements ProjectContents {

	private final Migrations migrations;

	MigrationProjects(Migrations migrations) {
		this.migrations = migrations;
	}

	@Override
	public Optional<String> blocksDeletion(Project project) {
		long count = this.migrations.countInProject(project);
		return (count == 0) ? Optional.empty()
				: Optional.of("Cannot delete a project that still has " + count + " migration(s).");
	}

}
