package dev.voicebridge.bridge.rtp;

import io.netty.buffer.ByteBuf;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The outgoing RTP stream of one call: one SSRC and continuous sequence numbers and timestamps for
 * the whole call, across model responses, silences and holds. Called once per frame period by the
 * pacer, it builds the next packet from the {@link OutboundAudioQueue}, or from the {@link
 * IdleAudioSource} when the model is quiet.
 *
 * <ul>
 *   <li>SSRC, first sequence number and first timestamp are random (RFC 3550 §5.1, §8.1). The
 *       sequence number starts below 2<sup>15</sup> so the first wrap is minutes away, which spares
 *       peers that guess an SRTP rollover counter (RFC 3711 §3.3.1) at stream start.
 *   <li>The timestamp advances by one frame's samples every period whatever is sent (audio,
 *       silence, or nothing during DTX or hold), so it keeps tracking real time; the sequence
 *       number advances only per packet sent.
 *   <li>The marker bit is set on the first packet of each talkspurt: model audio after idle frames,
 *       and any packet after a period in which nothing was sent (RFC 3551 §4.1).
 *   <li>Packets are written into the caller's buffer (the call's one datagram buffer); nothing is
 *       allocated.
 * </ul>
 *
 * <p>Single-threaded: the call's event loop.
 */
public final class RtpSender {
  private final RtpAudioFormat format;
  private final OutboundAudioQueue queue;
  private final IdleAudioSource idle;
  private final byte[] idleFrame;
  private final long ssrc;
  private int sequenceNumber;
  private long timestamp;
  private boolean sending = true;
  private boolean gap = true; // nothing sent yet: the first packet is marked
  private boolean lastWasAudio;

  private long packetsSent;
  private long payloadBytesSent;
  private long audioFramesSent;
  private long talkspurts;

  /**
   * A stream with random SSRC, sequence number and timestamp.
   *
   * @param format payload type, frame size and samples per frame
   * @param queue the model's audio
   * @param idle what to send while the queue is empty
   * @param random source of the initial values
   */
  public RtpSender(
      RtpAudioFormat format,
      OutboundAudioQueue queue,
      IdleAudioSource idle,
      RandomGenerator random) {
    this(
        format,
        queue,
        idle,
        random.nextLong() & 0xFFFF_FFFFL,
        random.nextInt(1 << 15),
        random.nextLong() & 0xFFFF_FFFFL);
  }

  /** A stream with the given initial values (tests: wraps). */
  RtpSender(
      RtpAudioFormat format,
      OutboundAudioQueue queue,
      IdleAudioSource idle,
      long ssrc,
      int firstSequenceNumber,
      long firstTimestamp) {
    this.format = Objects.requireNonNull(format, "format");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.idle = Objects.requireNonNull(idle, "idle");
    this.idleFrame = new byte[format.frameBytes()];
    this.ssrc = ssrc;
    this.sequenceNumber = firstSequenceNumber;
    this.timestamp = firstTimestamp;
  }

  /**
   * Advances one frame period and builds its packet, if any, in {@code packet}.
   *
   * @param packet where the packet is written, from its writer index; borrowed. It needs room for
   *     the 12-octet header and one frame
   * @return whether a packet was written; {@code false} if nothing is to be sent (sending
   *     disabled, or the idle source declined), and then nothing was written
   */
  public boolean nextPacket(ByteBuf packet) {
    long packetTimestamp = timestamp;
    timestamp = (timestamp + format.samplesPerFrame()) & 0xFFFF_FFFFL;
    if (!sending) {
      gap = true;
      return false;
    }
    int frameBytes = format.frameBytes();
    int start = packet.writerIndex();
    packet.writerIndex(start + RtpHeaders.FIXED_HEADER_LENGTH);
    boolean audio = queue.poll(packet) != OutboundAudioQueue.NO_TAG;
    if (!audio) {
      if (!idle.fill(idleFrame)) {
        packet.writerIndex(start);
        gap = true;
        lastWasAudio = false;
        return false;
      }
      packet.writeBytes(idleFrame, 0, frameBytes);
    }
    boolean marker = gap || (audio && !lastWasAudio);
    int end = packet.writerIndex();
    packet.writerIndex(start);
    RtpHeaders.writeHeader(
        packet, marker, format.payloadType(), sequenceNumber, packetTimestamp, ssrc);
    packet.writerIndex(end);

    sequenceNumber = (sequenceNumber + 1) & 0xFFFF;
    gap = false;
    lastWasAudio = audio;
    packetsSent++;
    payloadBytesSent += frameBytes;
    if (audio) {
      audioFramesSent++;
      if (marker) {
        talkspurts++;
      }
    }
    return true;
  }

  /**
   * Enables or disables sending: disabled while the negotiated direction forbids it (hold: {@code
   * recvonly} or {@code inactive}). The timestamp keeps advancing, queued audio waits, and the
   * first packet after re-enabling carries the marker bit.
   */
  public void setSending(boolean sending) {
    this.sending = sending;
  }

  /** Whether packets are being sent. */
  public boolean isSending() {
    return sending;
  }

  /** The stream's SSRC, 0-2<sup>32</sup>-1. */
  public long ssrc() {
    return ssrc;
  }

  /** The sequence number the next packet will carry. */
  public int nextSequenceNumber() {
    return sequenceNumber;
  }

  /** The timestamp the next frame period will carry. */
  public long nextTimestamp() {
    return timestamp;
  }

  /** Packets built so far. */
  public long packetsSent() {
    return packetsSent;
  }

  /** Payload octets sent (headers excluded, as RTCP's sender octet count, RFC 3550 §6.4.1). */
  public long payloadBytesSent() {
    return payloadBytesSent;
  }

  /** Frames of model audio sent. */
  public long audioFramesSent() {
    return audioFramesSent;
  }

  /** Model talkspurts started (packets of model audio with the marker bit). */
  public long talkspurts() {
    return talkspurts;
  }
}
