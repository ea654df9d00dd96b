package io.stackshift.emulator.http;

/**
 * Thrown by a handler to answer with an error in its service's own format; the edge turns
 * it into the reply it carries. Services build it through their error factories
 * (NeutronError, KeystoneError, ...), never by hand.
 */
public class ApiFailure extends RuntimeException {

	private final transient Reply reply;

	public ApiFailure(Reply reply, String message) {
		super(message, null, false, false);
		this.reply = reply;
	}

	public Reply reply() {
		return this.reply;
	}

}
