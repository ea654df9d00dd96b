package io.stackshift.emulator.http;

/**
 * Answers one kind of call.
 */
@FunctionalInterface
public interface Handler {

	Reply handle(Call call);

}
