package io.stackshift.openstack.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The TLS trust of one cloud: the JDK's trust store, the cloud's own CA certificates
 * (clouds with a private CA are common), or, only when the operator asked for it, none.
 */
final class TrustedCertificates {

	private TrustedCertificates() {
	}

	static SSLContext sslContext(CloudCredentials credentials) {
		try {
			SSLContext context = SSLContext.getInstance("TLS");
			if (!credentials.verifyTls()) {
				context.init(null, new TrustManager[] { new TrustingEverything() }, null);
			}
			else if (credentials.caCertificatePem() != null && !credentials.caCertificatePem().isBlank()) {
				context.init(null, fromPem(credentials.caCertificatePem()), null);
			}
			else {
				return SSLContext.getDefault();
			}
			return context;
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalArgumentException("Cannot use the CA certificate of " + credentials.authUrl(), ex);
		}
	}

	private static TrustManager[] fromPem(String pem) throws GeneralSecurityException, IOException {
		CertificateFactory factory = CertificateFactory.getInstance("X.509");
		KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
		store.load(null, null);
		int index = 0;
		for (Certificate certificate : factory
			.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
			store.setCertificateEntry("ca-" + index++, certificate);
		}
		if (index == 0) {
			throw new GeneralSecurityException("no certificate in the PEM text");
		}
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(store);
		return trust.getTrustManagers();
	}

	/** Accepts any certificate and any host name: verification off, as asked. */
	private static final class TrustingEverything extends X509ExtendedTrustManager {

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) {
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) {
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}

	}

}
