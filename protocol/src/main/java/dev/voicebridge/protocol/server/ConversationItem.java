package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One item of a session's conversation: its JSON as the server sends it, and for assistant audio
 * the generated audio, which truncation cuts.
 */
final class ConversationItem {
  private final String id;
  /**
   * The item's JSON, serialized: a session keeps up to {@link ConversationStore#MAX_ITEMS} items
   * for its whole life, and as trees (some 25 small objects each) they were a good part of what
   * every young collection copied at 1000 sessions. One array is copied once and promoted.
   */
  private byte[] json;
  private AudioClip audio;
  private OutputFormat audioFormat;
  private int generatedSamples;
  private boolean released;
  private boolean streaming;

  ConversationItem(String id, ObjectNode json) {
    this.id = id;
    this.json = serialize(json);
  }

  String id() {
    return id;
  }

  /** The item's JSON: a fresh copy each time, which the caller may change (events carry it). */
  ObjectNode json() {
    try {
      return (ObjectNode) ServerJson.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the item's JSON (a response finishing sets its final status and content). */
  void replaceJson(ObjectNode replacement) {
    this.json = serialize(replacement);
  }

  private static byte[] serialize(ObjectNode json) {
    try {
      return ServerJson.MAPPER.writeValueAsBytes(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether this is an assistant message whose content is generated audio. */
  boolean isAssistantAudio() {
    return audioFormat != null;
  }

  /**
   * Drops the samples but keeps their count: the item can still be truncated, and is retrieved
   * without audio. The store does this to old items so a long session's memory stays bounded.
   *
   * @return the samples' array for reuse, or null when there is none or a response still streams
   *     from it
   */
  short[] releaseAudio() {
    short[] reusable = streaming || audio == null ? null : audio.samples();
    audio = null;
    released = true;
    return reusable;
  }

  /**
   * Attaches the audio a response will generate; none of it counts as generated yet. The item
   * counts as streaming until {@link #streamingEnded()}.
   */
  void attachAudio(AudioClip samples, OutputFormat format) {
    this.audio = samples;
    this.audioFormat = format;
    this.generatedSamples = 0;
    this.streaming = true;
  }

  /** The response stopped reading the samples: releasing them may hand the array on. */
  void streamingEnded() {
    streaming = false;
  }

  /** Marks audio up to a sample count as generated (sent to the client). */
  void generatedUpTo(int samples) {
    if (released) {
      return;
    }
    generatedSamples = Math.max(generatedSamples, Math.min(samples, audio.length()));
  }

  /** Milliseconds of audio generated so far. */
  long generatedMs() {
    return audioFormat == null ? 0 : (long) generatedSamples * 1000 / audioFormat.sampleRate();
  }

  /** Cuts the generated audio at a point: the caller never heard the rest. */
  void truncateAtMs(long audioEndMs) {
    generatedSamples =
        (int) Math.min(generatedSamples, audioEndMs * audioFormat.sampleRate() / 1000);
  }

  /**
   * The generated audio (after any truncation) encoded in the response's output format; empty once
   * released.
   */
  byte[] encodedAudio() {
    if (released) {
      return new byte[0];
    }
    return AudioConversions.encodeOutput(audioFormat, audio.samples(), 0, generatedSamples);
  }
}
