package dev.voicebridge.bridge.sip;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the SIP layer holds at one moment, for the bridge's leak report: with no call in progress
 * and every transaction timed out, all three are zero.
 *
 * @param transactions client and server transactions not yet terminated
 * @param dialogs dialogs being set up or established
 * @param timers SIP timers scheduled and neither fired nor cancelled
 */
public record SipLiveCounts(
    @JsonProperty("transactions") int transactions,
    @JsonProperty("dialogs") int dialogs,
    @JsonProperty("timers") int timers) {

  /** Whether nothing is held. */
  @JsonIgnore
  public boolean isIdle() {
    return transactions == 0 && dialogs == 0 && timers == 0;
  }
}
