package io.stackshift.identity;

import java.util.Optional;

/**
 * What other features keep inside a project. Identity knows no resources or migrations,
 * yet must refuse to delete a project that still holds some: each feature answers for its
 * own, with the sentence a user should read.
 */
public interface ProjectContents {

	/** Why the project cannot go yet, or empty when this feature holds nothing in it. */
	Optional<String> blocksDeletion(Project project);

}
