package dev.voicebridge.bridge.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.voicebridge.bridge.config.CallProfile;
import dev.voicebridge.bridge.config.ConfigLoader;
import dev.voicebridge.codec.g711.G711Law;
import dev.voicebridge.protocol.client.RealtimeListener;
import dev.voicebridge.protocol.client.RealtimeSession;
import dev.voicebridge.protocol.client.VoiceLiveClient;
import dev.voicebridge.protocol.client.VoiceLiveClientConfig;
import dev.voicebridge.protocol.client.VoiceLiveCredential;
import dev.voicebridge.protocol.event.ClientEventSessionUpdate;
import dev.voicebridge.protocol.event.ServerEvent;
import dev.voicebridge.protocol.event.ServerEventError;
import dev.voicebridge.protocol.event.ServerEventSessionUpdated;
import dev.voicebridge.protocol.event.VoiceLiveJson;
import dev.voicebridge.protocol.server.LocalServerConfig;
import dev.voicebridge.protocol.server.LocalVoiceLiveServer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bridge's session.update, with every optional setting, as the local server takes it. */
class SessionUpdatesIT {
  private static EventLoopGroup group;
  private static LocalVoiceLiveServer server;

  @BeforeAll
  static void start() {
    group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    server = LocalVoiceLiveServer.start(LocalServerConfig.newBuilder().build(), group);
  }

  @AfterAll
  static void stop() {
    server.close();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  @Test
  void localServerKeepsAndEchoesEveryOptionalVoiceAndTurnDetectionSetting() throws Exception {
    CallProfile profile = new ConfigLoader(Map.of()).yaml("""
        session:
          voice:
            type: azure-standard
            name: en-US-Ava:DragonHDLatestNeural
            temperature: 0.7
            locale: en-US
            prefer-locales: [en-GB]
            style: cheerful
            pitch: +5%
            rate: "1.1"
            volume: +10
            custom-lexicon-url: https://contoso.com/lexicon.xml
          turn-detection:
            type: azure_semantic_vad
            speech-duration: 80ms
            remove-filler-words: true
            languages: [en, es]
            end-of-utterance-detection:
              model: semantic_detection_v1
              threshold-level: low
              timeout: 2s
        """, "test.yaml").load().defaultProfile();
    ClientEventSessionUpdate update = SessionUpdates.of(profile, G711Law.ULAW);
    LinkedBlockingQueue<ServerEvent> events = new LinkedBlockingQueue<>();
    RealtimeSession session = open(events);

    session.eventLoop().submit(() -> session.send(update)).sync();
    ServerEvent reply;
    do {
      reply = events.poll(5, TimeUnit.SECONDS);
    } while (reply != null && !(reply instanceof ServerEventSessionUpdated)
        && !(reply instanceof ServerEventError));
    session.eventLoop().submit(() -> session.close(1000, "done")).sync();

    assertThat(reply).isInstanceOf(ServerEventSessionUpdated.class);
    JsonNode sent = tree(update).path("session");
    JsonNode echoed = tree(reply).path("session");
    assertThat(echoed.path("voice")).isEqualTo(sent.path("voice"));
    assertThat(echoed.path("turn_detection")).isEqualTo(sent.path("turn_detection"));
    assertThat(sent.path("turn_detection").path("end_of_utterance_detection").path("model")
        .asText()).isEqualTo("semantic_detection_v1");
  }

  private static JsonNode tree(Object event) throws Exception {
    return VoiceLiveJson.mapper().readTree(VoiceLiveJson.toJson(event));
  }

  private static RealtimeSession open(LinkedBlockingQueue<ServerEvent> events) {
    VoiceLiveClientConfig config = VoiceLiveClientConfig.newBuilder()
        .endpoint(server.endpoint())
        .model("gpt-realtime")
        .credential(VoiceLiveCredential.none())
        .build();
    RealtimeSession session = VoiceLiveClient.create().connect(config, new RealtimeListener() {
      @Override
      public void onEvent(RealtimeSession s, ServerEvent event) {
        events.add(event);
      }
    }, group.next());
    await().atMost(Duration.ofSeconds(5)).until(session::isOpen);
    return session;
  }
}
