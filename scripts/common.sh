# Shared set-up for scripts/run.sh, scripts/test.sh (and other scripts that build the
# project). Source it; it defines functions and does nothing by itself.
#
# Works on a fresh Debian 12 as root (nothing installed, not even sudo) and as a normal user
# with sudo. Everything is idempotent: packages already installed and an up-to-date build
# cost a second or two.

MQTTSCOPE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# What building, running and testing need. Keep in sync with README.md ("Dependencies").
MQTTSCOPE_PACKAGES=(
    build-essential cmake ninja-build pkg-config ccache git
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-websockets-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6svg6 libgl-dev libsimdjson-dev libssl-dev
    mosquitto mosquitto-clients openssl python3-paho-mqtt xvfb
    qtkeychain-qt6-dev libmsgpack-cxx-dev
    dbus-bin dbus-daemon gnome-keyring libsecret-tools desktop-file-utils appstream
)
# Only for the fuzz build, scripts/fuzz.sh (libFuzzer needs clang and its runtime); the sanitizer
# build of `scripts/test.sh --sanitize` uses GCC, whose ASan/UBSan runtimes come with build-essential.
MQTTSCOPE_SANITIZE_PACKAGES=(clang libclang-rt-14-dev)

# Bold only on a terminal, so CI logs stay plain text.
if [[ -t 2 ]]; then _bold=$'\033[1m' _red=$'\033[1;31m' _plain=$'\033[0m'; else _bold= _red= _plain=; fi
msg() { printf '%s==> %s%s\n' "$_bold" "$*" "$_plain" >&2; }
warn() { printf '%s==> %s%s\n' "$_red" "$*" "$_plain" >&2; }
die() { printf '%serror: %s%s\n' "$_red" "$*" "$_plain" >&2; exit 1; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root to run '$*': run this script as root or install sudo"
    fi
}

# Installs the Debian packages given as arguments that are not installed yet. Asks dpkg first,
# so nothing touches the network (no apt-get update) when everything is there.
ensure_packages() {
    local missing=() p installed
    # One dpkg-query for all of them; unknown packages are simply absent from its output.
    installed=" $(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "$@" 2>/dev/null | awk '$2 == "installed" {printf "%s ", $1}' || true) "
    for p in "$@"; do
        [[ $installed == *" $p "* ]] || missing+=("$p")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    command -v apt-get >/dev/null 2>&1 || die "missing packages (${missing[*]}) and no apt-get: this script targets Debian 12"
    msg "Installing Debian packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q \
        || die "apt-get update failed"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" \
        || die "apt-get install failed for: ${missing[*]}"
}

# Configures (only when needed) and builds a build directory.
#   build_project BUILD_DIR [extra cmake -D arguments...]
# The configure arguments are remembered in BUILD_DIR/.mqttscope-configure; CMake runs again
# only when they change or the directory is new. Ninja re-runs CMake itself when a
# CMakeLists.txt changes.
build_project() {
    local dir=$1; shift
    local args=(-G Ninja "$@")
    if command -v ccache >/dev/null 2>&1; then
        args+=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    local stamp="$dir/.mqttscope-configure"
    local wanted="${args[*]}"
    if [[ ! -f $dir/build.ninja || ! -f $stamp || $(cat "$stamp") != "$wanted" ]]; then
        msg "Configuring $dir"
        rm -f "$stamp"
        cmake -S "$MQTTSCOPE_ROOT" -B "$dir" "${args[@]}" || die "CMake configuration failed"
        printf '%s' "$wanted" >"$stamp"
    fi
    msg "Building $dir"
    cmake --build "$dir" -j "$(build_jobs)" || die "build failed"
}

build_jobs() {
    local n
    n=$(nproc 2>/dev/null || echo 2)
    [[ $n -lt 1 ]] && n=1
    echo "$n"
}

# The default build directory both scripts share, so `scripts/run.sh` after
# `scripts/test.sh` (or the other way round) builds nothing.
MQTTSCOPE_BUILD_DIR=${MQTTSCOPE_BUILD_DIR:-$MQTTSCOPE_ROOT/build}
MQTTSCOPE_BUILD_TYPE=${MQTTSCOPE_BUILD_TYPE:-RelWithDebInfo}
