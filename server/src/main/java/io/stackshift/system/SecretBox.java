package io.stackshift.system;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets at rest (cloud passwords, generated tenant credentials) with
 * AES-256-GCM. The stored form is {@code v1:<base64 of nonce, ciphertext and tag>}; a
 * fresh random nonce per value, so equal secrets do not look equal in the database.
 */
public final class SecretBox {

	private static final String PREFIX = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	/**
	 * @param keyMaterial a base64-encoded 32-byte key, or any passphrase (hashed to 32
	 * bytes with SHA-256: it should be long and random)
	 */
	public SecretBox(String keyMaterial) {
		this.key = new SecretKeySpec(keyBytes(keyMaterial), "AES");
	}

	public static String generateKey() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	public String encrypt(String plaintext) {
		if (plaintext == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		if (!stored.startsWith(PREFIX)) {
			throw new IllegalStateException("Not an encrypted value");
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			// Never include the value: the message may end up in a log.
			throw new IllegalStateException(
					"A stored secret cannot be decrypted: is STACKSHIFT_SECRET_KEY the key it was written with?");
		}
	}

	private static byte[] keyBytes(String material) {
		if (material == null || material.isBlank()) {
			throw new IllegalArgumentException("The secret key is empty");
		}
		try {
			byte[] decoded = Base64.getDecoder().decode(material.trim());
			if (decoded.length == 32) {
				return decoded;
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64: a passphrase
		}
		try {
			return MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
