#!/usr/bin/env bash
# Measures barge-in on a real call: starts the bridge (local Voice Live server on a fixed port),
# captures loopback with tshark while SIPp plays the speech pcap (which talks over the echo
# agent's answers), then reports for each speech_started the first RTP packet to the caller after
# it (silence or model audio), and for each conversation.item.truncate its audio_end_ms against
# the model audio the caller was actually sent.
# Needs: a built bridge (mvn -B -q -DskipTests package), sipp, tshark, python3. Run from the repo root.
set -euo pipefail
ROOT=$(pwd)
OUT=${OUT:-$ROOT/target/bargein}
WS_PORT=${WS_PORT:-8799}
SIP_PORT=${SIP_PORT:-5090}
RTP_LO=${RTP_LO:-30000}
RTP_HI=${RTP_HI:-30100}
mkdir -p "$OUT"
printf 'local-server:\n  port: %s\n' "$WS_PORT" > "$OUT/bridge.yaml"
java -jar bridge/target/voicebridge.jar --config "$OUT/bridge.yaml" --sip-port "$SIP_PORT" \
  --rtp-ports "$RTP_LO-$RTP_HI" > "$OUT/bridge.log" 2>&1 &
BRIDGE=$!
tshark -q -i lo -f "tcp port $WS_PORT or udp portrange $RTP_LO-$RTP_HI" -w "$OUT/call.pcapng" \
  > "$OUT/tshark.log" 2>&1 &
TSHARK=$!
trap 'kill $TSHARK $BRIDGE 2>/dev/null || true' EXIT
sleep 4
(cd deploy/sipp && sipp "127.0.0.1:$SIP_PORT" -sf scenarios/uac-speech.xml -key pt 0 -key codec PCMU \
  -key pcap "$PWD/pcap/speech-pcmu.pcap" -i 127.0.0.1 -p 6210 -mp 6300 -m 1 -d 20000 -nostdin \
  -timeout 40s -timeout_error > "$OUT/sipp.log" 2>&1)
sleep 1
kill $TSHARK; wait $TSHARK 2>/dev/null || true
tshark -r "$OUT/call.pcapng" -Y udp -T fields -e frame.time_epoch -e udp.srcport -e data \
  > "$OUT/rtp.tsv" 2>/dev/null
tshark -r "$OUT/call.pcapng" -d "tcp.port==$WS_PORT,http" -Y websocket -T fields \
  -e frame.time_epoch -e text > "$OUT/ws.tsv" 2>/dev/null
python3 - "$OUT" "$RTP_LO" "$RTP_HI" <<'PY'
import re, sys
out, lo, hi = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rtp = []  # (time, loud) of the bridge's packets to the caller
for line in open(f"{out}/rtp.tsv"):
    f = line.rstrip("\n").split("\t")
    if len(f) < 3 or not f[2] or not lo <= int(f[1]) <= hi:
        continue
    payload = bytes.fromhex(f[2])[12:]
    rtp.append((float(f[0]), any((~b & 0x7F) > 0x30 for b in payload)))  # mu-law magnitude
first_delta = {}
for line in open(f"{out}/ws.tsv"):
    t = float(line.split("\t")[0])
    # tshark shortens long frames, so events are cut at the next one's start, not parsed.
    for ev in re.split(r"(?=\{\"type\":\")", line)[1:]:
        kind = re.match(r"\{\"type\":\"([a-z_.]+)\"", ev).group(1)
        item = re.search(r"\"item_id\":\"([^\"]+)\"", ev)
        if kind == "response.audio.delta" and item:
            first_delta.setdefault(item.group(1), t)
        elif kind == "input_audio_buffer.speech_started":
            before = [p for p in rtp if p[0] < t][-5:]
            after = [p for p in rtp if p[0] >= t]
            loud_after = next((p for p in after[:5] if p[1]), None)
            print(f"speech_started: model audio in the 5 packets before: {sum(p[1] for p in before)}; "
                  f"next packet {1000 * (after[0][0] - t):.2f} ms later, "
                  f"{'model audio' if after[0][1] else 'silence'}; "
                  f"model audio after it: {'yes' if loud_after else 'none'}")
        elif kind == "conversation.item.truncate" and item:
            end = int(re.search(r"\"audio_end_ms\":(\d+)", ev).group(1))
            t0 = first_delta.get(item.group(1))
            sent = sum(1 for p in rtp if t0 is not None and t0 < p[0] <= t)
            print(f"truncate: audio_end_ms {end}, model audio sent for the item {sent * 20} ms "
                  f"(difference {end - sent * 20} ms)")
PY
grep "ended:" "$OUT/bridge.log" || true
