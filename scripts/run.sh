#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds MqttScope in build/ and starts the GUI.
# Arguments are passed to the application:  scripts/run.sh --help
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_packages "${MQTTSCOPE_PACKAGES[@]}"
build_project "$MQTTSCOPE_BUILD_DIR" -DCMAKE_BUILD_TYPE="$MQTTSCOPE_BUILD_TYPE"

app="$MQTTSCOPE_BUILD_DIR/app/mqttscope"
[[ -x $app ]] || die "the build did not produce $app"

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    msg "No display (DISPLAY and WAYLAND_DISPLAY are unset): starting headless with QT_QPA_PLATFORM=offscreen. Run it from a desktop session to see the window."
    export QT_QPA_PLATFORM=offscreen
fi
msg "Starting $app $*"
exec "$app" "$@"
