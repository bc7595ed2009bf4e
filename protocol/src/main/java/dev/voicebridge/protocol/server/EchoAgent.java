package dev.voicebridge.protocol.server;

import java.util.Arrays;

/**
 * Answers each user turn with the caller's own audio from that turn (from the start of speech,
 * prefix padding included, to the end of the turn), at the output rate; greets with {@link
 * GreetingTone} when there is no turn to answer.
 */
final class EchoAgent implements Agent {
  /** The placeholder transcript of an echo: the server does no speech recognition. */
  static final String TRANSCRIPT = "[echo]";

  @Override
  public Reply reply(AudioClip userAudio, int userRate, int outputRate) {
    if (userAudio == null) {
      return GreetingTone.chime(outputRate);
    }
    if (userRate == outputRate) {
      return new Reply(userAudio, TRANSCRIPT);
    }
    short[] whole = Arrays.copyOf(userAudio.samples(), userAudio.length());
    return new Reply(
        AudioClip.of(AudioConversions.resample(whole, userRate, outputRate)), TRANSCRIPT);
  }
}
