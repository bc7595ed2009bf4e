package dev.voicebridge.protocol.server;

/**
 * Answers each user turn with the caller's own audio from that turn (from the start of speech,
 * prefix padding included, to the end of the turn), at the output rate; greets with {@link
 * GreetingTone} when there is no turn to answer.
 */
final class EchoAgent implements Agent {
  /** The placeholder transcript of an echo: the server does no speech recognition. */
  static final String TRANSCRIPT = "[echo]";

  @Override
  public Reply reply(short[] userAudio, int userRate, int outputRate) {
    if (userAudio == null) {
      return GreetingTone.chime(outputRate);
    }
    return new Reply(AudioConversions.resample(userAudio, userRate, outputRate), TRANSCRIPT);
  }
}
