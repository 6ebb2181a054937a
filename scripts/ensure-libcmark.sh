#!/usr/bin/env bash
# Makes sure the system library libcmark (Debian package libcmark-dev) is present, installing it
# with apt-get when this machine allows it; otherwise prints the exact command to run.
set -euo pipefail
if pkg-config --exists libcmark 2>/dev/null; then
  exit 0
fi
echo "thidua cần thư viện libcmark (gói Debian libcmark-dev); đang cài…" >&2
if [ "$(id -u)" = "0" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config >&2
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config >&2
else
  echo "Không tự cài được. Hãy chạy:  sudo apt-get install -y libcmark-dev pkg-config" >&2
  exit 1
fi
pkg-config --exists libcmark || { echo "Cài libcmark-dev xong nhưng pkg-config vẫn không thấy libcmark." >&2; exit 1; }
