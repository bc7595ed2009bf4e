package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.voicebridge.codec.g711.G711Law;
import dev.voicebridge.codec.pcm.Pcm16;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A turn in every input format, echoed in an output format of the same rate. */
class LocalServerFormatsIT {
  private LocalVoiceLiveServer server;

  @BeforeEach
  void startServer() {
    server =
        LocalVoiceLiveServer.start(
            LocalServerConfig.newBuilder().outputSpeedup(Double.POSITIVE_INFINITY).build());
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of("pcm16", 24000, "pcm16"),
        Arguments.of("pcm16", 16000, "pcm16_16000hz"),
        Arguments.of("g711_ulaw", 8000, "g711_ulaw"),
        Arguments.of("g711_alaw", 8000, "g711-alaw"));
  }

  /** The wire bytes of samples in a format. */
  static byte[] encode(String format, TestSignal signal) {
    short[] s = signal.samples;
    return switch (format) {
      case "g711_ulaw", "g711-ulaw" -> encodeLaw(G711Law.ULAW, s);
      case "g711_alaw", "g711-alaw" -> encodeLaw(G711Law.ALAW, s);
      default -> signal.pcm16(0, s.length);
    };
  }

  private static byte[] encodeLaw(G711Law law, short[] samples) {
    byte[] out = new byte[samples.length];
    law.encode(samples, 0, out, 0, samples.length);
    return out;
  }

  @ParameterizedTest(name = "{0} at {1} Hz in, {2} out")
  @MethodSource("formats")
  void turnInEveryInputFormatIsDetectedAndEchoed(String in, int rate, String out) {
    TestSignal signal = new TestSignal(rate).silence(400).tone(500, -20).silence(600);
    byte[] wire = encode(in, signal);
    try (RealtimeTestClient client = RealtimeTestClient.connect(server)) {
      client.next("session.created");
      client.send(
          "{'type':'session.update','session':{'input_audio_format':'"
              + in
              + "','input_audio_sampling_rate':"
              + rate
              + ",'output_audio_format':'"
              + out
              + "'}}");
      JsonNode session = client.next("session.updated").get("session");
      assertThat(session.get("input_audio_sampling_rate").asInt()).isEqualTo(rate);
      assertThat(session.get("output_audio_format").asText()).isEqualTo(out.replace('-', '_'));

      int bytesPer20Ms = wire.length * 20 / 1500;
      client.append(wire, bytesPer20Ms);

      assertThat(client.next("input_audio_buffer.speech_started").get("audio_start_ms").asLong())
          .isEqualTo(100);
      assertThat(client.next("input_audio_buffer.speech_stopped").get("audio_end_ms").asLong())
          .isEqualTo(1400);
      List<JsonNode> events = client.until("response.done");
      byte[] echoed = RealtimeTestClient.audioOf(events);
      int from = rate / 10 * (in.equals("pcm16") ? 2 : 1);
      int to = rate * 14 / 10 * (in.equals("pcm16") ? 2 : 1);
      assertThat(echoed).containsExactly(java.util.Arrays.copyOfRange(wire, from, to));
    }
  }

  static Stream<Arguments> conversions() {
    return Stream.of(
        Arguments.of("pcm16", 24000, "g711_ulaw", 8000),
        Arguments.of("pcm16", 24000, "pcm16_8000hz", 8000),
        Arguments.of("pcm16", 16000, "pcm16", 24000),
        Arguments.of("g711_alaw", 8000, "pcm16", 24000),
        Arguments.of("g711_ulaw", 8000, "pcm16_16000hz", 16000));
  }

  /** Decodes delta bytes of an output format to samples. */
  static short[] decode(String format, byte[] bytes) {
    if (!format.startsWith("g711")) {
      return TestSignal.fromPcm16(bytes);
    }
    short[] out = new short[bytes.length];
    (format.equals("g711_ulaw") ? G711Law.ULAW : G711Law.ALAW).decode(bytes, 0, out, 0, out.length);
    return out;
  }

  @ParameterizedTest(name = "{0} at {1} Hz in, {2} out")
  @MethodSource("conversions")
  void echoIsConvertedToTheOutputRateAndEncoding(String in, int rate, String out, int outRate) {
    TestSignal signal = new TestSignal(rate).silence(400).tone(500, -20).silence(600);
    byte[] wire = encode(in, signal);
    try (RealtimeTestClient client = RealtimeTestClient.connect(server)) {
      client.next("session.created");
      client.send(
          "{'type':'session.update','session':{'input_audio_format':'"
              + in
              + "','input_audio_sampling_rate':"
              + rate
              + ",'output_audio_format':'"
              + out
              + "'}}");
      client.next("session.updated");

      client.append(wire, wire.length * 20 / 1500);
      List<JsonNode> events = client.until("response.done");
      short[] echo = decode(out, RealtimeTestClient.audioOf(events));

      // The echo spans 100..1400 ms of the input: 1.3 s, the tone from 300 to 800 ms in it.
      assertThat(echo).hasSize(outRate * 13 / 10);
      assertThat(Pcm16.rmsDbfs(echo, outRate * 35 / 100, outRate * 4 / 10)).isBetween(-20.7, -19.3);
      assertThat(Pcm16.rmsDbfs(echo, 0, outRate * 29 / 100)).isLessThan(-50);
      assertThat(Pcm16.rmsDbfs(echo, outRate * 81 / 100, outRate * 49 / 100)).isLessThan(-50);
    }
  }
}
