package dev.voicebridge.bridge.sip.transport;

import dev.voicebridge.bridge.sip.message.InboundSipMessage;

/** Where the transport layer delivers every message it received and stamped. */
@FunctionalInterface
public interface SipMessageSink {
  /**
   * Takes a message; called on the event loop of the channel it arrived on and must not block.
   *
   * @param message the message, its Via already stamped with received/rport
   * @param flow the flow it arrived on, for a request also the way back for its responses
   */
  void receive(InboundSipMessage message, SipFlow flow);
}
