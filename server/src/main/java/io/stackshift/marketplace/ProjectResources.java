package io.stackshift.marketplace;

import java.util.Optional;

import io.stackshift.identity.Project;
import io.stackshift.identity.ProjectContents;

import org.springframework.stereotype.Component;

/** A project holding resources (even terminated ones, which keep its history) stays. */
@Component
class ProjectResources implements ProjectContents {

	private final Resources resources;

	ProjectResources(Resources resources) {
		this.resources = resources;
	}

	@Override
	public Optional<String> blocksDeletion(Project project) {
		long count = this.resources.countByProject(project);
		return (count == 0) ? Optional.empty()
				: Optional.of("Cannot delete a project that still has " + count + " resource(s).");
	}

}
