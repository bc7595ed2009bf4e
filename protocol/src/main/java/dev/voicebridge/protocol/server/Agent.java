package dev.voicebridge.protocol.server;

/**
 * What stands in for the model: turns the last user turn into the audio of a reply.
 *
 * <p>Called on the session's event loop, so it must be quick; replies are computed whole, then
 * streamed.
 */
interface Agent {
  /**
   * Produces a reply.
   *
   * @param userAudio the user turn still unanswered, or null when there is none (a greeting); the
   *     reply may be this very clip
   * @param userRate the sampling rate of {@code userAudio}
   * @param outputRate the rate the reply must have
   */
  Reply reply(AudioClip userAudio, int userRate, int outputRate);

  /**
   * An agent's reply.
   *
   * @param audio PCM16 samples at the requested rate
   * @param transcript what the audio "says", sent as the audio transcript
   */
  record Reply(AudioClip audio, String transcript) {}
}
