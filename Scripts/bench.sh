#!/usr/bin/env bash
# The pass against the tools our users know, in one sitting on this machine: reading the files (cat), the
# installed anchors (rg, GNU grep, pyahocorasick), the matcher alone (tagdesk-bench) and tagdesk classify
# (dry run with JSON, a writing pass, an unchanged re-run; one core and two), with MB/s, peak memory and the
# ratio of each figure to cat. Ratios are what to compare across machines.
#   Scripts/bench.sh [RUNS] [COPIES]   defaults: 3 runs (median), and the memory check over 1 and 8 copies
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
copies=${2:-8}
archive=../shared/bench/corpus-10pct.tar.xz
lexicon=../shared/bench/lexicon-2000.txt
[ -f "$archive" ] || { echo "error: $archive not found; run from a checkout with ../shared beside it" >&2; exit 2; }
swift build -c release --product tagdesk >/dev/null
swift build -c release --product tagdesk-bench >/dev/null
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
tar -xJf "$archive" -C "$work/corpus"
bytes=$(find "$work/corpus" -name '*.txt' -print0 | xargs -0 cat | wc -c)
export LC_ALL=C.UTF-8

# median wall seconds and peak RSS (KB) of a command over $runs runs, after one warm-up run
measure() {
    "$@" >/dev/null 2>&1 || true
    local times=() peak=0
    for _ in $(seq 1 "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
        read -r t m < "$work/time"
        times+=("$t"); [ "$m" -gt "$peak" ] && peak=$m
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v p="$peak" '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)], p }'
}

report() {  # name seconds peak_kb
    awk -v n="$1" -v s="$2" -v m="$3" -v b="$bytes" -v c="$cat_seconds" \
        'BEGIN { printf "| %-44s | %6.2f s | %8.1f MB/s | %6.3f × cat | %6.0f MB |\n", n, s, b / 1e6 / s, c / s, m / 1024 }'
}

echo "TagDesk benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "corpus: 10% bench sample, $bytes bytes, $(find "$work/corpus" -name '*.txt' | wc -l) articles; median of $runs runs"
echo
echo "| what | time | speed | ratio | peak memory |"
echo "| --- | ---: | ---: | ---: | ---: |"
read -r cat_seconds cat_peak < <(measure bash -c "find '$work/corpus' -type f -print0 | xargs -0 cat")
report "cat (reading the files)" "$cat_seconds" "$cat_peak"
if command -v rg >/dev/null; then
    read -r s m < <(measure rg -j1 -F -i -c -f "$lexicon" "$work/corpus"); report "rg -j1 -F -i -c, 2,000 phrases" "$s" "$m"
fi
read -r s m < <(measure grep -r -F -i -c -f "$lexicon" "$work/corpus"); report "GNU grep -F -i -c, 2,000 phrases" "$s" "$m"
if python3 -c 'import ahocorasick' 2>/dev/null; then
    read -r s m < <(measure python3 ../shared/bench/py_tag.py aho "$lexicon" "$work/corpus"); report "pyahocorasick, lowercased" "$s" "$m"
fi
read -r s m < <(measure taskset -c 0 "$bin/tagdesk-bench" "$work/corpus" "$lexicon" --runs 1)
report "tagdesk-bench (whole process, 1 core)" "$s" "$m"
cp -r Rules "$work/Rules"
# Corpus-wide facts are a cached stage: timed alone, then the pass with them cached, and once computing them too.
read -r s m < <(measure taskset -c 0 "$bin/tagdesk" facts build --corpus "$work/corpus" --rules "$work/Rules")
report "tagdesk facts build, 1 core" "$s" "$m"
read -r s m < <(measure taskset -c 0 "$bin/tagdesk" classify --corpus "$work/corpus" --rules "$work/Rules" --dry-run --format json --force)
report "tagdesk classify --dry-run --format json, 1 core" "$s" "$m"; one=$s
read -r s m < <(measure "$bin/tagdesk" classify --corpus "$work/corpus" --rules "$work/Rules" --dry-run --format json --force)
report "tagdesk classify --dry-run --format json, 2 cores" "$s" "$m"; two=$s
mv "$work/corpus/.tagdesk" "$work/facts-cache"
read -r s m < <(measure taskset -c 0 "$bin/tagdesk" classify --corpus "$work/corpus" --rules "$work/Rules" --dry-run --format json --force)
report "the same, facts computed too (no cache), 1 core" "$s" "$m"
mv "$work/facts-cache" "$work/corpus/.tagdesk"
# A writing pass from nothing, each run on a copy of the corpus made beforehand (untimed): deleting the previous
# run's tag files right before would time ext4's search past recently deleted inodes, not the pass.
# cp -r creates as many files and is timed beside it.
read -r s m < <(measure bash -c "rm -rf '$work/copy'; cp -r '$work/corpus' '$work/copy'")
report "cp -r of the corpus (creating the files)" "$s" "$m"
rm -rf "$work/copy" "$work/corpus/.tagdesk"
find "$work/corpus" -name '*.tags.yaml' -delete
for i in $(seq 0 "$runs"); do cp -r "$work/corpus" "$work/write$i"; done
times=(); peak=0
for i in $(seq 0 "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" taskset -c 0 "$bin/tagdesk" classify --corpus "$work/write$i" --rules "$work/Rules" >/dev/null 2>&1 || true
    read -r t mem < "$work/time"
    [ "$i" -gt 0 ] && times+=("$t"); [ "$mem" -gt "$peak" ] && peak=$mem
done
s=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
report "tagdesk classify (writing every tag file), 1 core" "$s" "$peak"; first=$s
rm -rf "$work/corpus"; mv "$work/write0" "$work/corpus"
read -r s m < <(measure taskset -c 0 "$bin/tagdesk" classify --corpus "$work/corpus" --rules "$work/Rules")
report "tagdesk classify again, nothing changed, 1 core" "$s" "$m"; again=$s
echo
awk -v a="$one" -v b="$two" 'BEGIN { printf "two cores: %.2f× one core\n", a / b }'
awk -v a="$first" -v b="$again" 'BEGIN { printf "unchanged re-run: %.3f of the writing pass\n", b / a }'

if [ "$copies" -gt 1 ]; then
    mkdir -p "$work/many"
    for i in $(seq 1 "$copies"); do cp -r "$work/corpus" "$work/many/copy$i"; done
    find "$work/many" -name '*.tags.yaml' -delete; find "$work/many" -name .tagdesk -prune -exec rm -rf {} +
    "$bin/tagdesk" facts build --corpus "$work/many" --rules "$work/Rules" >/dev/null   # both runs read cached facts
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin/tagdesk" classify --corpus "$work/corpus" --rules "$work/Rules" --dry-run --format json --force >/dev/null
    read -r s1 m1 < "$work/time"
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin/tagdesk" classify --corpus "$work/many" --rules "$work/Rules" --dry-run --format json --force >/dev/null
    read -r s8 m8 < "$work/time"
    one_id=$(cd "$work/many" && find copy1 -name '*.txt' | sort | sed -n '1s/\.txt$//p')
    read -r s m < <(measure "$bin/tagdesk" show --corpus "$work/many" --rules "$work/Rules" "$one_id")
    awk -v s="$s" -v n="$(find "$work/many" -name '*.txt' | wc -l)" 'BEGIN { printf "show ID on %d articles with cached facts: %.0f ms\n", n, s * 1000 }'
    read -r s m < <(measure "$bin/tagdesk" classify --corpus "$work/many" --rules "$work/Rules" "$one_id")
    awk -v s="$s" 'BEGIN { printf "classify ID on the same: %.0f ms\n", s * 1000 }'
    awk -v s1="$s1" -v m1="$m1" -v s8="$s8" -v m8="$m8" -v n="$copies" \
        'BEGIN { printf "peak memory: %.0f MB over one copy, %.0f MB over %d copies (%+.0f%%); time %.1f s and %.1f s\n", m1 / 1024, m8 / 1024, n, (m8 - m1) * 100 / m1, s1, s8 }'
fi
