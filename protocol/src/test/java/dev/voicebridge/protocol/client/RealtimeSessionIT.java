package dev.voicebridge.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicebridge.protocol.client.VoiceLiveException.Kind;
import dev.voicebridge.protocol.client.testing.ServerConnection;
import dev.voicebridge.protocol.client.testing.ServerConnection.CloseFrame;
import dev.voicebridge.protocol.event.ClientEvent;
import dev.voicebridge.protocol.event.ClientEventConversationItemTruncate;
import dev.voicebridge.protocol.event.ClientEventInputAudioBufferAppend;
import dev.voicebridge.protocol.event.ClientEventResponseCancel;
import dev.voicebridge.protocol.event.ClientEventSessionUpdate;
import dev.voicebridge.protocol.event.RequestSession;
import dev.voicebridge.protocol.event.ServerEventResponseAudioDelta;
import dev.voicebridge.protocol.event.ServerEventSessionCreated;
import dev.voicebridge.protocol.event.UnknownServerEvent;
import dev.voicebridge.protocol.event.VoiceLiveJson;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** An open session: events both ways, closing, and the failures of an established connection. */
class RealtimeSessionIT extends ClientTestSupport {

  @Test
  void eventsSentWhileConnectingAreWrittenInOrderOnceOpen() throws Exception {
    // The session stays connecting until the test hands over the token.
    CompletableFuture<AccessToken> token = new CompletableFuture<>();
    RealtimeSession session = connect(config()
        .credential(VoiceLiveCredential.bearerToken(scope -> token))
        .build());
    ClientEventSessionUpdate update =
        ClientEventSessionUpdate.of(RequestSession.builder().instructions("be brief").build());

    assertThat(session.send(update)).isTrue();
    assertThat(session.send(ClientEventResponseCancel.of())).isTrue();
    assertThat(session.sendAudio(new byte[] {1, 2}, 0, 2)).as("audio before open").isFalse();
    token.complete(new AccessToken("t", Instant.now().plusSeconds(3600)));
    ServerConnection connection = server.takeConnection();

    assertThat(parse(connection.takeText())).isEqualTo(update);
    assertThat(parse(connection.takeText())).isEqualTo(ClientEventResponseCancel.of());
    listener.assertOpen();
    assertThat(session.stats().eventsSent()).isEqualTo(2);
    session.cancel();
  }

  @Test
  void audioSentEveryWayArrivesAsAppendEventsWithTheSameBytes() throws Exception {
    RealtimeSession session = open();
    ServerConnection connection = server.takeConnection();
    byte[] pcm = pcm(960 + 10);
    ByteBuf direct = Unpooled.directBuffer().writeBytes(pcm, 10, 960);

    assertThat(session.sendAudio(pcm, 10, 960)).isTrue();
    assertThat(session.sendAudio(direct)).isTrue();
    assertThat(session.send(ClientEventInputAudioBufferAppend.of(new byte[] {7}))).isTrue();
    assertThat(session.send(new ClientEventInputAudioBufferAppend("evt-1", new byte[] {8})))
        .isTrue();

    byte[] expected = java.util.Arrays.copyOfRange(pcm, 10, 970);
    assertThat(parse(connection.takeText()))
        .isEqualTo(ClientEventInputAudioBufferAppend.of(expected));
    assertThat(parse(connection.takeText()))
        .isEqualTo(ClientEventInputAudioBufferAppend.of(expected));
    assertThat(parse(connection.takeText()))
        .isEqualTo(ClientEventInputAudioBufferAppend.of(new byte[] {7}));
    assertThat(parse(connection.takeText()))
        .isEqualTo(new ClientEventInputAudioBufferAppend("evt-1", new byte[] {8}));
    assertThat(direct.readerIndex()).isZero();
    direct.release();
    assertThat(session.stats().audioFramesSent()).isEqualTo(3);
    assertThat(session.stats().eventsSent()).isEqualTo(1);
    session.cancel();
  }

  @Test
  void sendsFromAnotherThreadAreHandedToTheLoopInOrder() throws Exception {
    RealtimeSession session = open();
    ServerConnection connection = server.takeConnection();

    ClientEvent truncate = ClientEventConversationItemTruncate.of("item_1", 0, 1500);
    assertThat(session.send(truncate)).isTrue();
    assertThat(session.sendAudio(new byte[] {1, 2, 3}, 0, 3)).isTrue();

    assertThat(parse(connection.takeText())).isEqualTo(truncate);
    assertThat(parse(connection.takeText()))
        .isEqualTo(ClientEventInputAudioBufferAppend.of(new byte[] {1, 2, 3}));
    session.cancel();
  }

  @Test
  void audioDeltaArrivesDecoded() {
    RealtimeSession session = open();
    ServerConnection connection = server.takeConnection();
    byte[] pcm = pcm(4800);

    connection.sendText(delta(pcm));

    ServerEventResponseAudioDelta delta = listener.assertEvent(ServerEventResponseAudioDelta.class);
    assertThat(delta.delta()).isEqualTo(pcm);
    assertThat(delta.itemId()).isEqualTo("item_1");
    session.cancel();
  }

  @Test
  void fragmentedMessageIsAggregatedIntoOneEvent() {
    RealtimeSession session = open();
    ServerConnection connection = server.takeConnection();
    String json = delta(pcm(999));

    connection.sendTextFragments(json.substring(0, 10), json.substring(10, 500),
        json.substring(500));

    assertThat(listener.assertEvent(ServerEventResponseAudioDelta.class).delta())
        .isEqualTo(pcm(999));
    session.cancel();
  }

  @Test
  void unknownTypeIsDeliveredAndCounted() {
    RealtimeSession session = open();
    ServerConnection connection = server.takeConnection();

    connection.sendText("{\"type\":\"response.brand_new\",\"event_id\":\"e9\"}");

    assertThat(listener.assertEvent(UnknownServerEvent.class).type())
        .isEqualTo("response.brand_new");
    assertThat(session.stats().unknownEvents()).isEqualTo(1);
    session.cancel();
  }

  @Test
  void malformedAndBinaryFramesAreSkippedAndCountedWithoutEndingTheSession() {
    RealtimeSession session = open();
    ServerConnection connection = server.takeConnection();

    connection.sendText("this is not json");
    connection.sendBinary(new byte[] {1, 2, 3});
    connection.sendText(fixture("session.created.json"));

    listener.assertEvent(ServerEventSessionCreated.class);
    RealtimeSessionStats stats = session.stats();
    assertThat(stats.malformedFrames()).isEqualTo(1);
    assertThat(stats.binaryFramesIgnored()).isEqualTo(1);
    assertThat(stats.eventsReceived()).isEqualTo(1);
    assertThat(session.isOpen()).isTrue();
    session.cancel();
  }

  @Test
  void oversizeMessageFailsOnceWithFrameTooLarge() {
    RealtimeSession session = open(config().maxFrameBytes(1024));
    ServerConnection connection = server.takeConnection();

    connection.sendText(delta(pcm(2000)));

    VoiceLiveException failure = listener.assertFailure(Kind.FRAME_TOO_LARGE);
    assertThat(failure).hasMessage("inbound message larger than maxFrameBytes (1024)");
    connection.awaitClosed();
    listener.assertExhausted(session);
  }

  @Test
  void oversizeFragmentedMessageFailsOnceWithFrameTooLarge() {
    RealtimeSession session = open(config().maxFrameBytes(1024));
    ServerConnection connection = server.takeConnection();
    String json = delta(pcm(1200));

    connection.sendTextFragments(json.substring(0, 800), json.substring(800));

    listener.assertFailure(Kind.FRAME_TOO_LARGE);
    connection.awaitClosed();
    listener.assertExhausted(session);
  }

  @Test
  void clientCloseWaitsForTheServersCloseThenEndsWithOnClosed() {
    RealtimeSession session = open();
    ServerConnection connection = server.takeConnection();

    assertThat(session.close(1000, "call ended")).isTrue();

    assertThat(connection.takeClose()).isEqualTo(new CloseFrame(1000, "call ended"));
    listener.assertClosing(1000, "call ended");
    listener.assertClosed(1000, "call ended");
    assertThat(session.close(1000, "again")).isFalse();
    assertThat(session.send(ClientEventResponseCancel.of())).isFalse();
    assertThat(session.sendAudio(new byte[1], 0, 1)).isFalse();
    connection.awaitClosed();
    listener.assertExhausted(session);
  }

  @Test
  void serverCloseIsEchoedAndEndsWithOnClosed() {
    RealtimeSession session = open();
    ServerConnection connection = server.takeConnection();

    connection.sendClose(4001, "session expired");

    listener.assertClosing(4001, "session expired");
    assertThat(connection.takeClose().status()).isEqualTo(4001);
    listener.assertClosed(4001, "session expired");
    connection.awaitClosed();
    listener.assertExhausted(session);
  }

  @Test
  void unansweredCloseFailsWithCloseTimeout() {
    server.answerCloses(false);
    RealtimeSession session = open(config().closeTimeout(Duration.ofMillis(200)));
    ServerConnection connection = server.takeConnection();

    session.close(1001, null);

    assertThat(connection.takeClose()).isEqualTo(new CloseFrame(1001, ""));
    listener.assertFailure(Kind.CLOSE_TIMEOUT);
    connection.awaitClosed();
    listener.assertExhausted(session);
  }

  @Test
  void closeWhileConnectingEndsWithOnClosedAndNoConnection() {
    server.ignoreUpgrades(true);
    RealtimeSession session = connect(config().build());

    assertThat(session.close(1000, "hung up")).isTrue();

    listener.assertClosed(1000, "hung up");
    listener.assertExhausted(session);
  }

  @Test
  void invalidCloseArgumentsAreRejected() {
    RealtimeSession session = open();

    assertThatThrownBy(() -> session.close(1005, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("close code 1005 may not be sent");
    assertThatThrownBy(() -> session.close(1000, "x".repeat(124)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("close reason longer than 123 UTF-8 bytes");
    session.cancel();
  }

  @Test
  void abruptDisconnectFailsOnceWithConnectionLost() {
    RealtimeSession session = open();
    ServerConnection connection = server.takeConnection();

    connection.dropAbruptly();

    VoiceLiveException failure = listener.assertFailure(Kind.CONNECTION_LOST);
    assertThat(failure).hasMessage("connection closed without a close frame");
    assertThat(session.isOpen()).isFalse();
    listener.assertExhausted(session);
  }

  @Test
  void unansweredPingFailsOnceWithPongTimeout() {
    server.answerPings(false);
    RealtimeSession session =
        open(config().pingInterval(Duration.ofMillis(50)).pongTimeout(Duration.ofMillis(200)));
    ServerConnection connection = server.takeConnection();

    VoiceLiveException failure = listener.assertFailure(Kind.PONG_TIMEOUT);

    assertThat(failure).hasMessage("no pong within 200 ms of a ping");
    assertThat(connection.pings()).isGreaterThanOrEqualTo(1);
    connection.awaitClosed();
    listener.assertExhausted(session);
  }

  @Test
  void answeredPingsKeepTheSessionOpen() throws InterruptedException {
    RealtimeSession session =
        open(config().pingInterval(Duration.ofMillis(20)).pongTimeout(Duration.ofMillis(100)));
    ServerConnection connection = server.takeConnection();

    while (connection.pings() < 5) {
      Thread.sleep(10);
    }

    assertThat(session.isOpen()).isTrue();
    session.close(1000, null);
    listener.assertClosing(1000, "");
    listener.assertClosed(1000, "");
    listener.assertExhausted(session);
  }

  @Test
  void cancelFailsOnceWithCanceledAndClosesTheConnection() {
    RealtimeSession session = open();
    ServerConnection connection = server.takeConnection();

    session.cancel();
    session.cancel();

    listener.assertFailure(Kind.CANCELED);
    connection.awaitClosed();
    listener.assertExhausted(session);
  }

  @Test
  void listenerThatThrowsDoesNotEndTheSession() {
    listener.forwardTo(new RealtimeListener() {
      @Override
      public void onEvent(RealtimeSession session, dev.voicebridge.protocol.event.ServerEvent e) {
        throw new IllegalStateException("bug in the bridge");
      }
    });
    RealtimeSession session = open();
    ServerConnection connection = server.takeConnection();

    connection.sendText(fixture("session.created.json"));
    connection.sendText(fixture("session.created.json"));

    listener.assertEvent(ServerEventSessionCreated.class);
    listener.assertEvent(ServerEventSessionCreated.class);
    assertThat(session.isOpen()).isTrue();
    session.cancel();
  }

  private RealtimeSession open() {
    return open(config());
  }

  private RealtimeSession open(VoiceLiveClientConfig.Builder config) {
    RealtimeSession session = connect(config.build());
    listener.assertOpen();
    return session;
  }

  private static ClientEvent parse(String json) throws Exception {
    return VoiceLiveJson.parseClientEvent(json);
  }

  private static String delta(byte[] pcm) {
    return "{\"type\":\"response.audio.delta\",\"event_id\":\"e1\",\"response_id\":\"r1\","
        + "\"item_id\":\"item_1\",\"output_index\":0,\"content_index\":0,\"delta\":\""
        + Base64.getEncoder().encodeToString(pcm) + "\"}";
  }

  private static byte[] pcm(int length) {
    byte[] bytes = new byte[length];
    new SplittableRandom(length).nextBytes(bytes);
    return bytes;
  }
}
