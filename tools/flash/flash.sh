#!/usr/bin/env bash
# Flashes an ESP32 with nanoFramework and this firmware, through nanoff (dotnet tool install -g nanoff).
# Run it without arguments for help. Every nanoff command line is printed before it runs.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DEFAULT_TARGET="ESP32_PSRAM_REV0"   # runs on every ESP32 variant, with or without PSRAM (nanoff README)
DEFAULT_IMAGE="$REPO/firmware/DeviceFlowFirmware/bin/Release/DeviceFlowFirmware.bin"
# The nanoCLR image whose native assemblies match the pinned packages (System.Net native 100.2.0.12): the last
# CI-built nf-interpreter commit before the System.Net native checksum changed (README "Firmware"). Keep it in
# step with flash.ps1; move it only together with the packages.
PINNED_FIRMWARE="1.17.0.27"

usage() {
  cat <<'TEXT'
usage: flash.sh <command> [options]

  ports                                  list serial ports with a board on them
  firmware --port P [--target T] [--fwversion V] [--masserase]
                                         write nanoFramework (nanoCLR) to the board: the version the
                                         packages were pinned against unless --fwversion names another
                                         (default target ESP32_PSRAM_REV0; --masserase also wipes I:\)
  deploy   --port P [--target T] [--image FILE]
                                         write the app (default: the Release build's DeviceFlowFirmware.bin)
  files    --port P [--config FILE] [--ca FILE]
                                         upload config.json to I:\config.json and the root CA to I:\ca.pem
  network  --port P --ssid NAME [--ca FILE]
                                         store Wi-Fi credentials (password from $WIFI_PASSWORD) and CA
                                         certificates in the board's own network configuration
  all      --port P [--target T] [--image FILE] [--config FILE] [--ca FILE]
                                         firmware, then deploy, then files

Ports look like /dev/ttyUSB0 (Linux), /dev/cu.usbserial-0001 (macOS) or COM5 (Windows).
TEXT
}

fail() { echo "flash.sh: $*" >&2; exit 2; }

# JSON string literal: backslashes and quotes escaped (paths on Windows, SSIDs with quotes).
json_string() {
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  printf '"%s"' "$s"
}

absolute() { [ -f "$1" ] || fail "file not found: $1"; echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }

run_nanoff() {
  command -v nanoff >/dev/null 2>&1 || fail "nanoff not found; install it with: dotnet tool install -g nanoff"
  echo "+ nanoff $*"
  nanoff "$@"
}

COMMAND=${1:-}
[ -n "$COMMAND" ] || { usage; exit 2; }
shift
PORT="" FWVERSION="$PINNED_FIRMWARE" TARGET="$DEFAULT_TARGET" IMAGE="$DEFAULT_IMAGE" CONFIG="" CA="" SSID="" MASSERASE=""
value() { [ $# -ge 2 ] && [ -n "$2" ] || fail "$1 needs a value"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --port) value "$@"; PORT=$2; shift 2 ;;
    --target) value "$@"; TARGET=$2; shift 2 ;;
    --fwversion) value "$@"; FWVERSION=$2; shift 2 ;;
    --image) value "$@"; IMAGE=$2; shift 2 ;;
    --config) value "$@"; CONFIG=$2; shift 2 ;;
    --ca) value "$@"; CA=$2; shift 2 ;;
    --ssid) value "$@"; SSID=$2; shift 2 ;;
    --masserase) MASSERASE="--masserase"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) fail "unknown option $1 (see flash.sh --help)" ;;
  esac
done

need_port() { [ -n "$PORT" ] || fail "$COMMAND needs --port (find it with: flash.sh ports)"; }

# A temporary JSON file, readable only by us (it may hold the Wi-Fi password), removed on exit.
TEMP_JSON=""
cleanup() { [ -z "$TEMP_JSON" ] || rm -f "$TEMP_JSON"; }
trap cleanup EXIT
new_json() { TEMP_JSON=$(umask 077 && mktemp "${TMPDIR:-/tmp}/deviceflow-nanoff.XXXXXX"); }

flash_firmware() {
  need_port
  # --fwversion: nanoFirmwareFlasher.Tool/Options.cs L301-306; without it nanoff takes the newest image.
  run_nanoff --update --target "$TARGET" --fwversion "$FWVERSION" --serialport "$PORT" ${MASSERASE:+"$MASSERASE"}
}

deploy_app() {
  need_port
  [ -f "$IMAGE" ] || fail "app image not found: $IMAGE (build DeviceFlowFirmware in Release first, see README 'On a real board')"
  run_nanoff --target "$TARGET" --serialport "$PORT" --deploy --image "$(absolute "$IMAGE")"
}

upload_files() {
  need_port
  local config=${CONFIG:-$REPO/firmware/DeviceFlowFirmware/config.json}
  [ -f "$config" ] || fail "config file not found: $config (copy firmware/DeviceFlowFirmware/config.sample.json to config.json and fill it in)"
  local entries
  entries="{\"DestinationFilePath\":$(json_string 'I:\config.json'),\"SourceFilePath\":$(json_string "$(absolute "$config")")}"
  if [ -n "$CA" ]; then
    entries="$entries,{\"DestinationFilePath\":$(json_string 'I:\ca.pem'),\"SourceFilePath\":$(json_string "$(absolute "$CA")")}"
  fi
  new_json
  printf '{"SerialPort":%s,"Files":[%s]}\n' "$(json_string "$PORT")" "$entries" > "$TEMP_JSON"
  run_nanoff --serialport "$PORT" --filedeployment "$TEMP_JSON"
}

store_network() {
  need_port
  [ -n "$SSID" ] || fail "network needs --ssid"
  [ -n "${WIFI_PASSWORD:-}" ] || fail "set WIFI_PASSWORD in the environment (kept out of the command line and shell history)"
  local ca=""
  [ -z "$CA" ] || ca=",\"CACertificatesPath\":$(json_string "$(absolute "$CA")")"
  new_json
  printf '{"SerialPort":%s,"WirelessClient":{"SSID":%s,"Password":%s}%s}\n' \
    "$(json_string "$PORT")" "$(json_string "$SSID")" "$(json_string "$WIFI_PASSWORD")" "$ca" > "$TEMP_JSON"
  run_nanoff --serialport "$PORT" --networkdeployment "$TEMP_JSON"
}

case "$COMMAND" in
  ports) run_nanoff --listports ;;
  firmware) flash_firmware ;;
  deploy) deploy_app ;;
  files) upload_files ;;
  network) store_network ;;
  all) flash_firmware; deploy_app; upload_files ;;
  -h|--help|help) usage ;;
  *) usage; fail "unknown command $COMMAND" ;;
esac
