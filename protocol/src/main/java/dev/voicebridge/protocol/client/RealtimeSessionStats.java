package dev.voicebridge.protocol.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A snapshot of one session's counters.
 *
 * @param audioFramesSent {@code input_audio_buffer.append} frames written
 * @param audioFramesDropped append frames dropped under back-pressure
 * @param backpressureEpisodes how many times the send queue went over its soft limit
 * @param eventsSent other client events written
 * @param eventsReceived server events delivered to the listener
 * @param unknownEvents delivered events of a type this model does not know
 * @param malformedFrames text frames that were not a valid event, skipped
 * @param binaryFramesIgnored binary frames, which Voice Live does not use, skipped
 */
public record RealtimeSessionStats(
    @JsonProperty("audio_frames_sent") long audioFramesSent,
    @JsonProperty("audio_frames_dropped") long audioFramesDropped,
    @JsonProperty("backpressure_episodes") long backpressureEpisodes,
    @JsonProperty("events_sent") long eventsSent,
    @JsonProperty("events_received") long eventsReceived,
    @JsonProperty("unknown_events") long unknownEvents,
    @JsonProperty("malformed_frames") long malformedFrames,
    @JsonProperty("binary_frames_ignored") long binaryFramesIgnored) {}
