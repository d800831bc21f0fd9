#!/bin/sh
# Import and search benchmark of HealthTech Toolkit (see tests/bench/README.md).
#
#   tests/bench/run-bench.sh [BUILD_DIR] [LESSONS]      defaults: ./build 2000
#   env: REPEAT (runs of build/import, default 3), SEARCH_RUNS (ohtpack search
#        processes per kind, default 20), QUERIES (in-process queries per kind, 1000)
#
# Generates the lessons, converts them into a pack source, then times `ohtpack build`
# and `ohtpack import` as processes (wall clock; peak RSS from /usr/bin/time -v), one
# `ohtpack search` process per query, and in-process Library::search latency with
# bench_import. Prints a table against the targets. Build with -DCMAKE_BUILD_TYPE=Release
# or RelWithDebInfo; needs python3 and /usr/bin/time (Debian package "time").
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(cd "${1:-$HERE/../../build}" && pwd)
LESSONS=${2:-2000}
REPEAT=${REPEAT:-3}
SEARCH_RUNS=${SEARCH_RUNS:-20}
QUERIES=${QUERIES:-1000}
OHTPACK=$BUILD/bin/ohtpack
BENCH=$BUILD/tests/bin/bench_import

for f in "$OHTPACK" "$BENCH" /usr/bin/time; do
    [ -x "$f" ] || { echo "run-bench.sh: $f is missing (build ohtpack and bench_import; apt-get install time)" >&2; exit 1; }
done
WORK=$(mktemp -d "${TMPDIR:-/tmp}/oht-bench-XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
export LC_ALL=C.UTF-8

# run_timed LABEL CMD...: appends "LABEL wall_ms peak_rss_kib cpu_ms" to $WORK/runs.
run_timed() {
    label=$1; shift
    start=$(date +%s%N)
    if ! /usr/bin/time -v -o "$WORK/time.txt" "$@" >"$WORK/out.txt" 2>"$WORK/err.txt"; then
        echo "run-bench.sh: failed: $*" >&2; cat "$WORK/err.txt" "$WORK/out.txt" >&2; exit 1
    fi
    end=$(date +%s%N)
    rss=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$WORK/time.txt")
    cpu=$(awk -F: '/(User|System) time \(seconds\)/ { s += $2 } END { printf "%d", s * 1000 }' "$WORK/time.txt")
    echo "$label $(( (end - start) / 1000000 )) $rss $cpu" >>"$WORK/runs"
}
median() { # median of column ${2:-2} (2: wall ms, 4: CPU ms) for a label
    awk -v l="$1" -v c="${2:-2}" '$1 == l { print $c }' "$WORK/runs" | sort -n |
        awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
peak() { # largest column 3 (RSS KiB) for a label, in MiB
    awk -v l="$1" '$1 == l && $3 > m { m = $3 } END { printf "%.1f", m / 1024 }' "$WORK/runs"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Generating $LESSONS lessons..." >&2
python3 "$HERE/gen_lessons.py" "$WORK/corpus" "$LESSONS"
python3 "$HERE/gen_pack.py" "$WORK/corpus/html" "$WORK/src"
SOURCE_BYTES=$(du -sb "$WORK/src" | cut -f1)
IMAGES=$(ls "$WORK/src/img" | wc -l)

echo "Timing ohtpack build and import ($REPEAT runs)..." >&2
i=1
while [ "$i" -le "$REPEAT" ]; do
    rm -f "$WORK/bench.ohtpack"
    run_timed build "$OHTPACK" build "$WORK/src" -o "$WORK/bench.ohtpack"
    rm -rf "$WORK/data"
    run_timed import "$OHTPACK" import "$WORK/bench.ohtpack" --data-dir "$WORK/data"
    i=$((i + 1))
done
PACK_BYTES=$(stat -c %s "$WORK/bench.ohtpack")

echo "Timing ohtpack search processes ($SEARCH_RUNS per kind)..." >&2
WORDS="patient consent diagnosis hospital safety wearable privacy audit genomics nurse"
i=0
while [ "$i" -lt "$SEARCH_RUNS" ]; do
    run_timed search_rare "$OHTPACK" search "zq$(printf %05d $(( (i * 7919) % LESSONS )))marker" --data-dir "$WORK/data"
    w1=$(echo $WORDS | cut -d' ' -f$(( i % 10 + 1 )))
    w2=$(echo $WORDS | cut -d' ' -f$(( (i + 3) % 10 + 1 )))
    run_timed search_common "$OHTPACK" search "$w1" "$w2" --data-dir "$WORK/data"
    i=$((i + 1))
done

echo "In-process build, import and $QUERIES searches per kind (bench_import)..." >&2
"$BENCH" --source "$WORK/src" --queries "$QUERIES" >"$WORK/bench.txt"

r() { awk -v k="$1" '$1 == "RESULT" && $2 == k { print $3 }' "$WORK/bench.txt"; }
BUILD_MS=$(median build); IMPORT_MS=$(median import)
awk -v n="$LESSONS" -v src="$SOURCE_BYTES" -v pack="$PACK_BYTES" -v img="$IMAGES" -v rep="$REPEAT" \
    -v b="$BUILD_MS" -v im="$IMPORT_MS" -v bc="$(median build 4)" -v ic="$(median import 4)" \
    -v src_cpu="$(median search_rare 4)" -v load="$LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg)" \
    -v ncpu="$(nproc)" -v openms="$(r open_ms)" -v opencpu="$(r open_cpu_ms)" -v rc95="$(r rare_cpu_p95_ms)" -v cc95="$(r common_cpu_p95_ms)" -v brss="$(peak build)" -v irss="$(peak import)" \
    -v sr="$(median search_rare)" -v sc="$(median search_common)" \
    -v srss="$(peak search_rare)" -v runs="$SEARCH_RUNS" \
    -v ib="$(r inproc_build_s)" -v ii="$(r inproc_import_s)" \
    -v r50="$(r rare_p50_ms)" -v r95="$(r rare_p95_ms)" -v c50="$(r common_p50_ms)" -v c95="$(r common_p95_ms)" \
    -v q="$QUERIES" '
function verdict(v, t) { return v <= t ? "ok" : "MISSED" }
function row(name, value, target, v) { printf "%-40s %-22s %-14s %s\n", name, value, target, v }
BEGIN {
    mb = src / 1e6; peakrss = brss > irss ? brss : irss; total = (b + im) / 1000
    printf "\nHealthTech Toolkit import/search benchmark\n"
    printf "corpus: %d HTML lessons, %.1f MB source (%d images), pack %.1f MB; median of %d runs\n", n, mb, img, pack / 1e6, rep
    printf "machine: %d CPUs, load average before / after: %s\n", ncpu, load
    printf "(wall-clock targets assume an otherwise idle machine; CPU = user + system time)\n\n"
    row("measure", "measured", "target", "")
    row("ohtpack build (wall / CPU)", sprintf("%.3f / %.3f s", b / 1000, bc / 1000), "", "")
    row("  throughput", sprintf("%.0f lessons/s %.1f MB/s", n / (b / 1000), mb / (b / 1000)), "", "")
    row("ohtpack import (wall / CPU)", sprintf("%.3f / %.3f s", im / 1000, ic / 1000), "", "")
    row("  throughput", sprintf("%.0f lessons/s %.1f MB/s", n / (im / 1000), mb / (im / 1000)), "", "")
    row("build + import (wall)", sprintf("%.3f s", total), "<= 1.15 s", verdict(total, 1.15))
    row("build + import (CPU)", sprintf("%.3f s", (bc + ic) / 1000), "(<= 1.15 s)", verdict((bc + ic) / 1000, 1.15))
    row("peak RSS build / import", sprintf("%.1f / %.1f MiB", brss, irss), "<= 180 MiB", verdict(peakrss, 180))
    row("  in-process build / import", sprintf("%.3f / %.3f s", ib, ii), "", "")
    row(sprintf("search rare word p50/p95 (%d q)", q), sprintf("%.3f / %.3f ms", r50, r95), "p95 <= 2 ms", verdict(r95, 2))
    row(sprintf("search two words p50/p95 (%d q)", q), sprintf("%.3f / %.3f ms", c50, c95), "p95 <= 10 ms", verdict(c95, 10))
    row("  CPU p95 rare / two words", sprintf("%.3f / %.3f ms", rc95, cc95), "", "")
    row(sprintf("ohtpack search rare, per process (%d)", runs), sprintf("%d ms, %.1f MiB", sr, srss), "<= 38 ms", verdict(sr, 38))
    row("  CPU per process", sprintf("%d ms", src_cpu), "", "")
    row("  of which Library::open (wall / CPU)", sprintf("%.1f / %.1f ms", openms, opencpu), "", "")
    row(sprintf("ohtpack search 2 words, per process"), sprintf("%d ms", sc), "<= 38 ms", verdict(sc, 38))
}'
echo
echo "bench_import output:"
grep -v '^RESULT' "$WORK/bench.txt"
