#!/usr/bin/env bash
# Load test: many SIPp callers speaking to the bridge at once, with the bridge's CPU per call and
# a check that it let go of every call, port, SIP transaction and timer afterwards.
#
# Run from the repository root after `mvn -B -q -DskipTests package`:
#
#   deploy/sipp/load.sh --calls 500 --rate 20 --duration 30
#
# Options:
#   --calls N          concurrent calls (sipp -l N)                                  [10]
#   --rate R           new calls per second (sipp -r R)                              [5]
#   --duration T       seconds each call talks after the answer (sipp -d T*1000)     [10]
#   --total M          calls in all (sipp -m M)                                      [N]
#   --codec C          PCMU or PCMA                                                  [PCMU]
#   --sip-port P       the bridge's SIP port                                         [5060]
#   --rtp-ports LO-HI  the bridge's RTP port range                                   [10000-19999]
#   --sipp-port P      SIPp's own SIP port                                           [P+1]
#   --sipp-media-port P  SIPp's media base port; calls use P..P+9999                 [20000]
#   --local-ip IP      the address SIPp binds for SIP and media                      [127.0.0.1]
#   --warmup W         calls of 10 s made first, not measured, so that the JIT has  [0]
#                      compiled the hot paths (a cold JVM doubles the CPU of a short run)
#   --settle S         seconds to wait after the run for the bridge to hold nothing  [50]
#   --capture S        record the bridge's outgoing RTP for S seconds once every call is up
#                      (dumpcap, on the wire) and print each stream's send-interval deviation
#                      from 20 ms: an outside view of the pacing in the steady state  [0: off]
#   --external-pid PID --target HOST:PORT
#                      measure a bridge that is already running: no start, no stop, no status
#   -- ARGS...         further arguments for the bridge (e.g. --config FILE)
#
# Output goes to the terminal and to target/load/<timestamp>/ (bridge.log, sipp files, report.txt).
# Exit status: 0 when every call succeeded and the bridge holds nothing afterwards; 1 otherwise;
# 2 for a bad command line or a missing tool.
#
# The settle wait: over UDP the bridge's SIP transactions outlive their call by 64*T1 = 32 s
# (RFC 3261 timers J and L) and the status line comes every 10 s, so the bridge reads idle up to
# ~42 s after the last call ended. Only then is it stopped.
set -euo pipefail

calls=10 rate=5 duration=10 total= codec=PCMU sip_port=5060 rtp_ports=10000-19999
sipp_port= media_port=20000 local_ip=127.0.0.1 settle=50 warmup=0 external_pid= target=
capture=0
bridge_args=()

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
  exit "$1"
}
die() { echo "load.sh: $*" >&2; exit 2; }
need_int() { [[ "$2" =~ ^[1-9][0-9]*$ ]] || die "$1 needs a positive integer, got '$2'"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --calls) calls=$2; shift 2 ;;
    --rate) rate=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --total) total=$2; shift 2 ;;
    --codec) codec=$2; shift 2 ;;
    --sip-port) sip_port=$2; shift 2 ;;
    --rtp-ports) rtp_ports=$2; shift 2 ;;
    --sipp-port) sipp_port=$2; shift 2 ;;
    --sipp-media-port) media_port=$2; shift 2 ;;
    --local-ip) local_ip=$2; shift 2 ;;
    --settle) settle=$2; shift 2 ;;
    --capture) capture=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --external-pid) external_pid=$2; shift 2 ;;
    --target) target=$2; shift 2 ;;
    --) shift; bridge_args=("$@"); break ;;
    -h|--help) usage 0 ;;
    *) echo "load.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

total=${total:-$calls}
sipp_port=${sipp_port:-$((sip_port + 1))}
for v in calls:$calls duration:$duration total:$total sip-port:$sip_port sipp-port:$sipp_port \
    sipp-media-port:$media_port settle:$settle; do
  need_int "--${v%%:*}" "${v#*:}"
done
[[ "$warmup" =~ ^[0-9]+$ ]] || die "--warmup needs a number of calls"
[[ "$capture" =~ ^[0-9]+$ ]] || die "--capture needs a number of seconds"
[[ "$rate" =~ ^[0-9]+(\.[0-9]+)?$ ]] && [ "$rate" != 0 ] || die "--rate needs a positive number"
case "$codec" in
  PCMU) pt=0 law=pcmu ;;
  PCMA) pt=8 law=pcma ;;
  *) die "--codec is PCMU or PCMA" ;;
esac
[[ "$rtp_ports" =~ ^([0-9]+)-([0-9]+)$ ]] || die "--rtp-ports is LO-HI"
rtp_lo=${BASH_REMATCH[1]} rtp_hi=${BASH_REMATCH[2]}
# sipp 3.6.1 gives call n the media port P + (4*(n-1)) % 10000.
if [ "$rtp_lo" -lt $((media_port + 10000)) ] && [ "$rtp_hi" -ge "$media_port" ]; then
  die "--rtp-ports $rtp_ports overlaps SIPp's media ports $media_port-$((media_port + 9999))"
fi
if [ -n "$external_pid" ] || [ -n "$target" ]; then
  [ -n "$external_pid" ] && [ -n "$target" ] || die "--external-pid and --target go together"
  [ -r "/proc/$external_pid/stat" ] || die "no process $external_pid"
fi

for tool in sipp awk getconf; do
  command -v "$tool" >/dev/null || die "$tool not found (sipp: apt-get install sip-tester)"
done
if [ "$capture" -gt 0 ]; then
  for tool in dumpcap tshark sort; do
    command -v "$tool" >/dev/null || die "--capture needs $tool (apt-get install tshark)"
  done
fi

root=$(pwd)
sipp_dir="$root/deploy/sipp"
jar="$root/bridge/target/voicebridge.jar"
[ -f "$sipp_dir/scenarios/uac-speech.xml" ] || die "run from the repository root"
if [ -z "$external_pid" ]; then
  [ -f "$jar" ] || die "$jar missing: run mvn -B -q -DskipTests package first"
  command -v java >/dev/null || die "java not found"
fi

# The shortest pcap that covers the call, so the caller talks until it hangs up.
pcap= pcap_secs=0
for f in "$sipp_dir"/pcap/speech-"$law".pcap "$sipp_dir"/pcap/speech-"$law"-*s.pcap; do
  [ -f "$f" ] || continue
  if [[ "$f" =~ -([0-9]+)s\.pcap$ ]]; then secs=${BASH_REMATCH[1]}; else secs=18; fi
  if [ -z "$pcap" ] || { [ "$pcap_secs" -lt "$duration" ] && [ "$secs" -gt "$pcap_secs" ]; } \
      || { [ "$secs" -ge "$duration" ] && [ "$secs" -lt "$pcap_secs" ]; }; then
    pcap=$f pcap_secs=$secs
  fi
done
[ -n "$pcap" ] || die "no pcap for $codec in $sipp_dir/pcap"

run_dir="$root/target/load/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$run_dir"
report="$run_dir/report.txt"
say() { echo "$*" | tee -a "$report"; }

# Sockets: the bridge holds an RTP channel and two WebSocket ends (client and local server) per
# call; SIPp a media socket or two per call.
want_fds=$((calls * 8 + 1024))
hard_fds=$(ulimit -Hn)
if [ "$hard_fds" != unlimited ] && [ "$hard_fds" -lt "$want_fds" ]; then
  echo "load.sh: warning: open-file hard limit $hard_fds < $want_fds wanted" >&2
  want_fds=$hard_fds
fi
[ "$(ulimit -Sn)" != unlimited ] && [ "$(ulimit -Sn)" -lt "$want_fds" ] && ulimit -n "$want_fds"

bridge_pid= sipp_pid= sink_pid= capture_pid=
cleanup() {
  [ -n "$sipp_pid" ] && kill "$sipp_pid" 2>/dev/null || true
  [ -n "$sink_pid" ] && kill "$sink_pid" 2>/dev/null || true
  [ -n "$capture_pid" ] && kill "$capture_pid" 2>/dev/null || true
  if [ -n "$bridge_pid" ] && kill -0 "$bridge_pid" 2>/dev/null; then
    kill -TERM "$bridge_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# SIPp offers call n the media port base + 4(n-1) (mod 10000) but never binds it, so every RTP
# packet the bridge sends back would draw an ICMP "port unreachable" whose kernel work, on
# loopback, is charged to the bridge. A sink binds those ports (and reads nothing), as a phone
# would have them open.
sink_pid=
start_sink() {
  local ports=$(( (total + warmup) > 2500 ? 2500 : total + warmup ))
  # The base port itself (and base + 2) are SIPp's own media sockets.
  java "$sipp_dir/RtpSink.java" "$local_ip" $((media_port + 4)) "$ports" 4 \
    > "$run_dir/rtp-sink.log" 2>&1 &
  sink_pid=$!
  for _ in $(seq 1 100); do
    grep -q 'RtpSink:' "$run_dir/rtp-sink.log" 2>/dev/null && break
    sleep 0.2
  done
}

log="$run_dir/bridge.log"
if [ -z "$external_pid" ]; then
  max_calls=()
  [ "$calls" -gt 100 ] && max_calls=(--max-calls "$calls")
  cmd=(java ${JAVA_OPTS:-} -jar "$jar" --sip-port "$sip_port" --rtp-ports "$rtp_ports"
    "${max_calls[@]}" "${bridge_args[@]}")
  echo "${cmd[*]}" > "$run_dir/bridge.cmd"
  "${cmd[@]}" > "$log" 2>&1 &
  bridge_pid=$!
  # Ready once it logs that it listens (after SIP and the local server are bound).
  for _ in $(seq 1 300); do
    grep -q 'voicebridge listening' "$log" && break
    kill -0 "$bridge_pid" 2>/dev/null || { tail -20 "$log" >&2; die "the bridge exited"; }
    sleep 0.1
  done
  grep -q 'voicebridge listening' "$log" || { tail -20 "$log" >&2; die "bridge not ready in 30 s"; }
  pid=$bridge_pid
  target="127.0.0.1:$sip_port"
else
  pid=$external_pid
fi

tck=$(getconf CLK_TCK)
# utime + stime of the whole process, in ticks; the command name may hold spaces, so cut at ')'.
cpu_ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }
# CPU ticks per thread group: "bridge" (bridge-loop-*: SIP, RTP, calls, the Voice Live client),
# "local" (voicelive-local-*: the embedded stand-in for the service), "other" (GC, JIT, ...).
thread_ticks() {
  local task comm ticks b=0 l=0 o=0
  for task in /proc/"$1"/task/*; do
    comm=$(cat "$task/comm" 2>/dev/null) || continue
    ticks=$(sed 's/^.*) //' "$task/stat" 2>/dev/null | awk '{print $12 + $13}') || continue
    [ -n "$ticks" ] || continue
    case "$comm" in
      bridge-loop*) b=$((b + ticks)) ;;
      voicelive-loca*) l=$((l + ticks)) ;;
      *) o=$((o + ticks)) ;;
    esac
  done
  echo "$b $l $o"
}

# Sets sipp_cmd for a run named $1 (its files) of $2 calls, $3 at once, $4 s each.
sipp_args() {
  local ramp
  ramp=$(awk -v m="$2" -v r="$rate" 'BEGIN { printf "%d", m / r + 1 }')
  sipp_cmd=(sipp -sf "$sipp_dir/scenarios/uac-speech.xml"
    -key pt "$pt" -key codec "$codec" -key pcap "$pcap"
    -i "$local_ip" -mi "$local_ip" -p "$sipp_port" -mp "$media_port"
    -l "$3" -r "$rate" -m "$2" -d $(($4 * 1000))
    -nostdin -timeout "$((ramp + $4 + 120))s" -timeout_error
    -trace_stat -stf "$run_dir/$1-stat.csv" -fd 1
    -trace_screen -screen_file "$run_dir/$1-screen.log"
    -trace_err -error_file "$run_dir/$1-errors.log"
    "$target")
  echo "${sipp_cmd[*]}" > "$run_dir/$1.cmd"
}

# Runs sipp_cmd in the background (so that Ctrl-C reaches the trap) and sets sipp_rc.
# CPU seconds (user + system) of this script's finished children: SIPp, whose share of the
# machine explains how much is left for the bridge.
# (times must run in this shell, not in a $(...) subshell, which has no children of its own.)
children_cpu() {
  times > "$run_dir/times"
  awk 'NR == 2 {
    split($1, u, /[ms]/); split($2, k, /[ms]/)
    printf "%.2f", u[1] * 60 + u[2] + k[1] * 60 + k[2] }' "$run_dir/times"
}

run_sipp() {
  set +e
  (cd "$run_dir" && exec "${sipp_cmd[@]}") > "$run_dir/$1.out" 2>&1 &
  sipp_pid=$!
  wait "$sipp_pid"
  sipp_rc=$?
  sipp_pid=
  set -e
}

# Attempted, successful and failed calls: the last row of SIPp's statistics holds the cumulative
# counts; columns are found by name.
sipp_counts() {
  awk -F';' '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    { a = $col["TotalCallCreated"]; s = $col["SuccessfulCall(C)"]; f = $col["FailedCall(C)"] }
    END { print a + 0, s + 0, f + 0 }' "$run_dir/$1-stat.csv" 2>/dev/null || echo "0 0 0"
}

# The outside view of the pacing: the bridge's RTP as it left, once every call is up (the ramp
# takes calls/rate seconds), for `capture` seconds, but not past the first hang-ups.
capture_pid=
start_capture() {
  [ "$capture" -gt 0 ] || return 0
  local ramp=$(awk -v c="$calls" -v r="$rate" 'BEGIN { printf "%d", c / r + 2 }')
  [ $((ramp + capture)) -gt "$duration" ] && say "warning: the capture outlasts the first calls"
  (sleep "$ramp" && exec dumpcap -q -i lo -s 64 -f "udp src portrange $rtp_lo-$rtp_hi" \
    -a "duration:$capture" -w "$run_dir/rtp-out.pcapng") > "$run_dir/dumpcap.log" 2>&1 &
  capture_pid=$!
}

# Per stream (source port), |interval between two packets - 20 ms|, in ms, as percentiles.
capture_report() {
  [ -n "$capture_pid" ] || return 0
  wait "$capture_pid" 2>/dev/null || true
  capture_pid=
  if [ ! -s "$run_dir/rtp-out.pcapng" ]; then
    say "pacing on the wire:        no capture ($(tail -1 "$run_dir/dumpcap.log"))"
    return 0
  fi
  tshark -r "$run_dir/rtp-out.pcapng" -T fields -e frame.time_epoch -e udp.srcport 2>/dev/null \
    | awk '{ if ($2 in last) { d = ($1 - last[$2]) * 1000 - 20; print (d < 0 ? -d : d) }
             last[$2] = $1; n[$2] = 1 }
           END { for (p in n) s++; print s > "/dev/stderr" }' 2> "$run_dir/rtp-out.streams" \
    | sort -g > "$run_dir/rtp-out.deviation-ms"
  say "$(awk -v streams="$(cat "$run_dir/rtp-out.streams")" -v secs="$capture" '
    { v[NR] = $1 }
    function pc(q) { i = int(q * NR); if (i < 1) i = 1; return v[i] }
    END {
      if (NR == 0) { print "pacing on the wire:        no packets captured"; exit }
      printf "pacing on the wire (%d s, %d streams, %d intervals): deviation from 20 ms" \
        " p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms", secs, streams, NR,
        pc(0.5), pc(0.99), pc(0.999), v[NR]
    }' "$run_dir/rtp-out.deviation-ms")"
}

say "Load: $total calls, at most $calls at once, $rate/s, $duration s each, $codec," \
  "caller audio $(basename "$pcap") (${pcap_secs} s), bridge pid $pid, target $target"
[ "$pcap_secs" -lt "$duration" ] && say "warning: the caller is silent after ${pcap_secs} s"
say "Run directory: $run_dir"
start_sink
if [ "$warmup" -gt 0 ]; then
  sipp_args warmup "$warmup" "$((warmup < calls ? warmup : calls))" 10
  run_sipp warmup
  read -r w_attempted w_succeeded _ < <(sipp_counts warmup)
  say "warmup: $w_succeeded of $w_attempted calls successful (sipp exit code $sipp_rc)"
fi
sipp_args sipp "$total" "$calls" "$duration"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
cpu_before=$(cpu_ticks "$pid")
read -r tb_before tl_before to_before < <(thread_ticks "$pid")
t_before=$(date +%s.%N)
children_cpu > "$run_dir/cpu.before"
start_capture
run_sipp sipp
children_cpu > "$run_dir/cpu.after"
sipp_cpu_before=$(cat "$run_dir/cpu.before")
sipp_cpu_after=$(cat "$run_dir/cpu.after")
t_after=$(date +%s.%N)
cpu_after=$(cpu_ticks "$pid")
read -r tb_after tl_after to_after < <(thread_ticks "$pid")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

read -r attempted succeeded failed < <(sipp_counts sipp)

cpu_s=$(awk -v t="$((cpu_after - cpu_before))" -v hz="$tck" 'BEGIN { printf "%.2f", t / hz }')
say ""
say "sipp exit code:            $sipp_rc"
say "calls attempted:           $attempted"
say "calls successful:          $succeeded"
say "calls failed:              $failed"
say "$(awk -v s="$t_before" -v e="$t_after" 'BEGIN { printf "wall time:                 %.1f s", e - s }')"
say "bridge CPU:                $cpu_s s"
say "$(awk -v c="$cpu_s" -v n="$succeeded" -v d="$duration" 'BEGIN {
  if (n > 0) {
    printf "bridge CPU per call:       %.1f ms\n", c * 1000 / n
    printf "bridge CPU per call-second: %.2f ms", c * 1000 / (n * d)
  } else {
    printf "bridge CPU per call:       n/a (no successful call)"
  }}')"
# Threads that ended during the run are missing from the split, so its parts may sum to less.
say "$(awk -v b="$((tb_after - tb_before))" -v l="$((tl_after - tl_before))" \
  -v o="$((to_after - to_before))" -v hz="$tck" -v n="$succeeded" -v d="$duration" 'BEGIN {
  if (n > 0) {
    printf "  of which bridge loops:   %.2f s = %.2f ms per call-second\n", b / hz, b * 1000 / hz / (n * d)
    printf "  local Voice Live server: %.2f s = %.2f ms per call-second\n", l / hz, l * 1000 / hz / (n * d)
    printf "  JVM (GC, JIT, other):    %.2f s = %.2f ms per call-second", o / hz, o * 1000 / hz / (n * d)
  }}')"
say "$(awk -v a="$sipp_cpu_before" -v b="$sipp_cpu_after" -v w="$t_before" -v e="$t_after" \
  'BEGIN { printf "SIPp CPU (for comparison):  %.2f s (%.0f%% of one core)", b - a, 100 * (b - a) / (e - w) }')"
say "$(awk '/VmHWM/ { printf "bridge peak RSS:           %d MB", $2 / 1024 }' "/proc/$pid/status")"
say "load average before/after: $load_before / $load_after ($(getconf _NPROCESSORS_ONLN) CPUs)"
capture_report

status=0
[ "$sipp_rc" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$succeeded" -eq "$total" ] || status=1

# Whether a status line shows anything held; pacing and the call totals are history, not state.
held() {
  awk '{
    for (i = 1; i <= NF; i++) {
      split($i, kv, "=")
      if (kv[2] != "" && kv[1] !~ /^(pacing-|calls-ended|calls-failed)/ && kv[2] != 0) {
        held = held " " $i
      }
    }
  } END { print substr(held, 2) }'
}
last_status() { { grep -o 'Bridge status: .*' "$log" || true; } | tail -1; }
last_line_of() { { grep -n "$1" "$log" || true; } | tail -1 | cut -d: -f1; }

if [ -n "$bridge_pid" ]; then
  # Settled: the newest status line comes after the last call's end line and holds nothing.
  say ""
  settled=
  for _ in $(seq 1 "$settle"); do
    last_end=$(last_line_of ' ended: ')
    last_line=$(last_line_of 'Bridge status: ')
    if [ -n "$last_line" ] && [ "${last_line:-0}" -gt "${last_end:-0}" ] \
        && [ -z "$(last_status | held)" ]; then
      settled=yes
      break
    fi
    sleep 1
  done
  if [ -n "$settled" ]; then
    say "settled:                   nothing held"
  else
    say "settled:                   NO, after $settle s still: $(last_status | held)"
    status=1
  fi

  kill -TERM "$bridge_pid"
  for _ in $(seq 1 200); do kill -0 "$bridge_pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$bridge_pid" 2>/dev/null; then
    say "the bridge did not stop in 20 s after SIGTERM; killed"
    kill -KILL "$bridge_pid" || true
    status=1
  fi
  wait "$bridge_pid" 2>/dev/null || true
  bridge_pid=

  final=$(last_status)
  say ""
  say "final ${final:-Bridge status: none logged}"
  held_final=$(echo "$final" | held)
  if [ -z "$final" ] || [ -n "$held_final" ]; then
    say "still held after stop:     ${held_final:-unknown}"
    status=1
  fi
  ended=$(grep -c ' ended: ' "$log" || true)
  say "per-call end lines:        $ended$([ "$warmup" -gt 0 ] && echo " (with $warmup warmup calls)")"
  { grep -o ' ended: [A-Z_]*\( (unanswered)\)\{0,1\}' "$log" || true; } | sed 's/^ ended: //' | sort | uniq -c \
    | awk '{ n = $1; $1 = ""; printf "  %-28s %d\n", substr($0, 2), n }' | tee -a "$report"
  awk '/ ended: / && match($0, /\(([0-9]+) lost\)/) {
      lost += substr($0, RSTART + 1, RLENGTH - 7); n++ }
    END { if (n) printf "packets lost from callers: %d\n", lost }' "$log" | tee -a "$report"
  # Audio delivered: each answered call's RTP to the caller and frames to the model against what a 20 ms
  # clock gives over its life. A bridge that cannot keep up drops ticks and falls short here,
  # while SIPp still counts the call as successful.
  media=$(grep ' ended: ' "$log" | tail -n "$total" | grep -v '(unanswered)' | awk '
    { ms = 0; sent = -1; up = -1
      for (i = 1; i < NF; i++) {
        if ($i == "after") ms = $(i + 1)
        if ($(i + 1) == "packets" && $(i + 2) == "to" && $(i + 3) == "caller,") sent = $i
        if ($(i + 1) == "frames" && $(i + 2) == "to" && $(i + 3) == "model,") up = $i
      }
      if (ms > 0 && sent >= 0 && up >= 0) {
        r = sent * 20 / ms; q = up * 20 / ms; n++; rs += r; qs += q
        if (n == 1 || r < rmin) rmin = r
        if (n == 1 || q < qmin) qmin = q
      } }
    END { if (n) printf "%.1f %.1f %.1f %.1f", 100 * rs / n, 100 * rmin, 100 * qs / n, 100 * qmin }')
  if [ -n "$media" ]; then
    read -r to_caller to_caller_min to_model to_model_min <<< "$media"
    say "audio delivered per call:  to the caller $to_caller% of 20 ms frames (worst call" \
      "$to_caller_min%), to the model $to_model% (worst $to_model_min%)"
    if awk -v a="$to_caller" -v b="$to_model" 'BEGIN { exit !(a < 98 || b < 98) }'; then
      say "the bridge fell behind: audio frames were dropped (see pacing-dropped-ticks)"
      status=1
    fi
  fi
  grep -q ' WARN \| ERROR ' "$log" && say "warnings/errors in the log: $(grep -c ' WARN \| ERROR ' "$log")"
fi

say ""
say "result: $([ "$status" -eq 0 ] && echo PASS || echo FAIL)"
exit "$status"
