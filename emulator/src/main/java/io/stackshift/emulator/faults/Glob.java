package io.stackshift.emulator.faults;

/**
 * Path globs of fault rules: {@code *} matches any run of characters, slashes included.
 */
final class Glob {

	private Glob() {
	}

	static boolean matches(String glob, String text) {
		return matches(glob, 0, text, 0);
	}

	private static boolean matches(String glob, int g, String text, int t) {
		while (g < glob.length()) {
			char c = glob.charAt(g);
			if (c == '*') {
				for (int k = text.length(); k >= t; k--) {
					if (matches(glob, g + 1, text, k)) {
						return true;
					}
				}
				return false;
			}
			if (t >= text.length() || text.charAt(t) != c) {
				return false;
			}
			g++;
			t++;
		}
		return t == text.length();
	}

}
