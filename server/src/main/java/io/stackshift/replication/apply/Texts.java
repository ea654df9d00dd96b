package io.stackshift.replication.apply;

/**
 * OpenStack answers an unset text as {@code null} or {@code ""}, depending on the call.
 */
final class Texts {

	private Texts() {
	}

	static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

}
