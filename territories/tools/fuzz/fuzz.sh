#!/bin/sh
# libFuzzer targets for the readers (issue #16): csv (encoding detector + CSV reader), rules (rules.json),
# territory (the loader with managers.csv, leave.csv and travel_times.csv), calls (calls.csv), plan (plan.json).
# Outside the package and its tests: builds the library modules with coverage instrumentation
# (swiftc -sanitize=fuzzer) into .build-fuzz/ and runs each target from the corpus in Tests/Fixtures/fuzz.
#
#   territories/tools/fuzz/fuzz.sh [SECONDS_PER_TARGET] [TARGET…]     (default 60 s, all targets)
#   RUNS=10000000 territories/tools/fuzz/fuzz.sh 0 csv                  (a number of executions instead)
#
# Prints each target's executions and whether it crashed; a crash leaves its input in .build-fuzz/crash-*.
# A failure that is not a structured diagnostic is a crash (fatalError in the target).
set -eu
cd "$(dirname "$0")/../../.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-csv rules territory calls plan}
out=.build-fuzz
mkdir -p "$out"
flags="-O -sanitize=fuzzer -parse-as-library -package-name territory -I $out -L $out"
# The library modules, in dependency order, as static libraries with fuzzer coverage.
build() {  # module, then the modules it links
    name=$1; shift
    if [ ! -f "$out/lib$name.a" ] || [ -n "$(find Sources/$name -newer "$out/lib$name.a" -name '*.swift' | head -1)" ]; then
        echo "building $name…" >&2
        swiftc $flags -wmo -static -emit-library -emit-module -module-name "$name" -o "$out/lib$name.a" \
            $(find "Sources/$name" -name '*.swift' | sort) "$@"
    fi
}
build TerritoryModel
build TerritoryRouting
build TerritoryPlanner -lTerritoryModel -lTerritoryRouting
build TerritoryFormats -lTerritoryModel -lTerritoryRouting -lTerritoryPlanner
libs="-lTerritoryFormats -lTerritoryPlanner -lTerritoryRouting -lTerritoryModel"
export TERRITORY_FUZZ_CORPUS="$PWD/Tests/Fixtures/fuzz"
printf '%-10s %12s %10s %8s\n' target executions exec/s crashes
for t in $targets; do
    swiftc $flags territories/tools/fuzz/targets/Support.swift "territories/tools/fuzz/targets/$t.swift" $libs -o "$out/fuzz-$t"
    corpus="$out/corpus-$t"
    mkdir -p "$corpus"
    cp Tests/Fixtures/fuzz/* "$corpus/"
    if [ "$t" = territory ]; then  # the first byte picks the file: 0 hospitals … 6 managers
        i=0; for f in hospitals.csv doctors.csv reps.csv rules.json leave.csv travel_times.csv managers.csv; do
            { printf "\\$(printf '%03o' $i)"; cat "Tests/Fixtures/fuzz/$f"; } > "$corpus/seed-$f"; i=$((i + 1)); done
    fi
    log="$out/fuzz-$t.log"
    status=0
    limit="-max_total_time=$seconds"
    [ -n "${RUNS:-}" ] && limit="-runs=$RUNS"
    "$out/fuzz-$t" $limit -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$out/crash-$t-" -print_final_stats=1 "$corpus" > "$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    crashes=$([ $status -eq 0 ] && echo 0 || echo "1 (exit $status, see $log)")
    printf '%-10s %12s %10s %8s\n' "$t" "${runs:-?}" "${speed:-?}" "$crashes"
done
