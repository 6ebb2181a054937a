#!/usr/bin/env bash
# Real-browser tests of the built sample site (issue 7). Filled in with the theme work.
set -euo pipefail
echo "browser-test: chưa có bài kiểm tra trình duyệt." >&2
