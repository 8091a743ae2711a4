#!/usr/bin/env bash
# kill -9 of 'tagdesk classify' at random moments over a corpus of 1,000 real articles (variants of the seeds):
# after every kill no tag file is torn; the next run removes every temporary file and ends in exactly the
# state of a run that was never interrupted.
#   Scripts/crash-test.sh [KILLS] [ARTICLES]     defaults: 20 kills, 1000 articles; release build
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-20}
articles=${2:-1000}
swift build -c release --product tagdesk >/dev/null
bin=$(swift build -c release --show-bin-path)/tagdesk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

make_corpus() {
    mkdir -p "$1/seeds"
    cp -r Rules "$1/"
    local n=0 copy=0
    while [ "$n" -lt "$articles" ]; do
        for f in seeds/*.txt; do
            [ "$n" -lt "$articles" ] || break
            { echo "Variante $copy — bản $copy"; cat "$f"; } > "$1/seeds/$(basename "$f" .txt)_v$copy.txt"
            n=$((n + 1))
        done
        copy=$((copy + 1))
    done
}

make_corpus "$work/reference"
make_corpus "$work/crashed"
start=$(date +%s%N)
(cd "$work/reference" && "$bin" classify >/dev/null)
duration_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "uninterrupted run: $duration_ms ms over $articles articles"

# Every interrupted run has tag files to write: the tone rules alternate between two versions, so each pass
# runs tone again over every article; the last run uses the original rules, as the reference did.
cp "$work/crashed/Rules/tone.yaml" "$work/tone.original"
sed 's/^      - succès$/      - succès éclatant/' "$work/tone.original" > "$work/tone.edited"
cmp -s "$work/tone.original" "$work/tone.edited" && { echo "error: could not make a second version of Rules/tone.yaml"; exit 1; }
for i in $(seq 1 "$kills"); do
    if [ $((i % 2)) -eq 1 ]; then cp "$work/tone.edited" "$work/crashed/Rules/tone.yaml"; else cp "$work/tone.original" "$work/crashed/Rules/tone.yaml"; fi
    delay_ms=$(( (RANDOM * 32768 + RANDOM) % (duration_ms + 1) ))
    (cd "$work/crashed" && exec "$bin" classify >/dev/null 2>&1) &
    pid=$!
    sleep "$(awk "BEGIN { print $delay_ms / 1000 }")"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    torn=0
    for f in "$work"/crashed/seeds/*.tags.yaml; do
        [ -e "$f" ] || continue
        head -c 22 "$f" | grep -q '^# TagDesk tag file' && [ "$(tail -c 1 "$f" | od -An -c | tr -d ' ')" = '\n' ] || { echo "torn: $f"; torn=1; }
    done
    temporaries=$(find "$work/crashed/seeds" -maxdepth 1 -name '.*.tdtmp.*' | wc -l)
    echo "kill $i after ${delay_ms} ms: $(ls "$work"/crashed/seeds/*.tags.yaml 2>/dev/null | wc -l) tag files, $temporaries temporary files left, torn: $torn"
    [ "$torn" -eq 0 ] || exit 1
done

cp "$work/tone.original" "$work/crashed/Rules/tone.yaml"
(cd "$work/crashed" && "$bin" classify >/dev/null 2>"$work/final.err")
grep -c "removed a temporary file" "$work/final.err" | sed 's/^/temporary files removed by the next run: /' || true
left=$(find "$work/crashed/seeds" -maxdepth 1 -name '.*' ! -name .tagdesk | wc -l)
if [ "$left" -ne 0 ]; then echo "error: $left hidden files left"; exit 1; fi
if ! diff -r -q -x .tagdesk "$work/reference/seeds" "$work/crashed/seeds"; then
    diff -r -x .tagdesk "$work/reference/seeds" "$work/crashed/seeds" | head -20
    echo "error: the state after the crashes differs from an uninterrupted run"; exit 1
fi
echo "ok: $kills kills, no torn file, no temporary file left, the same tag files as an uninterrupted run"
