#!/usr/bin/env bash
# Builds every libFuzzer target straight from the module sources and runs each for a bounded time
# (FUZZ_SECONDS, default 30) on its committed seed corpus. Exits non-zero on a crash, hang or OOM;
# the input that caused it is saved under $FUZZ_BUILD/artifacts/.
#
#   Fuzz/run.sh              all targets
#   Fuzz/run.sh csv          only the named targets
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_EACH="${FUZZ_SECONDS:-30}"
BUILD="${FUZZ_BUILD:-$ROOT/.build/fuzz}"
cd "$ROOT"

# Modules the target sources `import`, built once as static libraries: name (sources in Sources/<name>/).
SUPPORT_MODULES="Diagnostics"

# Sources shared by several targets (paths relative to the repository root).
CSV_SOURCES="Sources/Load/CSVTable.swift Sources/Load/CSVReader.swift Sources/Load/CSVScanner.swift \
Sources/Load/CSVMessages.swift Sources/Load/DelimiterDetector.swift Sources/Load/TextColumns.swift"
SPLITTER_SOURCES="Sources/Load/FrontMatterSplitter.swift Sources/Load/TextColumns.swift Sources/Load/DiagnosticError.swift"
# VietText is compiled into each of its targets (not linked as a module) so libFuzzer sees its coverage.
VIETTEXT_SOURCES="$(echo Sources/VietText/*.swift)"

# One line per target: name | sources compiled into it | entry file with LLVMFuzzerTestOneInput.
# The seed corpus of a target lives in Fuzz/corpus/<name>/.
TARGETS="
csv         | $CSV_SOURCES      | Fuzz/targets/csv.swift
frontmatter | $SPLITTER_SOURCES | Fuzz/targets/frontmatter.swift
number      | $VIETTEXT_SOURCES | Fuzz/targets/number.swift
date        | $VIETTEXT_SOURCES | Fuzz/targets/date.swift
docref      | $VIETTEXT_SOURCES | Fuzz/targets/docref.swift
decoder     | $VIETTEXT_SOURCES | Fuzz/targets/decoder.swift
"

for name in "$@"; do
    grep -qE "^$name +\|" <<< "$TARGETS" || { echo "unknown fuzz target: $name" >&2; exit 2; }
done

SWIFTC=(swiftc -parse-as-library -O -package-name thidua)
mkdir -p "$BUILD/modules" "$BUILD/artifacts"

# Runs a compiler command with its output in a log (the ASan link prints hundreds of harmless
# linker warnings); shows the log only when the command fails.
build() {
    local log="$1"
    shift
    if ! "$@" >"$log" 2>&1 </dev/null; then
        grep -v "Cannot export local symbol" "$log" >&2
        echo "build failed: $*" >&2
        exit 2
    fi
}

for module in $SUPPORT_MODULES; do
    echo "== building module $module"
    build "$BUILD/module-$module.log" "${SWIFTC[@]}" -sanitize=address -module-name "$module" \
        -emit-module -emit-module-path "$BUILD/modules/$module.swiftmodule" \
        -emit-library -static -o "$BUILD/modules/lib$module.a" Sources/"$module"/*.swift
done
LINK_MODULES=()
for module in $SUPPORT_MODULES; do LINK_MODULES+=("-l$module"); done

wanted=" $* "
failed=()
while IFS='|' read -r name sources entry; do
    name="$(echo "$name" | xargs)"
    [ -z "$name" ] && continue
    if [ $# -gt 0 ] && [[ "$wanted" != *" $name "* ]]; then continue; fi
    entry="$(echo "$entry" | xargs)"
    binary="$BUILD/fuzz-$name"
    echo "== building $name"
    # shellcheck disable=SC2086 # the source list is meant to split into words
    build "$BUILD/build-$name.log" "${SWIFTC[@]}" -sanitize=fuzzer,address -module-name "fuzz_$name" \
        -I "$BUILD/modules" -L "$BUILD/modules" "${LINK_MODULES[@]}" \
        $sources "$entry" -o "$binary"

    corpus="$ROOT/Fuzz/corpus/$name"
    [ -d "$corpus" ] || { echo "missing seed corpus $corpus" >&2; exit 2; }
    # New inputs go to a scratch folder so the committed corpus only changes on purpose.
    scratch="$BUILD/corpus-$name"
    mkdir -p "$scratch"
    echo "== running $name for ${SECONDS_EACH}s"
    if ! "$binary" "$scratch" "$corpus" \
        -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -artifact_prefix="$BUILD/artifacts/$name-" -print_final_stats=1 2>"$BUILD/$name.log" </dev/null; then
        tail -40 "$BUILD/$name.log" >&2
        failed+=("$name")
    else
        grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|Done)" "$BUILD/$name.log" || true
    fi
done <<< "$TARGETS"

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing failed: ${failed[*]} (inputs in $BUILD/artifacts/)" >&2
    exit 1
fi
echo "fuzzing passed"
