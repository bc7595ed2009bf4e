#!/usr/bin/env bash
# Times the call path's resampling round trip (8 kHz -> 24 kHz -> 8 kHz, with G.711) against sox
# at its default quality on the same hour of audio, and prints the CPU time of each and the ratio.
# Needs sox (apt-get install -y sox) and the benchmarks jar:
#   mvn -B -q -Pbench -DskipTests package && bash bench/sox-compare.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
secs=${SECONDS_OF_AUDIO:-3600}

# An hour of speech-band noise with a wandering tone: busy in every band, like speech.
sox -n -r 8000 -c 1 -b 16 -e signed "$work/hour.raw" synth "$secs" pinknoise sine 300-3000 \
  remix - gain -n -6 2>/dev/null
sox -t raw -r 8000 -c 1 -b 16 -e signed "$work/hour.raw" -t raw -e mu-law -b 8 "$work/hour.ulaw"
sox -t raw -r 8000 -c 1 -e mu-law -b 8 "$work/hour.ulaw" -t raw -b 16 -e signed "$work/hour16.raw"

cpu() { /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{print $1 + $2}'; }
up=$(cpu sox -t raw -r 8000 -c 1 -b 16 -e signed "$work/hour16.raw" -r 24000 "$work/up.raw")
down=$(cpu sox -t raw -r 24000 -c 1 -b 16 -e signed "$work/up.raw" -r 8000 -e mu-law -b 8 -t raw "$work/down.ulaw")
sox_total=$(awk -v a="$up" -v b="$down" 'BEGIN { print a + b }')
echo "sox (default quality) 8k->24k: ${up} s CPU, 24k->8k + mu-law: ${down} s CPU, total ${sox_total} s"

line=$(java -cp bench/target/benchmarks.jar dev.voicebridge.bench.HourRoundTrip "$work/hour.ulaw" 24000)
echo "voicebridge $line"
ours=$(echo "$line" | sed -E 's/.*: ([0-9.]+) s CPU.*/\1/')
awk -v s="$sox_total" -v o="$ours" 'BEGIN { printf "sox / voicebridge CPU ratio: %.1fx\n", s / o }'
