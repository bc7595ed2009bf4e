package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationStoreTest {

  private static ConversationItem item(String id) {
    return new ConversationItem(id, ServerJson.object().put("id", id));
  }

  @Test
  void addAppendsAndReturnsThePreviousItem() {
    ConversationStore store = new ConversationStore(new SampleArrays());

    assertThat(store.add(item("a"), null)).isNull();
    assertThat(store.add(item("b"), null)).isEqualTo("a");
    assertThat(store.lastId()).isEqualTo("b");
  }

  @Test
  void addAfterAnItemInsertsThere() {
    ConversationStore store = new ConversationStore(new SampleArrays());
    store.add(item("a"), null);
    store.add(item("c"), null);

    assertThat(store.add(item("b"), "a")).isEqualTo("a");
    assertThat(store.lastId()).isEqualTo("c");
  }

  @Test
  void deleteRemovesOnce() {
    ConversationStore store = new ConversationStore(new SampleArrays());
    store.add(item("a"), null);

    assertThat(store.delete("a")).isTrue();
    assertThat(store.delete("a")).isFalse();
    assertThat(store.contains("a")).isFalse();
  }

  @Test
  void oldestItemsGoBeyondTheLimit() {
    ConversationStore store = new ConversationStore(new SampleArrays());
    for (int i = 0; i <= ConversationStore.MAX_ITEMS; i++) {
      store.add(item("i" + i), null);
    }

    assertThat(store.size()).isEqualTo(ConversationStore.MAX_ITEMS);
    assertThat(store.contains("i0")).isFalse();
    assertThat(store.contains("i1")).isTrue();
  }

  @Test
  void truncationCutsGeneratedAudio() {
    ConversationItem item = item("x");
    item.attachAudio(AudioClip.of(new short[24000]), OutputFormat.PCM16);
    item.generatedUpTo(12000);

    item.truncateAtMs(200);

    assertThat(item.generatedMs()).isEqualTo(200);
    assertThat(item.encodedAudio()).hasSize(4800 * 2);
  }

  @Test
  void onlyTheLatestAssistantItemsKeepTheirSamples() {
    ConversationStore store = new ConversationStore(new SampleArrays());
    List<ConversationItem> items = new ArrayList<>();
    for (int i = 0; i <= ConversationStore.AUDIO_ITEMS; i++) {
      ConversationItem item = item("a" + i);
      item.attachAudio(AudioClip.of(new short[2400]), OutputFormat.PCM16);
      item.generatedUpTo(2400);
      items.add(item);
      store.add(item, null);
    }

    ConversationItem oldest = items.get(0);
    assertThat(oldest.encodedAudio()).isEmpty();
    assertThat(oldest.generatedMs()).isEqualTo(100);
    oldest.truncateAtMs(40);
    assertThat(oldest.generatedMs()).isEqualTo(40);
    assertThat(items.get(1).encodedAudio()).hasSize(4800);
  }

  @Test
  void releasedAudioIsReusedOnlyOnceItsResponseStoppedStreaming() {
    SampleArrays arrays = new SampleArrays();
    ConversationStore store = new ConversationStore(arrays);
    List<short[]> samples = new ArrayList<>();
    List<ConversationItem> items = new ArrayList<>();
    for (int i = 0; i < ConversationStore.AUDIO_ITEMS + 2; i++) {
      samples.add(new short[2400 + i]);
      ConversationItem item = item("a" + i);
      item.attachAudio(AudioClip.of(samples.get(i)), OutputFormat.PCM16);
      items.add(item);
    }
    items.get(0).streamingEnded();

    for (ConversationItem item : items) {
      store.add(item, null);
    }

    // a0 finished streaming and was released: its array is reused; a1 was released while still
    // streaming (a response nobody ended), so its array is left to the garbage collector.
    assertThat(arrays.spareCount()).isEqualTo(1);
    assertThat(arrays.borrow(2400)).isSameAs(samples.get(0));
  }

  @Test
  void itemJsonIsAFreshCopyAndChangesOnlyByReplacement() {
    ConversationItem item = item("j");
    ObjectNode copy = item.json();
    copy.put("status", "tampered");

    assertThat(item.json().path("status").asText()).isNotEqualTo("tampered");

    ObjectNode replacement = ServerJson.object();
    replacement.put("id", "j");
    replacement.put("status", "completed");
    item.replaceJson(replacement);

    assertThat(item.json()).isEqualTo(replacement).isNotSameAs(replacement);
  }
}
