/**
 * The UAS core and dialogs (RFC 3261 §8.2, §12 to §15): {@link
 * dev.voicebridge.bridge.sip.dialog.UserAgentCore} routes new server transactions by method
 * (INVITE, BYE, INFO, OPTIONS; 405 for the rest, 481 for unknown dialogs, 420 for required
 * extensions, 503 at capacity), and one {@code ServerDialog} per inbound call carries it from the
 * INVITE through 1xx/2xx (2xx retransmitted until the ACK, §13.3.1.4), re-INVITEs and INFO, to a
 * BYE from either side, a CANCEL (§9.2), or a timeout.
 *
 * <p>Every dialog is confined to its Call-ID's event loop and freed by one {@code terminate}
 * whatever ended it.
 */
package dev.voicebridge.bridge.sip.dialog;
