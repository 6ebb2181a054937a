#!/usr/bin/env bash
# thidua against Hugo on the same pages (issue 8), run by `make bench-hugo` after a release build.
# Installs Debian's hugo when missing, generates the 1× national fixture, writes an equivalent Hugo
# site with scripts/hugo_site.py (same pages, same text, tables pre-computed), then times cold builds
# of each with /usr/bin/time -v, alternating Hugo and thidua BENCH_RUNS times (default 3: wall times
# on a shared 2-core host vary by a quarter between runs), and prints each run's pages/s, ratio and
# the median ratio. Writes bench-out/report-hugo.md. Environment: BENCH_OUT, DVHC as for
# scripts/bench.sh, BENCH_RUNS.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${BENCH_OUT:-bench-out}
DVHC=${DVHC:-../shared/data/dvhc-2024.csv}
RUNS=${BENCH_RUNS:-3}
THIDUA=.build/release/thidua
GEN=.build/release/thidua-bench
export LC_ALL=C

die() { echo "bench-hugo: $*" >&2; exit 1; }
[ -x "$THIDUA" ] && [ -x "$GEN" ] || die "thiếu $THIDUA hoặc $GEN: chạy 'make bench-hugo' (tự dựng bản release)."
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v hugo >/dev/null; then
    echo "Cài hugo từ kho Debian..." >&2
    as_root apt-get install -y hugo >&2 || { as_root apt-get update >&2 && as_root apt-get install -y hugo >&2; }
fi
[ -x /usr/bin/time ] || as_root apt-get install -y time >&2
command -v python3 >/dev/null || die "cần python3 để viết trang Hugo tương đương."

LOGS="$OUT/logs-hugo"
rm -rf "$LOGS"; mkdir -p "$LOGS"
CONTENT="$OUT/content-hugo-cmp"
SITE="$OUT/hugo-site"
# Nothing is deleted until every build has run: old folders are moved aside, and they and the
# builds' own folders (2 × BENCH_RUNS outputs of about 1 GB each) are removed at the end, also when
# a step fails. On an ext4 file system without a journal (this machine's), creating an output's
# 37,000 files and folders right after deleting as many makes the kernel skip the inodes it counts
# as recently deleted: system time grew from build to build for both tools, up to 15 s per build
# (2–3 s without deletions).
TRASH="$OUT/trash-hugo"
RUNS_DIR="$OUT/runs"
mkdir -p "$TRASH"
trap 'rm -rf "$TRASH" "$RUNS_DIR"' EXIT
aside() { if [ -e "$1" ]; then mv "$1" "$TRASH/$(basename "$1").$RANDOM$RANDOM"; fi; }
aside "$CONTENT"; aside "$SITE"; aside "$RUNS_DIR"; aside "$OUT/hugo-public"; aside "$OUT/thidua-public"
mkdir -p "$RUNS_DIR"
# Hugo wants absolute paths for its output and cache folders.
RUNS_ABS=$(cd "$RUNS_DIR" && pwd)
TRASH_ABS=$(cd "$TRASH" && pwd)

timed() {
    local label=$1; shift
    if ! /usr/bin/time -v -o "$LOGS/$label.time" "$@" >"$LOGS/$label.log" 2>&1; then
        tail -n 30 "$LOGS/$label.log" >&2
        die "bước '$label' thất bại: $*"
    fi
    WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$LOGS/$label.time")
    RSS=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$LOGS/$label.time")
    # CPU seconds (user + system) stay meaningful when other jobs share the cores; wall time does not.
    CPU=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%.1f", s }' "$LOGS/$label.time")
    # System time is mostly the file system's share (see TRASH above and the README).
    SYS=$(awk -F': ' '/System time \(seconds\)/ { printf "%.1f", $2 }' "$LOGS/$label.time")
    USR=$(awk -F': ' '/User time \(seconds\)/ { printf "%.1f", $2 }' "$LOGS/$label.time")
}
pages() { find "$1" -name '*.html' -type f | wc -l | tr -d ' '; }
rate() { awk -v p="$1" -v w="$2" 'BEGIN { printf "%.0f", p / w }'; }

echo "Tạo bộ dữ liệu toàn quốc (1×) ..." >&2
timed gen "$GEN" fixture --dvhc "$DVHC" --out "$CONTENT" --model-scale 1 --award-scale 1 --rounds 4
echo "Viết trang Hugo tương đương ..." >&2
timed hugo-site python3 scripts/hugo_site.py "$CONTENT" "$SITE"
SITE_WALL=$WALL

ROWS=""
RATIOS=""
USER_RATIOS=""
for run in $(seq "$RUNS"); do
    echo "Lần $run/$RUNS: dựng nguội bằng Hugo ..." >&2
    # Each build starts with the previous one's files on disk: otherwise it pays for their write-back.
    sync
    CACHE=$(mktemp -d -p "$TRASH_ABS")
    timed "hugo-$run" env HUGO_CACHEDIR="$CACHE" hugo --quiet -s "$SITE" -d "$RUNS_ABS/hugo-$run"
    H_WALL=$WALL; H_CPU="$CPU ($SYS)"; H_USR=$USR; H_RSS=$RSS; H_PAGES=$(pages "$RUNS_DIR/hugo-$run")

    echo "Lần $run/$RUNS: dựng nguội bằng thidua ..." >&2
    sync
    timed "thidua-$run" "$THIDUA" build --content "$CONTENT" --templates templates --output "$RUNS_DIR/thidua-$run"
    T_WALL=$WALL; T_CPU="$CPU ($SYS)"; T_USR=$USR; T_RSS=$RSS; T_PAGES=$(pages "$RUNS_DIR/thidua-$run")

    H_RATE=$(rate "$H_PAGES" "$H_WALL"); T_RATE=$(rate "$T_PAGES" "$T_WALL")
    RATIO=$(awk -v t="$T_RATE" -v h="$H_RATE" 'BEGIN { printf "%.2f", t / h }')
    RATIOS="$RATIOS $RATIO"
    # Pages per second of user CPU: the programs' own work, without the file system's share, which
    # on a busy or journal-less disk moves the wall-time ratio from run to run.
    USER_RATIO=$(awk -v tp="$T_PAGES" -v tu="$T_USR" -v hp="$H_PAGES" -v hu="$H_USR" 'BEGIN { printf "%.2f", (tp / tu) / (hp / hu) }')
    USER_RATIOS="$USER_RATIOS $USER_RATIO"
    ROWS="$ROWS| $run | $H_PAGES | $H_WALL | $H_CPU | $H_RATE | $H_RSS | $T_PAGES | $T_WALL | $T_CPU | $T_RATE | $T_RSS | ${RATIO}× | ${USER_RATIO}× |
"
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) printf "%.1f", v[(NR + 1) / 2]; else printf "%.1f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
MEDIAN=$(echo "$RATIOS" | median)
USER_MEDIAN=$(echo "$USER_RATIOS" | median)
{
    echo "# thidua and Hugo on the same national site"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(hugo version | cut -d' ' -f1-2), cold builds alternating in the same run."
    echo "Fixture: $(tail -n 1 "$LOGS/gen.log")"
    echo "The Hugo site was written by scripts/hugo_site.py in ${SITE_WALL} s (not counted): every table pre-computed."
    echo
    echo "| Run | Hugo pages | Hugo wall (s) | Hugo CPU (system) (s) | Hugo pages/s | Hugo peak (MB) | thidua pages | thidua wall (s) | thidua CPU (system) (s) | thidua pages/s | thidua peak (MB) | Ratio | Ratio per user CPU |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf "%s" "$ROWS"
    echo
    echo "thidua renders **${MEDIAN}×** Hugo's pages per second (median of $RUNS runs; issue 8 target: at least 3×);"
    echo "per second of user CPU (the programs' own work, without the file system's share) ${USER_MEDIAN}×."
    echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); wall times are only comparable when the cores were otherwise idle."
} >"$OUT/report-hugo.md"
cat "$OUT/report-hugo.md"
