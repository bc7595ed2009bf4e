package dev.voicebridge.bridge.rtp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A snapshot of one call's RTP counters. Octet counts are payload octets (headers excluded, as in
 * RTCP's sender octet count). {@link #toMap()} gives the snake_case JSON names.
 *
 * @param packetsIn RTP packets accepted: negotiated payload type, latched source
 * @param bytesIn their payload octets
 * @param packetsOut RTP packets sent
 * @param bytesOut their payload octets
 * @param lost packets lost in the network, from sequence numbers (RFC 3550 A.3)
 * @param late packets that arrived after their frame was played, dropped
 * @param duplicates duplicate packets, dropped
 * @param reordered packets that arrived after a newer one
 * @param concealed frames concealed in playout
 * @param overflowed frames dropped unplayed because the jitter buffer overflowed
 * @param ssrcChanges times the caller's SSRC changed
 * @param jitterMs interarrival jitter estimate (RFC 3550 A.8), milliseconds
 * @param depthMs the jitter buffer's playout delay target, milliseconds
 * @param latches times the remote address was latched (symmetric RTP)
 * @param foreign valid RTP from a source other than the latched one, dropped
 * @param unexpectedPayloadType RTP of another payload type (DTMF, comfort noise), dropped
 * @param invalid datagrams that were neither RTP nor RTCP, dropped
 * @param rtcp RTCP packets received on the RTP port
 * @param audioFramesOut frames of model audio sent
 * @param talkspurtsOut talkspurts of model audio started
 * @param framesDroppedOut model audio frames flushed (barge-in) or refused (queue full)
 * @param socketErrors packets the kernel would not send (buffer full, unreachable) and failed
 *     reads
 */
public record RtpSessionStats(
    long packetsIn,
    long bytesIn,
    long packetsOut,
    long bytesOut,
    long lost,
    long late,
    long duplicates,
    long reordered,
    long concealed,
    long overflowed,
    long ssrcChanges,
    double jitterMs,
    long depthMs,
    long latches,
    long foreign,
    long unexpectedPayloadType,
    long invalid,
    long rtcp,
    long audioFramesOut,
    long talkspurtsOut,
    long framesDroppedOut,
    long socketErrors) {

  /** The fields under their snake_case JSON names, in declaration order. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("packets_in", packetsIn);
    map.put("bytes_in", bytesIn);
    map.put("packets_out", packetsOut);
    map.put("bytes_out", bytesOut);
    map.put("lost", lost);
    map.put("late", late);
    map.put("duplicates", duplicates);
    map.put("reordered", reordered);
    map.put("concealed", concealed);
    map.put("overflowed", overflowed);
    map.put("ssrc_changes", ssrcChanges);
    map.put("jitter_ms", jitterMs);
    map.put("depth_ms", depthMs);
    map.put("latches", latches);
    map.put("foreign", foreign);
    map.put("unexpected_payload_type", unexpectedPayloadType);
    map.put("invalid", invalid);
    map.put("rtcp", rtcp);
    map.put("audio_frames_out", audioFramesOut);
    map.put("talkspurts_out", talkspurtsOut);
    map.put("frames_dropped_out", framesDroppedOut);
    map.put("socket_errors", socketErrors);
    return map;
  }
}
