package dev.voicebridge.protocol.client;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

/**
 * Client TLS contexts, one per trust configuration, built on first use and kept.
 *
 * <p>Building one reads the JDK trust store from disk, so it happens on the blocking executor,
 * never on an event loop, and once. Contexts verify the server's host name (endpoint
 * identification {@code HTTPS}) and send SNI, since sessions pass the host to the handler.
 */
final class SslContexts {

  private static final Object DEFAULT_TRUST = new Object();

  private final ConcurrentHashMap<Object, SslContext> contexts = new ConcurrentHashMap<>();

  /**
   * The context for a trust configuration.
   *
   * @param trust an initialised factory, or {@code null} for the JDK's default trust store
   * @return the shared context
   * @throws IllegalStateException if the context cannot be built
   */
  SslContext get(TrustManagerFactory trust) {
    return contexts.computeIfAbsent(trust == null ? DEFAULT_TRUST : trust, key -> build(trust));
  }

  /**
   * A handler for one connection: SNI and host name verification for the given host, and
   * certificate checks run on the blocking executor.
   *
   * @param context the context from {@link #get}
   * @param alloc the channel's allocator
   * @param host the host name from the endpoint
   * @param port the server port
   * @param blockingExecutor where the TLS engine's delegated tasks run
   * @return a new handler
   */
  static SslHandler newHandler(
      SslContext context,
      ByteBufAllocator alloc,
      String host,
      int port,
      Executor blockingExecutor) {
    SslHandler handler = context.newHandler(alloc, host, port, blockingExecutor);
    // The session's handshake timer covers TLS and the upgrade together.
    handler.setHandshakeTimeoutMillis(0);
    return handler;
  }

  private static SslContext build(TrustManagerFactory trust) {
    try {
      return SslContextBuilder.forClient()
          .sslProvider(SslProvider.JDK)
          .trustManager(trust)
          .endpointIdentificationAlgorithm("HTTPS")
          .build();
    } catch (SSLException e) {
      throw new IllegalStateException("cannot build the TLS context: " + e.getMessage(), e);
    }
  }
}
