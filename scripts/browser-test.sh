#!/usr/bin/env bash
# Real-browser tests of the built sample site (issue 7), run by `make test` after the unit tests.
# Needs headless Chromium + chromedriver (Debian packages, installed here when missing and we are
# root) and Selenium (PyPI, installed into .build/browser-venv). Without them it fails under CI and
# only warns elsewhere. Screenshots go to artifacts/screenshots/.
#
# Environment: THIDUA_BIN (a built thidua binary to use), BROWSER_TESTS_ONLY (run tests whose name
# contains this), ARTIFACTS (default artifacts/screenshots).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

ROOT=.build/browser-root
SITE=site
VENV=.build/browser-venv
ARTIFACTS=${ARTIFACTS:-artifacts/screenshots}

missing() {
    echo "browser-test: $*" >&2
    if [ "${CI:-}" = "true" ]; then
        echo "browser-test: CI cần trình duyệt thật; dừng với lỗi." >&2
        exit 1
    fi
    echo "browser-test: bỏ qua kiểm tra trình duyệt trên máy này (không phải CI)." >&2
    exit 0
}

have_browser() {
    { command -v chromium >/dev/null || command -v chromium-browser >/dev/null; } &&
    { command -v chromedriver >/dev/null || [ -x /usr/lib/chromium/chromedriver ]; }
}

if ! have_browser; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "browser-test: cài chromium và chromium-driver (apt-get)..." >&2
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; } >&2 ||
            missing "không cài được chromium bằng apt-get."
    fi
    have_browser || missing "thiếu chromium hoặc chromedriver (cài: apt-get install chromium chromium-driver)."
fi

if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import selenium" 2>/dev/null; then
    echo "browser-test: cài Selenium vào $VENV (pip)..." >&2
    { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q --disable-pip-version-check selenium; } >&2 ||
        missing "không cài được Selenium (python3 -m venv, pip install selenium)."
fi
# axe-core makes the accessibility checks stricter; the tests skip it when it cannot be had.
"$VENV/bin/python" -c "import axe_selenium_python" 2>/dev/null ||
    "$VENV/bin/pip" install -q --disable-pip-version-check axe-selenium-python >&2 ||
    echo "browser-test: không cài được axe-selenium-python; bỏ qua phần kiểm tra axe." >&2

BIN=${THIDUA_BIN:-}
if [ -z "$BIN" ]; then
    # Incremental: quick when `swift test` has just built everything.
    swift build --product thidua >&2
    BIN=.build/debug/thidua
fi
mkdir -p "$ROOT"
"$BIN" build --content content --templates templates --output "$ROOT/$SITE" >&2

cd tests-browser
exec "$REPO/$VENV/bin/python" run_browser_tests.py --root "$REPO/$ROOT" --site-path "$SITE" \
    --artifacts "$REPO/$ARTIFACTS" ${BROWSER_TESTS_ONLY:+--only "$BROWSER_TESTS_ONLY"}
