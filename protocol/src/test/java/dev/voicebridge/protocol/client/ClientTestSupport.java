package dev.voicebridge.protocol.client;

import ch.qos.logback.classic.Level;
import dev.voicebridge.protocol.client.testing.NettyLeaks;
import dev.voicebridge.protocol.client.testing.TestVoiceLiveServer;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every real-socket client test needs: a client event loop group, a fresh {@link
 * TestVoiceLiveServer} and listener per test, a shared client, and a leak check at the end.
 */
abstract class ClientTestSupport {

  static EventLoopGroup group;

  final VoiceLiveClient client = VoiceLiveClient.create();
  final RecordingRealtimeListener listener = new RecordingRealtimeListener();
  TestVoiceLiveServer server;

  @BeforeAll
  static void startLoops() {
    // Without a logback-test.xml, logback logs everything at DEBUG; keep test output readable.
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME))
        .setLevel(Level.INFO);
    NettyLeaks.watch();
    group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
  }

  @AfterAll
  static void stopLoops() {
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    NettyLeaks.assertNone();
  }

  @BeforeEach
  void startServer() {
    server = newServer();
  }

  /** The server each test talks to; plain {@code ws://} unless a test class says otherwise. */
  TestVoiceLiveServer newServer() {
    return TestVoiceLiveServer.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** A configuration for the test server with short timeouts and no pings. */
  VoiceLiveClientConfig.Builder config() {
    return VoiceLiveClientConfig.newBuilder()
        .endpoint(server.endpoint())
        .model("gpt-realtime")
        .credential(VoiceLiveCredential.none())
        .connectTimeout(Duration.ofSeconds(5))
        .handshakeTimeout(Duration.ofSeconds(5))
        .closeTimeout(Duration.ofSeconds(5))
        .pingInterval(Duration.ZERO);
  }

  EventLoop loop() {
    return group.next();
  }

  RealtimeSession connect(VoiceLiveClientConfig config) {
    return client.connect(config, listener, loop());
  }

  static String fixture(String name) {
    try (InputStream in = ClientTestSupport.class.getResourceAsStream(
        "/dev/voicebridge/protocol/event/fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
