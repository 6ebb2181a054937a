#!/usr/bin/env bash
# National-scale benchmark (issue 8). Run by `make bench`, which builds the release binaries first.
# Generates a fixture of every province, district and commune of Vietnam into bench-out/, then times
# the release build of thidua with /usr/bin/time -v: cold build, rebuild with no change, rebuild after
# editing one model, rebuild after adding the next year's progress file; then cold builds at 1×, 2×
# and 4× the models and commendations. Prints a Markdown report and writes it to bench-out/report.md.
#
# Environment: BENCH_OUT (default bench-out), BENCH_SCALES (default "1 2 4"), BENCH_KEEP=1 keeps the
# 2×/4× fixtures and outputs, DVHC (default ../shared/data/dvhc-2024.csv).
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${BENCH_OUT:-bench-out}
SCALES=${BENCH_SCALES:-"1 2 4"}
DVHC=${DVHC:-../shared/data/dvhc-2024.csv}
THIDUA=.build/release/thidua
GEN=.build/release/thidua-bench
TEMPLATES=templates
export LC_ALL=C

die() { echo "bench: $*" >&2; exit 1; }
[ -x "$THIDUA" ] && [ -x "$GEN" ] || die "thiếu $THIDUA hoặc $GEN: chạy 'make bench' (tự dựng bản release) hoặc 'swift build -c release'."
[ -f "$DVHC" ] || die "không thấy danh mục đơn vị hành chính $DVHC (đặt DVHC=đường/dẫn/dvhc-2024.csv)."
if [ ! -x /usr/bin/time ]; then
    echo "Cài gói 'time' (GNU time) để đo bộ nhớ..." >&2
    if [ "$(id -u)" = 0 ]; then apt-get install -y time >&2; else sudo apt-get install -y time >&2; fi
fi

mkdir -p "$OUT"
LOGS="$OUT/logs"
rm -rf "$LOGS"; mkdir -p "$LOGS"

# --- helpers ---------------------------------------------------------------------------------

# timed LABEL CMD...: runs CMD under /usr/bin/time -v; sets WALL (s) and RSS (MB). Output goes to logs.
timed() {
    local label=$1; shift
    if ! /usr/bin/time -v -o "$LOGS/$label.time" "$@" >"$LOGS/$label.log" 2>&1; then
        echo "bench: bước '$label' thất bại: $*" >&2
        tail -n 30 "$LOGS/$label.log" >&2
        exit 1
    fi
    WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$LOGS/$label.time")
    RSS=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$LOGS/$label.time")
    # CPU seconds (user + system) stay meaningful when other jobs share the cores; wall time does not.
    CPU=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%.1f", s }' "$LOGS/$label.time")
}

# snapshot DIR FILE: path, inode and mtime (ns) of every file, so rewrites are seen even when
# the content is identical.
snapshot() {
    if [ -d "$1" ]; then find "$1" -type f -printf '%P\t%i\t%T@\n' | sort >"$2"; else : >"$2"; fi
}

# rewritten BEFORE AFTER: files new or with another inode or mtime; sets REWRITTEN, TOTAL, REMOVED.
rewritten() {
    read -r REWRITTEN TOTAL REMOVED < <(awk -F'\t' '
        FILENAME == ARGV[1] { seen[$1] = $2 "\t" $3; next }
        { total++; if (!($1 in seen) || seen[$1] != $2 "\t" $3) changed++; delete seen[$1] }
        END { removed = 0; for (k in seen) removed++; print changed + 0, total + 0, removed }' "$1" "$2")
}

pages() { find "$1" -name '*.html' -type f | wc -l | tr -d ' '; }
rate() { awk -v p="$1" -v w="$2" 'BEGIN { if (w > 0) printf "%.0f", p / w; else print "–" }'; }

ROWS=()
# row SCENARIO OUTPUT_DIR BEFORE_SNAPSHOT AFTER_SNAPSHOT
row() {
    rewritten "$3" "$4"
    local p; p=$(pages "$2")
    ROWS+=("| $1 | $WALL | $CPU | $p | $(rate "$p" "$WALL") | $RSS | $REWRITTEN | $TOTAL |")
    echo "  $1: ${WALL} s (CPU ${CPU} s), $p trang, ${RSS} MB, $REWRITTEN tệp ghi lại / $TOTAL" >&2
}

build() { timed "$1" "$THIDUA" build --content "$2" --templates "$TEMPLATES" --output "$3"; }

# --- fixture ---------------------------------------------------------------------------------
CONTENT="$OUT/content"
PUBLIC="$OUT/public"
# Nothing is deleted until every build has run: old folders are moved aside and removed at the end.
# On an ext4 file system without a journal (this machine's), creating an output's 37,000 files and
# folders right after deleting as many makes the kernel skip the inodes it counts as recently
# deleted, which cost up to 15 s of system time per build here.
TRASH="$OUT/trash"
mkdir -p "$TRASH"
trap 'rm -rf "$TRASH"' EXIT
aside() { if [ -e "$1" ]; then mv "$1" "$TRASH/$(basename "$1").$RANDOM$RANDOM"; fi; }
aside "$CONTENT"
echo "Tạo bộ dữ liệu toàn quốc (1×) vào $CONTENT ..." >&2
timed gen-1x "$GEN" fixture --dvhc "$DVHC" --out "$CONTENT" --model-scale 1 --award-scale 1 --rounds 4 --extra-round
GEN_WALL=$WALL
FIXTURE_SUMMARY=$(tail -n 1 "$LOGS/gen-1x.log")
NEXT_ROUND=$(ls "$CONTENT/progress" | sort | tail -n 1)
mv "$CONTENT/progress/$NEXT_ROUND" "$OUT/next-round-$NEXT_ROUND"

# --- the four scenarios on the 1× fixture ------------------------------------------------------
echo "Đo các lần dựng (1×) ..." >&2
aside "$PUBLIC"
snapshot "$PUBLIC" "$LOGS/snap-0"
build cold "$CONTENT" "$PUBLIC"
snapshot "$PUBLIC" "$LOGS/snap-a"
row "(a) cold build, empty output" "$PUBLIC" "$LOGS/snap-0" "$LOGS/snap-a"
# The build refuses content with errors (timed stops the run then); warnings are counted here.
WARNINGS=$(grep -c ': cảnh báo ' "$LOGS/cold.log" || true)
COLD_WALL=$WALL; COLD_CPU=$CPU; COLD_RSS=$RSS; COLD_PAGES=$(pages "$PUBLIC")

build nochange "$CONTENT" "$PUBLIC"
snapshot "$PUBLIC" "$LOGS/snap-b"
row "(b) rebuild, no change" "$PUBLIC" "$LOGS/snap-a" "$LOGS/snap-b"
NOCHANGE_WALL=$WALL; NOCHANGE_REWRITTEN=$REWRITTEN

MODEL=$(ls "$CONTENT/models" | sort | sed -n '1500p')
printf '\nCập nhật: mô hình tiếp tục được địa phương theo dõi, hỗ trợ nhân rộng trong năm tới.\n' >>"$CONTENT/models/$MODEL"
build onemodel "$CONTENT" "$PUBLIC"
snapshot "$PUBLIC" "$LOGS/snap-c"
row "(c) rebuild after editing one model (\`${MODEL%.md}\`)" "$PUBLIC" "$LOGS/snap-b" "$LOGS/snap-c"

mv "$OUT/next-round-$NEXT_ROUND" "$CONTENT/progress/$NEXT_ROUND"
build nextround "$CONTENT" "$PUBLIC"
snapshot "$PUBLIC" "$LOGS/snap-d"
row "(d) rebuild after adding progress/$NEXT_ROUND" "$PUBLIC" "$LOGS/snap-c" "$LOGS/snap-d"

# --- growth with the number of models and commendations ----------------------------------------
echo "Đo mức tăng theo quy mô: $SCALES ..." >&2
GROWTH=()
declare -A T C
for s in $SCALES; do
    if [ "$s" = 1 ]; then
        # The cold build above is the 1× point (same fixture before the edits).
        sw=$COLD_WALL; sc=$COLD_CPU; sr=$COLD_RSS; sp=$COLD_PAGES; models=$(ls "$CONTENT/models" | wc -l)
        bytes=$(du -sb --exclude=2025.csv "$CONTENT" | cut -f1)
    else
        c="$OUT/content-${s}x"; p="$OUT/public-${s}x"
        aside "$c"; aside "$p"
        timed "gen-${s}x" "$GEN" fixture --dvhc "$DVHC" --out "$c" --model-scale "$s" --award-scale "$s" --rounds 4
        build "cold-${s}x" "$c" "$p"
        sw=$WALL; sc=$CPU; sr=$RSS; sp=$(pages "$p"); models=$(ls "$c/models" | wc -l); bytes=$(du -sb "$c" | cut -f1)
        [ "${BENCH_KEEP:-0}" = 1 ] || { aside "$c"; aside "$p"; }
    fi
    T[$s]=$sw; C[$s]=$sc
    base=${T[1]:-$sw}; cbase=${C[1]:-$sc}
    GROWTH+=("| ${s}× | $models | $((30000 * s)) | $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') | $sp | $sw | $sc | $(rate "$sp" "$sw") | $sr | $(awk -v a="$sw" -v b="$base" 'BEGIN { printf "%.2f×", a / b }') | $(awk -v a="$sc" -v b="$cbase" 'BEGIN { printf "%.2f×", a / b }') |")
    echo "  ${s}×: ${sw} s (CPU ${sc} s), $sp trang, ${sr} MB" >&2
done
MARGINAL=""
prev=""
for s in $SCALES; do
    if [ -n "$prev" ]; then
        MARGINAL+=$(awk -v a="${T[$s]}" -v b="${T[$prev]}" -v ca="${C[$s]}" -v cb="${C[$prev]}" -v s="$s" -v p="$prev" \
            'BEGIN { printf "%s×→%s×: %.2f s wall, %.1f s CPU per extra 3,000 models + 30,000 rows; ", p, s, (a - b) / (s - p), (ca - cb) / (s - p) }')
    fi
    prev=$s
done

# --- report ------------------------------------------------------------------------------------
verdict() { if [ "$1" = 1 ]; then echo "met"; else echo "**not met**"; fi; }
{
    echo "# thidua national benchmark"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, release build."
    echo
    echo "Fixture: $FIXTURE_SUMMARY"
    echo "Generated in ${GEN_WALL} s; the cold build reported 0 errors and $WARNINGS warnings on it."
    echo
    echo "| Scenario | Wall (s) | CPU (s) | HTML pages | Pages/s | Peak RSS (MB) | Files rewritten | Output files |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "Files rewritten: files that are new or whose inode or mtime changed since the previous build."
    echo "CPU = user + system seconds; compare it with wall time to see how busy the cores were (load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))."
    echo
    echo "## Growth with models and commendations (cold build)"
    echo
    echo "| Scale | Models | Award rows | Content (MB) | HTML pages | Wall (s) | CPU (s) | Pages/s | Peak RSS (MB) | Wall vs 1× | CPU vs 1× |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${GROWTH[@]}"
    echo
    echo "Marginal cost: ${MARGINAL%; }. Linear growth keeps these equal."
    echo
    echo "## Issue 8 targets"
    echo
    echo "- Peak memory under 300 MB (cold 1×: ${COLD_RSS} MB): $(verdict "$(awk -v r="$COLD_RSS" 'BEGIN { print (r < 300) }')")"
    echo "- No-change rebuild under 0.5 s (${NOCHANGE_WALL} s): $(verdict "$(awk -v w="$NOCHANGE_WALL" 'BEGIN { print (w < 0.5) }')")"
    echo "- No-change rebuild rewrites 0 files ($NOCHANGE_REWRITTEN): $(verdict "$([ "$NOCHANGE_REWRITTEN" = 0 ] && echo 1 || echo 0)")"
    echo "- 3× Hugo's pages/s: measured by \`make bench-hugo\`."
} >"$OUT/report.md"
cat "$OUT/report.md"
