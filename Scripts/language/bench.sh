#!/usr/bin/env bash
# Language quality on the bench sample: per folder (ar, en, fr, vi), the share of articles whose `language` is the
# folder's; on the first 100 files of each folder (left out of the profiles), the share of content lines
# (not boilerplate, at least 30 letters) tagged with the folder's language, and how many Vietnamese lines come
# out fr or en over the whole sample. A dry run: nothing is written into the sample.
#   Scripts/language/bench.sh [SAMPLE] [RULES]   defaults: /tmp/corpus-10pct and this checkout's Rules
set -euo pipefail
cd "$(dirname "$0")/../.."
sample=${1:-/tmp/corpus-10pct}
rules=${2:-$PWD/Rules}
[ -d "$sample/vi" ] || { echo "error: $sample has no vi folder; unpack ../shared/bench/corpus-10pct.tar.xz there" >&2; exit 2; }
swift build -c release --product tagdesk >/dev/null
bin=$(swift build -c release --show-bin-path)
report=$(mktemp)
trap 'rm -f "$report"' EXIT
"$bin/tagdesk" classify --corpus "$sample" --rules "$rules" --dry-run --format json --force > "$report" || [ $? -eq 1 ]
python3 - "$sample" "$report" <<'PYTHON'
import json, os, sys, unicodedata
sample, report = sys.argv[1], sys.argv[2]
articles = json.load(open(report, encoding="utf-8"))["articles"]
folders = ["ar", "en", "fr", "vi"]
held_out = {f: set(sorted(n for n in os.listdir(os.path.join(sample, f)) if n.endswith(".txt"))[:100]) for f in folders}

def lines_of(tag):
    return [n for start, end in tag.get("lines", []) for n in range(start, end + 1)]

print("folder  articles  article language right   content lines (first 100 files) in the folder's language")
vi_as = {"fr": 0, "en": 0}
for folder in folders:
    mine = [a for a in articles if a["id"].split("/")[0] == folder]
    right = sum(1 for a in mine if a.get("language") == folder)
    content = tagged = 0
    for article in mine:
        name = article["id"].split("/")[-1] + ".txt"
        label_of = {}
        for tag in article["tags"].get("language", []):
            for n in lines_of(tag):
                label_of[n] = tag["label"]
        boiler = {n for tag in article["tags"].get("boilerplate", []) for n in lines_of(tag)}
        text = open(os.path.join(sample, article["path"] if os.path.isabs(article["path"]) else article["id"]),
                    encoding="utf-8", errors="replace").read().split("\n")
        for number, line in enumerate(text, 1):
            letters = sum(1 for c in line if unicodedata.category(c)[0] == "L")
            if folder == "vi" and label_of.get(number) in vi_as:
                vi_as[label_of[number]] += 1
            if name not in held_out[folder] or number in boiler or letters < 30:
                continue
            content += 1
            tagged += label_of.get(number) == folder
    print(f"{folder:6}  {len(mine):8}  {right / max(len(mine), 1):8.2%} ({len(mine) - right} wrong)"
          f"   {tagged / max(content, 1):8.2%} of {content}")
print(f"Vietnamese lines tagged fr: {vi_as['fr']}, en: {vi_as['en']} (whole sample)")
PYTHON
