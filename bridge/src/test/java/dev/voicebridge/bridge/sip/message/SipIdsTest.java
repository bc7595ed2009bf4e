package dev.voicebridge.bridge.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SipIdsTest {

  @Test
  void branchesCarryTheMagicCookie() {
    assertThat(SipIds.newBranch()).startsWith("z9hG4bK").hasSize(26);
  }

  @Test
  void tagsAreUnique() {
    Set<String> tags = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      tags.add(SipIds.newTag());
    }

    assertThat(tags).hasSize(10_000);
    assertThat(tags).allMatch(tag -> tag.matches("[0-9a-z]{13}"));
  }
}
