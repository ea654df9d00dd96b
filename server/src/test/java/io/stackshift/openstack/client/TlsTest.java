package io.stackshift.openstack.client;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import io.stackshift.openstack.client.OpenStackException.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A cloud with a private CA: trusted through its PEM, or with verification turned off.
 */
class TlsTest {

	@TempDir
	static Path dir;

	private static ScriptedCloud cloud;

	private static String caPem;

	@BeforeAll
	static void startWithASelfSignedCertificate() throws Exception {
		Path store = dir.resolve("cloud.p12");
		keytool("-genkeypair", "-alias", "cloud", "-keyalg", "EC", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1",
				"-validity", "2", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit");
		keytool("-exportcert", "-rfc", "-alias", "cloud", "-keystore", store.toString(), "-storepass", "changeit",
				"-file", dir.resolve("ca.pem").toString());
		caPem = Files.readString(dir.resolve("ca.pem"));
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (FileInputStream in = new FileInputStream(store.toFile())) {
			keys.load(in, "changeit".toCharArray());
		}
		KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		managers.init(keys, "changeit".toCharArray());
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(managers.getKeyManagers(), null, null);
		cloud = new ScriptedCloud(tls);
	}

	@AfterAll
	static void stop() {
		cloud.close();
	}

	private static void keytool(String... args) throws IOException, InterruptedException {
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as(output).isZero();
	}

	@Test
	void anUnknownCertificateIsRefusedAtOnce() {
		CloudClient client = new CloudClient(cloud.credentials().build(), CloudTestProject.quickRetries());
		assertThatExceptionOfType(OpenStackException.class).isThrownBy(client::projectId).satisfies((ex) -> {
			assertThat(ex.kind()).isEqualTo(Kind.UNAVAILABLE);
			assertThat(ex.retryable()).isFalse();
			assertThat(ex.ambiguous()).isFalse();
		});
	}

	@Test
	void theCloudsCaCertificateIsTrusted() {
		CloudClient client = new CloudClient(cloud.credentials().caCertificatePem(caPem).build());
		assertThat(client.networking().networks().get("n1").id()).isEqualTo("n1");
	}

	@Test
	void verificationCanBeTurnedOff() {
		CloudClient client = new CloudClient(cloud.credentials().insecure().build());
		assertThat(client.networking().networks().get("n1").id()).isEqualTo("n1");
	}

	@Test
	void aPemWithoutCertificatesIsRejectedUpFront() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new CloudClient(cloud.credentials().caCertificatePem("not a certificate").build()))
			.withMessageContaining(cloud.authUrl());
	}

}
