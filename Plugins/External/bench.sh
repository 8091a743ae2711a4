#!/usr/bin/env bash
# The langid example against the built-in language classifier on the bench sample, in one run: per folder (ar, en,
# fr, vi) the share of articles each gives the folder's language, and the time each classifier took
# (`classify --profile`, summed over cores). A dry run: nothing is written into the sample.
#   Plugins/External/bench.sh [SAMPLE] [WORKERS] [LANGUAGES]   defaults: /tmp/corpus-10pct, 2, declared
# LANGUAGES=all lets langid choose among all its 97 languages (the rule file's env: LANGID_LANGUAGES=all).
# Needs `pip install langid` and a release build (`swift build -c release --product tagdesk`).
set -euo pipefail
cd "$(dirname "$0")/../.."
sample=${1:-/tmp/corpus-10pct}
workers=${2:-2}
languages=${3:-declared}
[ -d "$sample/vi" ] || { echo "error: $sample has no vi folder; unpack ../shared/bench/corpus-10pct.tar.xz there" >&2; exit 2; }
bin=$(swift build -c release --show-bin-path)
rules=$(mktemp -d)
report=$(mktemp)
trap 'rm -rf "$rules" "$report" "$report.profile"' EXIT
cp Rules/boilerplate.yaml Rules/language.yaml "$rules/"
# The example rule file, with its command at an absolute path, its workers, boilerplate hidden from it as from
# the built-in classifier, and no role (the built-in classifier has the language role).
sed -e "s|command: \[python3, ../langid_tagger.py\]|command: [python3, $PWD/Plugins/External/langid_tagger.py]|" \
    -e "s|workers: 2|workers: $workers\n  env: {LANGID_LANGUAGES: $languages}|" -e "s|^scope: article|scope: article\ndepends_on: [boilerplate]|" -e "/^role: language/d" \
    Plugins/External/Rules/langid.yaml > "$rules/langid.yaml"
start=$(date +%s.%N)
"$bin/tagdesk" classify --corpus "$sample" --rules "$rules" --dry-run --force --format json --profile > "$report" 2> "$report.profile" \
    || [ $? -eq 1 ]
end=$(date +%s.%N)
grep -E "^(classify: |wall time)" "$report.profile"
echo "whole run: $(echo "$end - $start" | bc) s"
python3 - "$report" <<'PYTHON'
import json, sys
articles = json.load(open(sys.argv[1], encoding="utf-8"))["articles"]
print("folder  articles   built-in language      langid")
totals = {"language": 0, "langid": 0, "n": 0}
for folder in ["ar", "en", "fr", "vi"]:
    mine = [a for a in articles if a["id"].split("/")[0] == folder]
    builtin = sum(1 for a in mine if a.get("language") == folder)
    langid = sum(1 for a in mine if [t["label"] for t in a["tags"].get("langid", [])] == [folder])
    failed = sum(1 for a in mine if any(f["kind"] in ("classifier-failed", "refused-tag") for f in a["findings"]))
    totals["language"] += builtin; totals["langid"] += langid; totals["n"] += len(mine)
    print(f"{folder:6}  {len(mine):8}   {builtin / len(mine):8.2%} ({len(mine) - builtin} wrong)   "
          f"{langid / len(mine):8.2%} ({len(mine) - langid} wrong, {failed} failed)")
n = totals["n"]
print(f"all     {n:8}   {totals['language'] / n:8.2%}               {totals['langid'] / n:8.2%}")
PYTHON
