package dev.voicebridge.protocol.client.testing;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throwaway self-signed certificate, made at test time with the JDK's {@code keytool}.
 *
 * <p>Netty's own {@code SelfSignedCertificate} needs BouncyCastle on newer JDKs, which this build
 * does not have; {@code keytool} ships with every JDK and writes a PKCS#12 key store with subject
 * alternative names, which hostname verification needs.
 */
public final class SelfSignedCertificate {

  private static final char[] PASSWORD = "changeit".toCharArray();

  private final KeyStore keyStore;

  private SelfSignedCertificate(KeyStore keyStore) {
    this.keyStore = keyStore;
  }

  /**
   * Generates an EC P-256 certificate valid for two days.
   *
   * @param dnsName the host name the certificate is for, also its common name
   * @return the certificate and its key
   */
  public static SelfSignedCertificate generate(String dnsName) {
    try {
      Path dir = Files.createTempDirectory("voicebridge-tls");
      Path file = dir.resolve("server.p12");
      try {
        run(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias", "server",
                "-keyalg", "EC",
                "-groupname", "secp256r1",
                "-dname", "CN=" + dnsName,
                "-ext", "SAN=dns:" + dnsName,
                "-validity", "2",
                "-storetype", "PKCS12",
                "-keystore", file.toString(),
                "-storepass", new String(PASSWORD),
                "-keypass", new String(PASSWORD)));
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
          keyStore.load(in, PASSWORD);
        }
        return new SelfSignedCertificate(keyStore);
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot make a test certificate", e);
    }
  }

  /**
   * A server context presenting this certificate, on the JDK provider.
   *
   * @return the context
   */
  public SslContext serverContext() {
    try {
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(keyStore, PASSWORD);
      return SslContextBuilder.forServer(keys).sslProvider(SslProvider.JDK).build();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Trust in this certificate alone, as a client configured for a private CA would have.
   *
   * @return an initialised factory
   */
  public TrustManagerFactory trustManagerFactory() {
    try {
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("server", keyStore.getCertificate("server"));
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trust);
      return factory;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException("keytool failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException("interrupted running keytool", e);
    }
  }
}
