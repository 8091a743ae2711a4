#!/usr/bin/env bash
# Builds the fuzz targets of Fuzz/ (libFuzzer, with the address sanitizer) and runs each for SECONDS, one after the
# other on one core, printing per target: runs, executions per second, coverage, peak memory and findings.
#   Scripts/fuzz.sh SECONDS [TARGET...]     targets: rule-file tag-file decisions-file phrase-automaton article
#                                           review-command review-filter policy-file (default: all, in that order)
# Environment: FUZZ_CPU (core to pin to, default 1), FUZZ_TIMEOUT (seconds per input, default 10),
# FUZZ_RSS_MB (memory limit, default 2048), FUZZ_SANITIZERS (default fuzzer,address), FUZZ_NO_BUILD=1 to skip
# the build. Everything it writes is under .build-fuzz/ (ignored by git): the working corpora in corpus/TARGET,
# crashing, slow or memory-hungry inputs in findings/TARGET, each run's log in logs/. Exits 1 if anything was found.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: Scripts/fuzz.sh SECONDS [TARGET...]}
shift
all=(rule-file tag-file decisions-file phrase-automaton article review-command review-filter policy-file)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
cpu=${FUZZ_CPU:-1}
timeout=${FUZZ_TIMEOUT:-10}
rss=${FUZZ_RSS_MB:-2048}
sanitizers=${FUZZ_SANITIZERS:-fuzzer,address}
scratch=.build-fuzz

if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
    echo "building the fuzz targets (-sanitize=$sanitizers) into $scratch/ ..." >&2
    taskset -c "$cpu" swift build --package-path Fuzz --scratch-path "$scratch" -c release \
        -Xswiftc "-sanitize=$sanitizers" >&2
fi
bin=$(swift build --package-path Fuzz --scratch-path "$scratch" -c release --show-bin-path)

# Real files of the repository each target starts from, besides the small seeds in Fuzz/Seeds/TARGET.
real_files() {
    case $1 in
        rule-file) ls Rules/*.yaml ;;
        policy-file) ls Rules/policy.yaml ;;
        tag-file) ls seeds/*.tags.yaml ;;
        article) ls seeds/*.txt ;;
        *) ;;
    esac
}

# Longest input libFuzzer makes, per target: whole rule and tag files, huge article lines, short command lines.
max_len() {
    case $1 in
        rule-file | policy-file | tag-file | decisions-file) echo 65536 ;;
        article) echo 262144 ;;
        phrase-automaton) echo 8192 ;;
        *) echo 1024 ;;
    esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}
# Swift's own crash backtracer takes minutes on these binaries; libFuzzer and ASan print the stack instead.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
echo "TagDesk fuzzing, $(date -u '+%Y-%m-%d %H:%M UTC'), ${seconds} s per target on core $cpu of $(nproc)," \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), -sanitize=$sanitizers, -timeout=$timeout -rss_limit_mb=$rss"
echo
echo "| target | time | runs | execs/s | coverage (edges) | features | corpus | peak RSS | findings |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
found=0
for target in "${targets[@]}"; do
    exe="$bin/fuzz-$target"
    [ -x "$exe" ] || { echo "error: no fuzz target '$target' ($exe)" >&2; exit 2; }
    corpus=$scratch/corpus/$target findings=$scratch/findings/$target logs=$scratch/logs
    mkdir -p "$corpus" "$findings" "$logs"
    for file in $(real_files "$target"); do cp "$file" "$corpus/real-$(basename "$file")"; done
    log=$logs/$target-$(date -u +%Y%m%dT%H%M%S).log
    : >"$log"
    before=$(find "$findings" -type f | wc -l)
    started=$(date +%s)
    runs=0
    # libFuzzer stops at a finding; it is started again on the grown corpus until the time is spent (at most
    # five findings per target: after that the fix comes first).
    while :; do
        left=$(( seconds - ($(date +%s) - started) ))
        [ "$left" -ge 5 ] || break
        taskset -c "$cpu" "$exe" "$corpus" "Fuzz/Seeds/$target" -dict=Fuzz/tagdesk.dict \
            -max_total_time="$left" -timeout="$timeout" -rss_limit_mb="$rss" -max_len="$(max_len "$target")" \
            -print_final_stats=1 -artifact_prefix="$findings/" >>"$log" 2>&1 && ok=1 || ok=0
        part=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        # A run that ends at a finding prints its last status line instead of the final stats.
        [ "$ok" = 1 ] || part=$(grep -E '^#[0-9]+' "$log" | tail -1 | sed 's/^#\([0-9]*\).*/\1/')
        runs=$(( runs + ${part:-0} ))
        [ "$ok" = 0 ] || break
        [ $(( $(find "$findings" -type f | wc -l) - before )) -lt 5 ] || break
    done
    elapsed=$(( $(date +%s) - started ))
    after=$(find "$findings" -type f | wc -l)
    new=$(( after - before ))
    [ "$new" -eq 0 ] || found=1
    status=$(grep -E '^#[0-9]+.*(cov|ft):' "$log" | tail -1 || true)
    speed=$(( runs / (elapsed > 0 ? elapsed : 1) ))
    peak=$(grep -oE 'rss: [0-9]+Mb' "$log" | sed 's/[^0-9]//g' | sort -n | tail -1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$status")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$status")
    corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9.]*[a-zA-Z]*\).*/\1/p' <<<"$status")
    what=$(grep -oE 'ERROR: (libFuzzer|AddressSanitizer): [a-z-]+|Fatal error: .{0,80}|property failed: .{0,80}' "$log" | head -1 || true)
    echo "| $target | ${elapsed} s | ${runs:-?} | ${speed:-?} | ${cov:-?} | ${ft:-?} | ${corp:-?} | ${peak:-?} MB | $new${what:+ ($what)} |"
done
echo
echo "logs: $scratch/logs/; findings (crash-*, timeout-*, oom-*, slow-unit-*): $scratch/findings/"
exit $found
