package dev.voicebridge.protocol.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A session's conversation: items in order, found by id. Confined to the session's event loop.
 *
 * <p>The server never reads the conversation back to answer (the agent sees only the last user
 * turn), so at most {@value #MAX_ITEMS} items are kept and the oldest go first, and only the last
 * {@value #AUDIO_ITEMS} assistant items keep their audio samples (older ones keep its length, for
 * truncation): a session of many turns cannot grow without bound.
 */
final class ConversationStore {
  static final int MAX_ITEMS = 500;
  /**
   * Assistant items that keep their samples: the one playing and the one before, which is what a
   * client truncates. More kept 0.8 MB per session under load for nothing.
   */
  static final int AUDIO_ITEMS = 2;

  private final SampleArrays arrays;
  private final ArrayDeque<ConversationItem> withAudio = new ArrayDeque<>();
  private final List<ConversationItem> items = new ArrayList<>();
  private final Map<String, ConversationItem> byId = new HashMap<>();

  /**
   * @param arrays where the arrays of released audio go for reuse
   */
  ConversationStore(SampleArrays arrays) {
    this.arrays = arrays;
  }

  /** The last item's id, or null when the conversation is empty. */
  String lastId() {
    return items.isEmpty() ? null : items.get(items.size() - 1).id();
  }

  boolean contains(String id) {
    return byId.containsKey(id);
  }

  ConversationItem get(String id) {
    return byId.get(id);
  }

  /**
   * Adds an item after another one, or at the end.
   *
   * @param previousId the item to insert after, or null to append
   * @return the id of the item now before the new one, or null if it is first
   */
  String add(ConversationItem item, String previousId) {
    int index = items.size();
    if (previousId != null) {
      index = items.indexOf(byId.get(previousId)) + 1;
    }
    items.add(index, item);
    byId.put(item.id(), item);
    if (item.isAssistantAudio()) {
      withAudio.addLast(item);
      if (withAudio.size() > AUDIO_ITEMS) {
        short[] reusable = withAudio.removeFirst().releaseAudio();
        if (reusable != null) {
          arrays.giveBack(reusable);
        }
      }
    }
    if (items.size() > MAX_ITEMS) {
      byId.remove(items.remove(0).id());
      index--;
    }
    return index == 0 ? null : items.get(index - 1).id();
  }

  /** Removes an item; returns false if there was none with this id. */
  boolean delete(String id) {
    ConversationItem item = byId.remove(id);
    return item != null && items.remove(item);
  }

  int size() {
    return items.size();
  }
}
