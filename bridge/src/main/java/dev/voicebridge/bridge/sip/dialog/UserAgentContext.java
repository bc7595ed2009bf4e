package dev.voicebridge.bridge.sip.dialog;

import dev.voicebridge.bridge.sip.SipConfig;
import dev.voicebridge.bridge.sip.SipStats;
import dev.voicebridge.bridge.sip.transaction.SipTransactionLayer;

/**
 * What the dialogs of one SIP server share.
 *
 * @param config the settings
 * @param transactions the transaction layer, for the BYEs the bridge sends
 * @param dialogs the live dialogs
 * @param admission the call capacity
 * @param nextHops where in-dialog requests go
 * @param stats the counters
 */
record UserAgentContext(
    SipConfig config,
    SipTransactionLayer transactions,
    DialogTable dialogs,
    CallAdmission admission,
    NextHopResolver nextHops,
    SipStats stats) {}
