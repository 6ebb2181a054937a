#!/usr/bin/env bash
# Makes sure the system libraries thidua links are present: libcmark (Debian libcmark-dev, Markdown)
# and jemalloc (libjemalloc-dev, the command's allocator). Installs the missing ones with apt-get
# when this machine allows it; otherwise prints the exact command to run.
set -euo pipefail
missing=()
pkg-config --exists libcmark 2>/dev/null || missing+=(libcmark-dev)
pkg-config --exists jemalloc 2>/dev/null || missing+=(libjemalloc-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "thidua cần các gói Debian: ${missing[*]}; đang cài…" >&2
if [ "$(id -u)" = "0" ]; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev libjemalloc-dev pkg-config >&2; } \
    || { echo "apt-get không cài được. Hãy chạy:  apt-get install -y libcmark-dev libjemalloc-dev pkg-config" >&2; exit 1; }
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  { sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev libjemalloc-dev pkg-config >&2; } \
    || { echo "apt-get không cài được. Hãy chạy:  sudo apt-get install -y libcmark-dev libjemalloc-dev pkg-config" >&2; exit 1; }
else
  echo "Không tự cài được. Hãy chạy:  sudo apt-get install -y libcmark-dev libjemalloc-dev pkg-config" >&2
  exit 1
fi
pkg-config --exists libcmark || { echo "Cài libcmark-dev xong nhưng pkg-config vẫn không thấy libcmark." >&2; exit 1; }
pkg-config --exists jemalloc || { echo "Cài libjemalloc-dev xong nhưng pkg-config vẫn không thấy jemalloc." >&2; exit 1; }
