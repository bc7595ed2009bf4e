package dev.voicebridge.bridge.sip.dialog;

import dev.voicebridge.bridge.sip.transport.SipFlow;
import dev.voicebridge.bridge.sip.transport.ViaAddressing;
import io.netty.channel.EventLoop;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the flow a request within a dialog goes out on: the host of the first route, or of the
 * remote target without routes (RFC 3261 §12.2.1.1, §8.1.2).
 *
 * <p>Over TCP the request reuses the connection the dialog came on (RFC 3261 §18.1.1 lets a client
 * reuse a connection to the same peer; a trunk rarely listens where it connects from). Over UDP an
 * IP literal is used as is; a hostname is resolved off the event loop, as the JDK resolver
 * blocks, with A/AAAA records only (no RFC 3263 NAPTR/SRV).
 */
final class NextHopResolver {
  private static final Logger log = LoggerFactory.getLogger(NextHopResolver.class);
  private static final int DEFAULT_PORT = 5060;

  private final Executor blockingExecutor;

  /** Creates a resolver that runs DNS lookups on {@code blockingExecutor}, never an event loop. */
  NextHopResolver(Executor blockingExecutor) {
    this.blockingExecutor = Objects.requireNonNull(blockingExecutor, "blockingExecutor");
  }

  /**
   * Calls {@code then} on {@code loop} with the flow to send on, or with null if there is none
   * (connection closed, unknown host).
   */
  void resolve(URI nextHop, SipFlow dialogFlow, EventLoop loop, Consumer<SipFlow> then) {
    if (dialogFlow.transport().isReliable()) {
      then.accept(dialogFlow.isOpen() ? dialogFlow : null);
      return;
    }
    if (!(nextHop instanceof SipURI uri)) {
      then.accept(dialogFlow);
      return;
    }
    String host = uri.getMAddrParam() != null ? uri.getMAddrParam() : uri.getHost();
    int port = uri.getPort() > 0 ? uri.getPort() : DEFAULT_PORT;
    InetAddress literal = ViaAddressing.literalAddress(host);
    if (literal != null) {
      then.accept(dialogFlow.withRemoteAddress(new InetSocketAddress(literal, port)));
      return;
    }
    blockingExecutor.execute(() -> {
      SipFlow flow;
      try {
        InetAddress address = InetAddress.getByName(host);
        flow = dialogFlow.withRemoteAddress(new InetSocketAddress(address, port));
      } catch (UnknownHostException e) {
        log.debug("Cannot resolve next hop {}", host, e);
        flow = null;
      }
      SipFlow resolved = flow;
      loop.execute(() -> then.accept(resolved));
    });
  }
}
