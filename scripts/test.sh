#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds everything and runs every test with ctest.
#   scripts/test.sh              normal build in build/
#   scripts/test.sh --sanitize   AddressSanitizer + UndefinedBehaviorSanitizer build in build-asan/
#   scripts/test.sh --tsan       ThreadSanitizer build of mqtt/, models/ and their tests in build-tsan/
# Other arguments go to ctest, e.g.  scripts/test.sh -R tst_cli  or  scripts/test.sh --sanitize -R codec
# Exit code: 0 when every test passed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

sanitize=0
tsan=0
ctest_args=()
for arg in "$@"; do
    case $arg in
        --sanitize) sanitize=1 ;;
        --tsan) tsan=1 ;;
        --help)
            sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
            exit 0 ;;
        *) ctest_args+=("$arg") ;;
    esac
done

ensure_packages "${MQTTSCOPE_PACKAGES[@]}"

run=()
if [[ $tsan == 1 ]]; then
    dir=${MQTTSCOPE_TSAN_BUILD_DIR:-$MQTTSCOPE_ROOT/build-tsan}
    build_project "$dir" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1 -DMQTTSCOPE_TSAN=ON
    # Reports inside Qt (not instrumented: its own locks are invisible) are suppressed in
    # tsan.supp; any report in our code fails the test.
    export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:die_after_fork=0:suppressions=$MQTTSCOPE_ROOT/scripts/tsan.supp${TSAN_OPTIONS:+:$TSAN_OPTIONS}"
    # ThreadSanitizer cannot map its shadow memory with the address layouts some kernels
    # randomize (mmap_rnd_bits > 28): the tests run without address randomization.
    run=(setarch "$(uname -m)" -R)
elif [[ $sanitize == 1 ]]; then
    dir=${MQTTSCOPE_ASAN_BUILD_DIR:-$MQTTSCOPE_ROOT/build-asan}
    # Debug keeps Q_ASSERT on; -O1 keeps the instrumented tests reasonably fast.
    build_project "$dir" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1 -DMQTTSCOPE_SANITIZE=ON
    # Leak checking stays on: anything Qt or fontconfig keep until exit is listed in the
    # suppressions file, our own leaks fail the test.
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
    export LSAN_OPTIONS="suppressions=$MQTTSCOPE_ROOT/scripts/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
    # LeakSanitizer stops the process with ptrace at exit; where ptrace is not allowed
    # (some containers) it fails every test, so it is switched off there, with a warning.
    probe="$dir/app/mqttscope-cli"
    if [[ -x $probe ]] && ! "$probe" --version >/dev/null 2>&1; then
        if ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" "$probe" --version >/dev/null 2>&1; then
            warn "LeakSanitizer does not work here (ptrace not permitted?): running without leak checks"
            export ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0"
        fi
    fi
else
    dir=$MQTTSCOPE_BUILD_DIR
    build_project "$dir" -DCMAKE_BUILD_TYPE="$MQTTSCOPE_BUILD_TYPE"
fi

# Every broker test starts its own mosquitto on a free port, so tests can run in parallel.
msg "Running tests in $dir"
if "${run[@]}" ctest --test-dir "$dir" --output-on-failure -j "$(build_jobs)" "${ctest_args[@]}"; then
    msg "All tests passed ($dir)"
else
    warn "Some tests failed ($dir): see the list above."
    exit 1
fi
