#!/usr/bin/env bash
# Regenerates the caller-speech pcaps for SIPp's play_pcap_audio: synthetic speech as 20 ms G.711
# RTP packets (PT 0 / PT 8).
#
#   ./make-speech-pcap.sh            pcap/speech-pcmu.pcap, pcap/speech-pcma.pcap (18.58 s)
#   ./make-speech-pcap.sh SECONDS    pcap/speech-pcmu-<SECONDS>s.pcap, ...-pcma-... (exactly SECONDS)
#
# The timeline is built for the echo agent of the local Voice Live server, so that one call
# exercises a full turn and a barge-in:
#   0.5 s silence, utterance A, 3.0 s silence (the assistant answers), utterance B,
#   0.9 s silence (the assistant starts answering), utterance C (barges in), 3.0 s silence.
# With SECONDS, more turns follow (a further utterance, then 3.0 s for the answer, repeated) and
# the audio is cut at SECONDS, so that a call of up to SECONDS carries
# caller audio throughout (deploy/sipp/load.sh picks the shortest pcap covering its calls).
# sox runs with -R (fixed dither seed), so the output is the same on every run.
# Needs: espeak-ng, sox, python3 (apt-get install -y espeak-ng sox python3). Not needed by CI:
# the generated pcaps are committed.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-}
if [ -n "$seconds" ] && ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 [SECONDS]" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

say() { espeak-ng -v en-us -s 150 -w "$work/$1.wav" "$2"; sox -R "$work/$1.wav" -r 8000 -c 1 -b 16 -e signed "$work/$1.raw" norm -6; }
gap() { sox -R -n -r 8000 -c 1 -b 16 -e signed "$work/$1.raw" trim 0 "$2"; }

gap s0 0.5
say a "Hello, I would like to check the balance of my account, please."
gap s1 3.0
say b "And what was the last payment I made?"
gap s2 0.9
say c "Sorry, wait, stop. Let me ask something else."
gap s3 3.0
cat "$work"/s0.raw "$work"/a.raw "$work"/s1.raw "$work"/b.raw "$work"/s2.raw "$work"/c.raw "$work"/s3.raw > "$work/speech.s16"
suffix=
if [ -n "$seconds" ]; then
  suffix=-${seconds}s
  more=(
    "Could you also tell me when my card expires?"
    "Thank you. One more thing: can I change my address online?"
    "And how long does a transfer to another bank take?"
    "Great, that is all for today. Thank you, goodbye."
  )
  want=$((seconds * 16000)) # bytes of 8 kHz s16
  i=0
  while [ "$(stat -c %s "$work/speech.s16")" -lt "$want" ]; do
    say "more$i" "${more[$((i % ${#more[@]}))]}"
    cat "$work/more$i.raw" "$work/s1.raw" >> "$work/speech.s16"
    i=$((i + 1))
  done
  head -c "$want" "$work/speech.s16" > "$work/speech.cut" && mv "$work/speech.cut" "$work/speech.s16"
fi

for law in pcmu pcma; do
  enc=$([ "$law" = pcmu ] && echo mu-law || echo a-law)
  sox -R -t raw -r 8000 -c 1 -b 16 -e signed "$work/speech.s16" -t raw -e "$enc" -b 8 "$work/speech.$law"
  pt=$([ "$law" = pcmu ] && echo 0 || echo 8)
  python3 - "$work/speech.$law" "pcap/speech-$law$suffix.pcap" "$pt" <<'PY'
import struct, sys
payload = open(sys.argv[1], 'rb').read()
out, pt = sys.argv[2], int(sys.argv[3])
frame = 160
def csum(b):
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff); s += s >> 16
    return ~s & 0xffff
with open(out, 'wb') as f:
    f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))  # classic pcap, Ethernet
    seq, ts, ssrc = 1000, 8000, 0x5eed5eed
    for i in range(0, len(payload) - frame + 1, frame):
        rtp = struct.pack('!BBHII', 0x80, pt | (0x80 if i == 0 else 0), seq, ts, ssrc) + payload[i:i + frame]
        udp_len = 8 + len(rtp)
        ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + udp_len, seq & 0xffff, 0, 64, 17, 0,
                         bytes([127, 0, 0, 1]), bytes([127, 0, 0, 1]))
        ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
        udp = struct.pack('!HHHH', 6000, 6000, udp_len, 0)
        eth = b'\x00' * 12 + b'\x08\x00'
        pkt = eth + ip + udp + rtp
        t = i // frame * 20000  # microseconds
        f.write(struct.pack('<IIII', t // 1000000, t % 1000000, len(pkt), len(pkt)))
        f.write(pkt)
        seq, ts = (seq + 1) & 0xffff, ts + frame
PY
done
ls -l pcap/
