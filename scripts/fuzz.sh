#!/bin/sh
# Fuzzes the MQTT decoder with libFuzzer and grows tests/fuzz/corpus.
#   scripts/fuzz.sh [seconds (default 600)] [build directory (default build-fuzz/ in the repository)]
# Needs clang with libFuzzer (Debian: clang, libclang-rt-14-dev). Crashes are written to
# <build>/fuzz-artifacts/; replay one with <build>/tests/fuzz/fuzz_streamdecoder <file>.
set -eu

seconds=${1:-600}
src=$(cd "$(dirname "$0")/.." && pwd)
build=${2:-$src/build-fuzz}
corpus="$src/tests/fuzz/corpus"
jobs=${FUZZ_JOBS:-1}

launcher=""
if command -v ccache >/dev/null 2>&1; then
    launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
fi
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DMQTTSCOPE_FUZZ=ON $launcher >/dev/null
cmake --build "$build" --target fuzz_streamdecoder fuzz_seedcorpus

fuzzer="$build/tests/fuzz/fuzz_streamdecoder"
mkdir -p "$corpus" "$build/fuzz-artifacts"
if [ -z "$(ls -A "$corpus")" ]; then
    "$build/tests/fuzz/fuzz_seedcorpus" "$corpus"
fi

# A dictionary of MQTT fragments helps the fuzzer past the protocol name and property ids.
# Parallel jobs (FUZZ_JOBS>1) write their fuzz-<n>.log files into the build directory.
parallel=""
if [ "$jobs" -gt 1 ]; then
    parallel="-jobs=$jobs -workers=$jobs"
fi
cd "$build"
"$fuzzer" -max_total_time="$seconds" $parallel -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -dict="$src/tests/fuzz/mqtt.dict" -artifact_prefix="$build/fuzz-artifacts/" -print_final_stats=1 "$corpus"

# Keep the committed corpus small: minimise it when it has grown large.
count=$(ls "$corpus" | wc -l)
if [ "$count" -gt 3000 ]; then
    echo "Minimising corpus of $count files"
    merged="$build/corpus-merged"
    rm -rf "$merged" && mkdir -p "$merged"
    "$fuzzer" -merge=1 -max_len=4096 "$merged" "$corpus"
    rm -f "$corpus"/*
    cp "$merged"/* "$corpus"/
    # The merge may drop seeds whose features other files cover; keep one of each packet type.
    "$build/tests/fuzz/fuzz_seedcorpus" "$corpus"
fi
echo "Corpus: $(ls "$corpus" | wc -l) files, $(du -sh "$corpus" | cut -f1)"
