#!/bin/sh
# Builds the libFuzzer targets with clang in a separate build directory and runs each
# for a fixed number of inputs. Any crash, sanitizer report or failed check fails.
#
#   run-fuzzers.sh SOURCE_DIR BUILD_DIR
#
# Environment: OHT_FUZZ_RUNS (inputs per target, default 20000), OHT_FUZZ_SECONDS
# (time cap per target, default 90), CMAKE, CMAKE_GENERATOR, OHT_FUZZ_JOBS (default 2).
# Exit 77 (CTest: skipped) when clang++ is missing.
set -eu

src=${1:?source dir}
build=${2:?build dir}
runs=${OHT_FUZZ_RUNS:-20000}
seconds=${OHT_FUZZ_SECONDS:-90}
jobs=${OHT_FUZZ_JOBS:-2}
cmake=${CMAKE:-cmake}
generator=${CMAKE_GENERATOR:-Ninja}
fuzzdir="$src/tests/fuzz"

if ! command -v clang++ >/dev/null 2>&1; then
    echo "run-fuzzers: clang++ not found, skipping"
    exit 77
fi

start=$(date +%s)
mkdir -p "$build"
# Only what the fuzz targets need: no GUI, no test suite.
"$cmake" -S "$src" -B "$build" -G "$generator" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DOHT_BUILD_FUZZERS=ON -DOHT_BUILD_TESTS=OFF \
    -DOHT_BUILD_GUI=OFF >"$build/configure.log" 2>&1 || {
    cat "$build/configure.log"
    echo "run-fuzzers: configuring the clang build failed"
    exit 1
}

targets=fuzz_archive
if [ -f "$fuzzdir/fuzz_packformat.cpp" ]; then
    targets="$targets fuzz_packformat"
fi
# shellcheck disable=SC2086 # word splitting of the target list is intended
"$cmake" --build "$build" --target $targets -j "$jobs"
built=$(date +%s)
echo "run-fuzzers: built $targets in $((built - start)) s"

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"

status=0
for target in $targets; do
    exe="$build/bin/$target"
    work="$build/fuzz-corpus/$target"
    artifacts="$build/fuzz-artifacts/$target"
    mkdir -p "$work" "$artifacts"

    # Crashers found earlier, replayed once each.
    regressions="$fuzzdir/regressions/$target"
    if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
        if ! "$exe" "$regressions"/*; then
            echo "run-fuzzers: $target fails on a kept regression input"
            status=1
            continue
        fi
    fi

    dict=
    if [ -f "$fuzzdir/$target.dict" ]; then
        dict="-dict=$fuzzdir/$target.dict"
    fi
    t0=$(date +%s)
    # New inputs go to the build tree ($work); the committed seeds are only read.
    # shellcheck disable=SC2086 # $dict is empty or one argument
    if "$exe" -runs="$runs" -max_total_time="$seconds" -max_len=16384 -timeout=30 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" $dict \
        "$work" "$fuzzdir/corpus/$target" >"$build/$target.log" 2>&1; then
        echo "run-fuzzers: $target ok, $runs runs in $(($(date +%s) - t0)) s"
        grep -E "stat::number_of_executed_units|cov:" "$build/$target.log" | tail -2
    else
        tail -60 "$build/$target.log"
        echo "run-fuzzers: $target FAILED; the input is in $artifacts"
        echo "  keep it as tests/fuzz/regressions/$target/<name> once fixed"
        status=1
    fi
done
echo "run-fuzzers: done in $(($(date +%s) - start)) s"
exit $status
