package dev.voicebridge.bridge.rtp;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;

/**
 * The adaptive jitter buffer for the caller's audio: packets are offered as they arrive, and the
 * call's 20 ms clock pulls one frame per period with {@link #poll}.
 *
 * <p><b>Layout.</b> A ring of preallocated {@code byte[frameBytes]} slots indexed by frame number,
 * the RTP timestamp (extended past its 32-bit wrap) divided by the frame's samples. Keying on the
 * timestamp rather than the sequence number places frames correctly across DTX gaps, and placing
 * each payload octet by its timestamp spreads packets of another duration (a peer ignoring our
 * ptime: 30, 40 or 60 ms) over consecutive slots; a frame whose octets have not all arrived when
 * played has silence in the gap. The payload is copied into its slot, so the caller releases the
 * datagram at once. Nothing is allocated per packet.
 *
 * <p><b>Playout.</b> Frame {@code n} is played {@code depth} frame periods after its talkspurt's
 * first packet arrived. The anchor is set when a packet arrives while nothing is buffered and
 * either carries the marker bit (RFC 3551 §4.1: a talkspurt starts; the moment to change the delay
 * without a glitch), lies before the play position (the network delay grew: resynchronise later) or
 * too far after it (the timestamp jumped). A packet whose frame was already played is late and
 * dropped; a packet of a new SSRC resets the buffer.
 *
 * <p><b>Adaptation.</b> At each anchor the delay is set by {@link PlayoutDelay}: four times the RFC
 * 3550 A.8 interarrival jitter plus an allowance for recent late packets, within [{@code
 * minDepthMs}, {@code maxDepthMs}]. A continuous stream without talkspurts adapts only when it runs
 * dry and comes back late.
 *
 * <p><b>Concealment.</b> A missing frame with later frames buffered is loss: the last frame is
 * repeated, passed through the attenuation table once more each time (G.711: about -6 dB, then -12
 * dB), for {@code concealmentRepeats} frames, then the law's silence octet fills the frame. A
 * missing frame with nothing buffered is not concealed but reported {@link Playout#NONE}: the
 * caller may simply have stopped talking (DTX).
 *
 * <p>Single-threaded: the call's event loop offers and polls.
 */
public final class JitterBuffer {
  private static final long EMPTY = Long.MIN_VALUE;

  private final RtpAudioFormat format;
  private final int frameBytes;
  private final int samplesPerFrame;
  private final int concealmentRepeats;
  private final byte[] attenuation;
  private final byte[][] slots;
  private final long[] slotFrame; // frame number held by each slot, or EMPTY
  private final int mask;
  private final byte[] lastFrame;
  private final SequenceTracker sequence = new SequenceTracker();
  private final InterarrivalJitter jitter;
  private final PlayoutDelay delay;

  private boolean started;
  private boolean needsAnchor;
  private long ssrc;
  private long baseTimestamp; // extended timestamp of frame 0
  private long highestTimestamp; // extended, newest seen
  private long playIndex; // next frame number to play
  private int buffered; // frames held at or after playIndex
  private boolean playing; // the last poll produced audio, so a gap now is loss
  private int concealedInARow;

  private long late;
  private long concealed;
  private long overflowed;
  private long ssrcChanges;

  /**
   * A buffer for one stream of the given format.
   *
   * @param format frame size, RTP clock and silence octet
   * @param config depth range and concealment
   */
  public JitterBuffer(RtpAudioFormat format, JitterBufferConfig config) {
    this.format = format;
    this.frameBytes = format.frameBytes();
    this.samplesPerFrame = format.samplesPerFrame();
    this.delay = new PlayoutDelay(format.ptimeMs(), config.minDepthMs(), config.maxDepthMs());
    this.concealmentRepeats = config.concealmentRepeats();
    this.attenuation = config.attenuation();
    // Room for the deepest delay plus as much again of early or bursty arrivals.
    int capacity = Integer.highestOneBit(2 * delay.maxFrames() + 1) << 1;
    this.slots = new byte[capacity][frameBytes];
    this.slotFrame = new long[capacity];
    this.mask = capacity - 1;
    this.lastFrame = new byte[frameBytes];
    this.jitter = new InterarrivalJitter(format.clockRate());
    Arrays.fill(slotFrame, EMPTY);
  }

  /**
   * Offers one RTP packet that {@link RtpHeaders#verdict} accepted. The payload is copied; the
   * buffer is only borrowed and stays the caller's to release.
   *
   * @param packet holds the packet
   * @param offset absolute index of the packet's first octet
   * @param length the packet's length
   * @param arrivalNanos when it arrived, on the clock the pacer uses
   */
  public void offer(ByteBuf packet, int offset, int length, long arrivalNanos) {
    long packetSsrc = RtpHeaders.ssrc(packet, offset);
    int seq = RtpHeaders.sequenceNumber(packet, offset);
    long timestamp = RtpHeaders.timestamp(packet, offset);
    if (!started || packetSsrc != ssrc) {
      if (started) {
        ssrcChanges++;
      }
      startStream(packetSsrc, seq, timestamp);
    } else {
      SequenceTracker.Order order = sequence.accept(seq);
      if (order == SequenceTracker.Order.DUPLICATE || order == SequenceTracker.Order.JUMP) {
        return;
      }
    }
    boolean marker = RtpHeaders.marker(packet, offset);
    if (marker) {
      // Senders disagree on the timestamp after DTX (jump or not); start a new transit pair so
      // the gap is not mistaken for network jitter.
      jitter.restart();
    }
    jitter.update(arrivalNanos, timestamp);

    long extended = extendTimestamp(timestamp);
    int payloadOffset = offset + RtpHeaders.headerLength(packet, offset);
    int payloadLength =
        Math.min(RtpHeaders.payloadLength(packet, offset, length), slots.length * frameBytes);
    if (payloadLength <= 0) {
      return;
    }
    // Octets are placed by timestamp, so packets of any duration fill the fixed frames: a peer
    // sending 30 ms packets against our 20 ms frames spreads each over two slots.
    long firstOctet = Math.floorDiv((extended - baseTimestamp) * frameBytes, samplesPerFrame);
    long frame = Math.floorDiv(firstOctet, frameBytes);
    long lastFrame = Math.floorDiv(firstOctet + payloadLength - 1, frameBytes);
    if (buffered == 0
        && (needsAnchor || marker || frame < playIndex || frame >= playIndex + slots.length)) {
      if (!needsAnchor && !marker) {
        if (frame < playIndex) {
          delay.noteLate(); // ran dry and the stream came back late: the delay grew
        } else {
          jitter.restart(); // a timestamp jump, not network delay
        }
      }
      needsAnchor = false;
      anchor(frame);
    } else if (lastFrame < playIndex) {
      late++;
      delay.noteLate();
      return;
    }
    if (lastFrame >= playIndex + slots.length) {
      skipTo(lastFrame + 1 - slots.length);
    }
    store(packet, payloadOffset, payloadLength, firstOctet);
  }

  private void startStream(long newSsrc, int seq, long timestamp) {
    clear();
    started = true;
    ssrc = newSsrc;
    sequence.restartAt(seq);
    jitter.reset();
    baseTimestamp = timestamp;
    highestTimestamp = timestamp;
    needsAnchor = true;
  }

  private long extendTimestamp(long timestamp) {
    long extended = highestTimestamp + (int) (timestamp - highestTimestamp);
    if (extended > highestTimestamp) {
      highestTimestamp = extended;
    }
    return extended;
  }

  private void anchor(long frame) {
    playIndex = frame - delay.adapt(jitter.jitterMillis());
    playing = false;
  }

  /** Drops buffered frames before {@code frame} to make room: the buffer overflowed. */
  private void skipTo(long frame) {
    long end = Math.min(frame, playIndex + slots.length); // nothing is held beyond the ring
    for (long f = playIndex; f < end && buffered > 0; f++) {
      int slot = (int) f & mask;
      if (slotFrame[slot] == f) {
        slotFrame[slot] = EMPTY;
        buffered--;
        overflowed++;
      }
    }
    playIndex = frame;
    playing = false;
  }

  private void store(ByteBuf packet, int payloadOffset, int payloadLength, long firstOctet) {
    long position = firstOctet;
    for (int done = 0; done < payloadLength; ) {
      long frame = Math.floorDiv(position, frameBytes);
      int at = (int) (position - frame * frameBytes);
      int n = Math.min(payloadLength - done, frameBytes - at);
      if (frame >= playIndex) { // the part of a frame already played is simply too late
        int slot = (int) frame & mask;
        if (slotFrame[slot] != frame) {
          if (n < frameBytes) {
            Arrays.fill(slots[slot], format.silence()); // until the rest arrives
          }
          slotFrame[slot] = frame;
          buffered++;
        }
        packet.getBytes(payloadOffset + done, slots[slot], at, n);
      }
      done += n;
      position += n;
    }
  }

  /**
   * Produces the next frame period's audio. Call exactly once per ptime.
   *
   * @param dst receives {@code frameBytes} octets from index 0, unless {@link Playout#NONE}
   * @return what was produced
   */
  public Playout poll(byte[] dst) {
    if (!started) {
      return Playout.NONE;
    }
    long frame = playIndex++;
    int slot = (int) frame & mask;
    if (slotFrame[slot] == frame) {
      slotFrame[slot] = EMPTY;
      buffered--;
      System.arraycopy(slots[slot], 0, dst, 0, frameBytes);
      System.arraycopy(slots[slot], 0, lastFrame, 0, frameBytes);
      playing = true;
      concealedInARow = 0;
      return Playout.FRAME;
    }
    if (playing && buffered > 0) {
      conceal(dst);
      return Playout.CONCEALED;
    }
    playing = false;
    return Playout.NONE;
  }

  private void conceal(byte[] dst) {
    concealed++;
    if (concealedInARow++ < concealmentRepeats) {
      if (attenuation != null) {
        for (int i = 0; i < frameBytes; i++) {
          lastFrame[i] = attenuation[lastFrame[i] & 0xFF];
        }
      }
      System.arraycopy(lastFrame, 0, dst, 0, frameBytes);
    } else {
      Arrays.fill(dst, 0, frameBytes, format.silence());
    }
  }

  /** Forgets the stream: the next packet starts afresh (e.g. after a re-INVITE). */
  public void reset() {
    clear();
    started = false;
  }

  private void clear() {
    Arrays.fill(slotFrame, EMPTY);
    buffered = 0;
    playing = false;
    concealedInARow = 0;
  }

  /** Frames waiting to be played. */
  public int bufferedFrames() {
    return buffered;
  }

  /** The current playout delay target in milliseconds. */
  public int depthMillis() {
    return delay.targetFrames() * format.ptimeMs();
  }

  /** The interarrival jitter estimate (RFC 3550 A.8) in milliseconds. */
  public double jitterMillis() {
    return jitter.jitterMillis();
  }

  /** Packets received, duplicates excluded. */
  public long receivedCount() {
    return sequence.received();
  }

  /** Packets lost in the network, from sequence numbers (RFC 3550 A.3). */
  public long lostCount() {
    return sequence.lost();
  }

  /** Packets dropped because their frame had already been played. */
  public long lateCount() {
    return late;
  }

  /** Packets dropped as duplicates. */
  public long duplicateCount() {
    return sequence.duplicates();
  }

  /** Packets that arrived after a newer one. */
  public long reorderedCount() {
    return sequence.reordered();
  }

  /** Frames concealed. */
  public long concealedCount() {
    return concealed;
  }

  /** Frames dropped unplayed because the buffer overflowed. */
  public long overflowCount() {
    return overflowed;
  }

  /** Times the sender's SSRC changed. */
  public long ssrcChangeCount() {
    return ssrcChanges;
  }
}
