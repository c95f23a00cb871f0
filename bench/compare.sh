#!/usr/bin/env bash
# Compares MqttScope's receive path with mosquitto_sub and mqtt.js on one stream of QoS 0
# messages over loopback (see README.md, "Benchmarks").
#
#   bench/compare.sh [COUNT]          COUNT messages per subscriber (default 1000000)
#
# Environment:
#   BENCH_RUNS=3                runs of each subscriber; the table shows the median rate
#   BENCH_VERSION=3.1.1         MQTT version for every subscriber (3.1.1 or 5)
#   BENCH_TOPICS=1000           distinct topics in the stream
#   MQTTSCOPE_BENCH_BUILD_DIR   Release build directory (default: build-bench/ in the repo;
#                               only mqttscope-cli, mqttscope-guibench and mqttscope-streamsource
#                               are built)
#
# Every subscriber connects to the same stream source (bench/streamsource: a fake broker that
# answers CONNECT and SUBSCRIBE, then sends a pre-encoded burst of COUNT PUBLISH packets as
# fast as the socket takes them) on 127.0.0.1, one after the other; the last one is the real
# main window (bench/gui, offscreen) with every view showing. mqtt.js (npm package
# `mqtt`, the engine inside MQTT Explorer and MQTTX) is installed into a temporary folder.
# Exits 0 after printing the table (whether or not the targets are met), 1 when a run fails.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/scripts/common.sh"

count=${1:-1000000}
runs=${BENCH_RUNS:-3}
version=${BENCH_VERSION:-3.1.1}
topics=${BENCH_TOPICS:-1000}
build=${MQTTSCOPE_BENCH_BUILD_DIR:-$root/build-bench}
[[ $count =~ ^[1-9][0-9]*$ ]] || die "COUNT must be a positive number, not '$count'"
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive number, not '$runs'"
case $version in
    3.1.1 | 311 | 4) version=3.1.1 sub_version=mqttv311 js_version=4 ;;
    5 | 5.0) version=5 sub_version=mqttv5 js_version=5 ;;
    *) die "BENCH_VERSION must be 3.1.1 or 5, not '$version'" ;;
esac

# --- What the runs need -----------------------------------------------------------------
ensure_packages "${MQTTSCOPE_PACKAGES[@]}"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    msg "node/npm are missing: installing Debian's nodejs and npm"
    ensure_packages nodejs npm
fi
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 \
    || die "node and npm are needed for the mqtt.js run (Debian: apt-get install nodejs npm)"

if [[ ! -f $build/build.ninja ]]; then
    msg "Configuring $build (Release)"
    launcher=()
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null \
        || die "CMake configuration of $build failed"
fi
msg "Building mqttscope-cli, mqttscope-guibench, mqttscope-streamsource and the counting allocator in $build"
cmake --build "$build" -j "$(build_jobs)" --target mqttscope-cli mqttscope-guibench mqttscope-streamsource mqttscope-alloccount >/dev/null \
    || die "build failed (run: cmake --build $build --target mqttscope-cli mqttscope-guibench mqttscope-streamsource mqttscope-alloccount)"
cli=$build/app/mqttscope-cli
gui=$build/bench/gui/mqttscope-guibench
source_bin=$build/bench/streamsource/mqttscope-streamsource
alloccount=$build/bench/alloccount/libmqttscope-alloccount.so
[[ -x $cli && -x $gui && -x $source_bin && -f $alloccount ]] || die "the build did not produce $cli, $gui, $source_bin and $alloccount"
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")
[[ $build_type == Release ]] || warn "$build is a $build_type build, not Release: figures are not comparable"

work=$(mktemp -d "${TMPDIR:-/tmp}/mqttscope-bench.XXXXXX")
source_pid=
cleanup() {
    if [[ -n $source_pid ]]; then
        kill "$source_pid" 2>/dev/null || true
        wait "$source_pid" 2>/dev/null || true # its exit status (SIGTERM) is not ours
    fi
    rm -rf "$work"
}
trap cleanup EXIT

msg "Installing mqtt.js (npm package mqtt@5) into $work/mqttjs"
mkdir -p "$work/mqttjs"
cp "$root/bench/mqttjs/count.js" "$work/mqttjs/"
(cd "$work/mqttjs" && npm install --silent --no-audit --no-fund --prefer-offline mqtt@5 >"$work/npm.log" 2>&1) \
    || { cat "$work/npm.log" >&2; die "npm install mqtt@5 failed (it needs the npm registry or a filled npm cache)"; }

# --- The stream ----------------------------------------------------------------------------
msg "Encoding $count messages on $topics topics"
"$source_bin" --port 0 --count "$count" --topics "$topics" >"$work/source.port" 2>"$work/source.err" &
source_pid=$!
port=
for _ in $(seq 1 600); do
    port=$(head -n1 "$work/source.port" 2>/dev/null || true)
    [[ -n $port ]] && break
    kill -0 "$source_pid" 2>/dev/null || { cat "$work/source.err" >&2; die "the stream source did not start"; }
    sleep 0.1
done
[[ -n $port ]] || die "the stream source did not report its port"

# --- Runs -----------------------------------------------------------------------------------
timeout_s=$((60 + count / 10000))
declare -A rates stalls rsses drops clicks guicpus allocs
failed=0

record() { # record NAME RATE [RSS STALL DROPPED CLICK GUI_CPU]
    rates[$1]+="$2 "
    rsses[$1]+="${3:-} "
    stalls[$1]+="${4:-} "
    drops[$1]+="${5:-} "
    clicks[$1]+="${6:-} "
    guicpus[$1]+="${7:-} "
}

run_mosquitto_sub() {
    local start end
    start=$(date +%s%N)
    if ! timeout "$timeout_s" mosquitto_sub -h 127.0.0.1 -p "$port" -V "$sub_version" -t '#' -C "$count" >/dev/null 2>"$work/err"; then
        warn "mosquitto_sub failed: $(tail -n1 "$work/err")"
        failed=1
        return
    fi
    end=$(date +%s%N)
    record mosquitto_sub "$(awk -v n="$count" -v ns="$((end - start))" 'BEGIN { printf "%.0f", n / (ns / 1e9) }')"
}

run_mqttjs() {
    local line
    if ! line=$(cd "$work/mqttjs" && timeout "$timeout_s" node count.js "$port" "$count" "$js_version" 2>"$work/err"); then
        warn "mqtt.js failed: $(tail -n1 "$work/err")"
        failed=1
        return
    fi
    local rate rss
    rate=$(sed -n 's/.*"rate":\([0-9.]*\).*/\1/p' <<<"$line")
    rss=$(sed -n 's/.*"peakRssMb":\([0-9.]*\).*/\1/p' <<<"$line")
    [[ -n $rate ]] || { warn "mqtt.js printed no rate: $line"; failed=1; return; }
    record mqttjs "$(printf '%.0f' "$rate")" "$rss"
}

run_mqttscope() { # run_mqttscope NAME [extra options]
    local name=$1 out line
    shift
    if ! out=$("$cli" bench ingest -h 127.0.0.1 -p "$port" -V "$version" -C "$count" -W "$timeout_s" "$@" 2>"$work/err"); then
        warn "mqttscope-cli bench ingest $* failed: $(tail -n1 "$work/err")"
        failed=1
        return
    fi
    line=$(grep '^RESULT ' <<<"$out" | tail -n1)
    field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
    [[ -n $(field rate) ]] || { warn "no RESULT line from mqttscope-cli: $out"; failed=1; return; }
    record "$name" "$(field rate)" "$(field rss_mb)" "$(field stall_ms)" "$(field dropped)" "" "$(field gui_cpu_ms)"
}

# mqttscope-cli sub printing every message to /dev/null, timed like mosquitto_sub:
# run_cli_sub NAME FORMAT-OPTION (-v: topic and payload; --json: one JSON object per line).
run_cli_sub() {
    local name=$1 format=$2 start end
    start=$(date +%s%N)
    if ! timeout "$timeout_s" "$cli" sub -h 127.0.0.1 -p "$port" -V "$version" -t '#' "$format" -C "$count" >/dev/null 2>"$work/err"; then
        warn "mqttscope-cli sub $format failed: $(tail -n1 "$work/err")"
        failed=1
        return
    fi
    end=$(date +%s%N)
    record "$name" "$(awk -v n="$count" -v ns="$((end - start))" 'BEGIN { printf "%.0f", n / (ns / 1e9) }')"
}

# One more pipeline run with the counting allocator preloaded: heap allocations per message.
count_allocations() { # count_allocations NAME [extra options]
    local name=$1 out
    shift
    if ! out=$(LD_PRELOAD="$alloccount" "$cli" bench ingest -h 127.0.0.1 -p "$port" -V "$version" -C "$count" -W "$timeout_s" "$@" 2>"$work/err"); then
        warn "counting allocations (bench ingest $*) failed: $(tail -n1 "$work/err")"
        failed=1
        return
    fi
    allocs[$name]=$(grep '^RESULT ' <<<"$out" | tail -n1 | sed -n 's/.* allocs_per_msg=\([^ ]*\).*/\1/p')
    allocs[${name}_threads]=$(sed -n 's/^Heap allocations per message: [^(]*(\(.*\))$/\1/p' <<<"$out")
}

# The real main window (offscreen), every view showing: tree, inspector, log, traffic, charts.
run_gui() {
    local out line
    if ! out=$(QT_QPA_PLATFORM=offscreen "$gui" -h 127.0.0.1 -p "$port" -V "$version" -C "$count" -W "$timeout_s" 2>"$work/err"); then
        warn "mqttscope-guibench failed: $(tail -n1 "$work/err")"
        failed=1
        return
    fi
    line=$(grep '^RESULT ' <<<"$out" | tail -n1)
    field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
    [[ -n $(field rate) ]] || { warn "no RESULT line from mqttscope-guibench: $out"; failed=1; return; }
    record scope_gui "$(field rate)" "$(field rss_mb)" "$(field stall_ms)" "$(field dropped)" "$(field click_ms)" "$(field gui_cpu_ms)"
}

load_before=$(uptime | sed 's/.*load average: //')
msg "Load average before the runs: $load_before"
for i in $(seq 1 "$runs"); do
    msg "Run $i of $runs: mosquitto_sub, mqtt.js, mqttscope-cli sub, MqttScope with JSON, MqttScope without JSON, the MqttScope window"
    run_mosquitto_sub
    run_mqttjs
    run_cli_sub cli_sub -v
    run_cli_sub cli_sub_json --json
    run_mqttscope scope_json
    run_mqttscope scope_nojson --no-json
    run_gui
done
msg "Counting heap allocations (one more pipeline run each, with $alloccount preloaded)"
count_allocations scope_json
count_allocations scope_nojson --no-json
load_after=$(uptime | sed 's/.*load average: //')

# --- Table ----------------------------------------------------------------------------------
# Median / maximum of the space-separated numbers on stdin; empty when there are none.
median() { tr ' ' '\n' | sort -g | awk 'NF { v[++n] = $1 } END { if (n == 0) exit; if (n % 2) print v[(n + 1) / 2]; else printf "%.10g\n", (v[n / 2] + v[n / 2 + 1]) / 2 }'; }
maximum() { tr ' ' '\n' | awk 'NF { if (n++ == 0 || $1 > m) m = $1 } END { if (n) print m }'; }
ratio() { [[ -n $1 && -n $2 && $2 != 0 ]] && awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }' || echo "-"; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { if (v == "" || v == "-") print "n/a"; else if ((op == ">=" && v >= t) || (op == "<=" && v <= t)) print "met"; else print "MISSED" }'; }

js=$(median <<<"${rates[mqttjs]:-}")
echo
echo "Stream: $count QoS 0 messages on $topics topics per subscriber, MQTT $version, 127.0.0.1:$port"
echo "Machine: $(nproc) cores; load average (1, 5, 15 min) before: $load_before; after: $load_after"
echo
printf '%-34s %12s %10s %13s %13s %9s %12s %10s\n' "Subscriber" "msg/s" "x mqtt.js" "peak RSS MB" "GUI stall ms" "dropped" "GUI CPU ms" "allocs/msg"
printf '%-34s %12s %10s %13s %13s %9s %12s %10s\n' "----------" "-----" "---------" "-----------" "------------" "-------" "----------" "----------"
row() { # row LABEL KEY
    local r rss st dr cpu
    r=$(median <<<"${rates[$2]:-}")
    [[ -n $r ]] && r=$(printf '%.0f' "$r")
    rss=$(maximum <<<"${rsses[$2]:-}")
    st=$(maximum <<<"${stalls[$2]:-}")
    dr=$(maximum <<<"${drops[$2]:-}")
    cpu=$(median <<<"${guicpus[$2]:-}")
    printf '%-34s %12s %10s %13s %13s %9s %12s %10s\n' "$1" "${r:--}" "$(ratio "$r" "$js")" "${rss:--}" "${st:--}" "${dr:--}" "${cpu:--}" "${allocs[$2]:--}"
}
row "mosquitto_sub -C (to /dev/null)" mosquitto_sub
row "mqtt.js, counting only" mqttjs
row "mqttscope-cli sub -v (to /dev/null)" cli_sub
row "mqttscope-cli sub --json (to /dev/null)" cli_sub_json
row "MqttScope, JSON extraction" scope_json
row "MqttScope, no JSON extraction" scope_nojson
row "MqttScope window, every view" scope_gui
echo
echo "(rates: median; peak RSS and GUI stall: worst run. mosquitto_sub is timed around the whole"
echo " process, connection included; the others from their first message. GUI CPU: the GUI thread's"
echo " CPU time for the whole stream, median. allocs/msg: heap allocations per message, one counted run.)"
for key in scope_json scope_nojson; do
    [[ -n ${allocs[${key}_threads]:-} ]] && echo "Allocations per message by thread, $key: ${allocs[${key}_threads]}"
done
echo
with=$(ratio "$(median <<<"${rates[scope_json]:-}")" "$js")
without=$(ratio "$(median <<<"${rates[scope_nojson]:-}")" "$js")
stall=$(maximum <<<"${stalls[scope_json]:-} ${stalls[scope_nojson]:-}")
rss=$(maximum <<<"${rsses[scope_json]:-} ${rsses[scope_nojson]:-}")
gui_cpu=$(median <<<"${guicpus[scope_json]:-}")
cli_ratio=$(ratio "$(median <<<"${rates[cli_sub]:-}")" "$js")
cli_json_ratio=$(ratio "$(median <<<"${rates[cli_sub_json]:-}")" "$js")
gui_ratio=$(ratio "$(median <<<"${rates[scope_gui]:-}")" "$js")
gui_stall=$(maximum <<<"${stalls[scope_gui]:-}")
gui_rss=$(maximum <<<"${rsses[scope_gui]:-}")
gui_click=$(maximum <<<"${clicks[scope_gui]:-}")
echo "Targets:"
printf '  %-48s %8s  %s\n' "with JSON extraction >= 2.0x mqtt.js" "${with}x" "$(verdict "$with" '>=' 2.0)"
printf '  %-48s %8s  %s\n' "without JSON extraction >= 3.0x mqtt.js" "${without}x" "$(verdict "$without" '>=' 3.0)"
printf '  %-48s %8s  %s\n' "mqttscope-cli sub -v >= 2.0x mqtt.js" "${cli_ratio}x" "$(verdict "$cli_ratio" '>=' 2.0)"
printf '  %-48s %8s  %s\n' "mqttscope-cli sub --json >= 2.0x mqtt.js" "${cli_json_ratio}x" "$(verdict "$cli_json_ratio" '>=' 2.0)"
printf '  %-48s %8s  %s\n' "GUI thread CPU, JSON extraction <= 400 ms" "${gui_cpu:--}" "$(verdict "$gui_cpu" '<=' 400)"
printf '  %-48s %8s  %s\n' "heap allocations per message <= 1" "${allocs[scope_json]:--}" "$(verdict "${allocs[scope_json]:-}" '<=' 1)"
printf '  %-48s %8s  %s\n' "longest GUI stall <= 50 ms" "${stall:--}" "$(verdict "$stall" '<=' 50)"
printf '  %-48s %8s  %s\n' "peak RSS after $count messages <= 200 MB" "${rss:--}" "$(verdict "$rss" '<=' 200)"
printf '  %-48s %8s  %s\n' "window, every view >= 1.0x mqtt.js" "${gui_ratio}x" "$(verdict "$gui_ratio" '>=' 1.0)"
printf '  %-48s %8s  %s\n' "window: longest GUI stall <= 50 ms" "${gui_stall:--}" "$(verdict "$gui_stall" '<=' 50)"
printf '  %-48s %8s  %s\n' "window: a click waits <= 100 ms" "${gui_click:--}" "$(verdict "$gui_click" '<=' 100)"
printf '  %-48s %8s  %s\n' "window: peak RSS <= 400 MB" "${gui_rss:--}" "$(verdict "$gui_rss" '<=' 400)"
[[ $failed -eq 0 ]] || { warn "some runs failed (see above)"; exit 1; }
exit 0
