package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.config.YamlNode.Mapping;
import dev.voicebridge.bridge.config.YamlNode.Scalar;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlNodeTest {

  @Test
  void setsAValueDeepInsideCreatingSectionsOnTheWay() throws Exception {
    Mapping root = YamlTree.parse("sip:\n  udp-port: 5060\n", "f");

    Mapping changed = root.with(List.of("voice-live", "auth", "token-env"),
        Scalar.injected("MY_TOKEN", "--x"));

    Mapping auth = (Mapping) ((Mapping) changed.entries().get("voice-live")).entries().get("auth");
    assertThat(auth.entries().get("token-env")).isEqualTo(Scalar.injected("MY_TOKEN", "--x"));
    assertThat(changed.entries().get("sip")).isEqualTo(root.entries().get("sip"));
    assertThat(root.entries()).doesNotContainKey("voice-live");
  }

  @Test
  void replacesAnExistingValueAndKeepsItsSiblings() throws Exception {
    Mapping root = YamlTree.parse("sip:\n  udp-port: 5060\n  t1: 1s\n", "f");

    Mapping changed = root.with(List.of("sip", "udp-port"), Scalar.injected("5070", "--sip-port"));

    Mapping sip = (Mapping) changed.entries().get("sip");
    assertThat(((Scalar) sip.entries().get("udp-port")).text()).isEqualTo("5070");
    assertThat(((Scalar) sip.entries().get("t1")).text()).isEqualTo("1s");
  }

  @Test
  void leavesAPathThroughAScalarAloneSoTheFileErrorStillShows() throws Exception {
    Mapping root = YamlTree.parse("sip: 5060\n", "f");

    assertThat(root.with(List.of("sip", "udp-port"), Scalar.injected("1", "--x"))).isEqualTo(root);
  }
}
