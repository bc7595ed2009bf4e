package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.voicebridge.bridge.config.YamlNode.Mapping;
import dev.voicebridge.bridge.config.YamlNode.Scalar;
import dev.voicebridge.bridge.config.YamlNode.Sequence;
import org.junit.jupiter.api.Test;

class YamlTreeTest {

  @Test
  void remembersTheLineOfEveryValue() throws Exception {
    Mapping root = YamlTree.parse("sip:\n  udp-port: 5060\nrtp:\n  codecs:\n    - PCMU\n", "f");

    Mapping sip = (Mapping) root.entries().get("sip");
    assertThat(sip.entries().get("udp-port").source()).isEqualTo("f line 2");
    assertThat(root.keySources().get("rtp")).isEqualTo("f line 3");
    Sequence codecs = (Sequence) ((Mapping) root.entries().get("rtp")).entries().get("codecs");
    assertThat(codecs.items().get(0).source()).isEqualTo("f line 5");
  }

  @Test
  void keepsScalarTextAsWrittenAgainstYaml11Typing() throws Exception {
    Mapping root = YamlTree.parse("a: +4420\nb: no\nc: 0123\nd:\n", "f");

    assertThat(root.entries().get("a"))
        .isEqualTo(new Scalar("+4420", Scalar.Kind.NUMBER, "f line 1"));
    assertThat(root.entries().get("b")).isEqualTo(new Scalar("no", Scalar.Kind.FALSE, "f line 2"));
    assertThat(((Scalar) root.entries().get("c")).text()).isEqualTo("0123");
    assertThat(((Scalar) root.entries().get("d")).kind()).isEqualTo(Scalar.Kind.NULL);
  }

  @Test
  void refusesDuplicateKeysNamingTheSecond() {
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> YamlTree.parse("sip:\n  t1: 1s\n  t1: 2s\n", "f"));

    assertThat(e).hasMessage("duplicate key 't1' (f line 3)");
  }

  @Test
  void treatsAnEmptyDocumentAsNoSettings() throws Exception {
    assertThat(YamlTree.parse("", "f").entries()).isEmpty();
    assertThat(YamlTree.parse("~\n", "f").entries()).isEmpty();
  }

  @Test
  void reportsSyntaxErrorsWithTheirLine() {
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> YamlTree.parse("sip:\n  udp-port: 5060\n bad indent: x\n", "f"));

    assertThat(e.getMessage()).startsWith("f line 3: not valid YAML: ");
  }
}
