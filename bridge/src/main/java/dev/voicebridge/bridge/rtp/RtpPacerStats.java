package dev.voicebridge.bridge.rtp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A snapshot of one {@link RtpPacer}: how regularly its streams were served. The deviation is
 * {@code |actual interval between two sends of a stream - period|}, over every stream of the loop.
 *
 * @param streams streams registered now
 * @param ticks ticks executed
 * @param catchUpTicks ticks executed a full period or more after their deadline
 * @param skippedTicks ticks dropped because the pacer fell more than {@code maxLagTicks} behind
 * @param deviationP50Micros median send-interval deviation, microseconds
 * @param deviationP99Micros 99th percentile, microseconds
 * @param deviationMaxMicros maximum, microseconds
 */
public record RtpPacerStats(
    int streams,
    long ticks,
    long catchUpTicks,
    long skippedTicks,
    long deviationP50Micros,
    long deviationP99Micros,
    long deviationMaxMicros) {

  /** The fields under their snake_case JSON names, in declaration order. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("streams", streams);
    map.put("ticks", ticks);
    map.put("catch_up_ticks", catchUpTicks);
    map.put("skipped_ticks", skippedTicks);
    map.put("send_interval_deviation_p50_us", deviationP50Micros);
    map.put("send_interval_deviation_p99_us", deviationP99Micros);
    map.put("send_interval_deviation_max_us", deviationMaxMicros);
    return map;
  }
}
