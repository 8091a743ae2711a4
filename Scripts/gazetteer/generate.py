#!/usr/bin/env python3
"""Writes Rules/region.yaml: every ISO 3166-1 country and Viet Nam's ISO 3166-2 subdivisions, with names in
English, French, Arabic and Vietnamese from iso-codes (as the Python package pycountry ships it), merged with
the hand-curated names of curated.yaml. Run it again after editing curated.yaml:

    pip install pycountry pyyaml && python3 Scripts/gazetteer/generate.py
"""
import gettext
import json
import re
import sys
import unicodedata
from pathlib import Path

import pycountry
import yaml

HERE = Path(__file__).resolve().parent
OUTPUT = HERE.parent.parent / "Rules" / "region.yaml"
LANGUAGES = ["en", "fr", "ar", "vi"]
KEEP_ACCENTS = ["vi", "en"]
KEEP_CASE = ["vi", "en", "fr"]
PERSON_TITLES = ["M.", "MM.", "Mme", "Mlle", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "ông", "bà", "anh", "chị", "cô", "chú", "em", "bác"]
ARABIC_MARKS = re.compile("[\u064b-\u0652\u0640]")


def translator(domain, language):
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language], fallback=True)


def usable(name):
    """Names as iso-codes sorts them ("Korea, Republic of") or with notes in brackets are not how text names a place."""
    return name and "," not in name and "(" not in name and "،" not in name


def clean(name, language):
    name = unicodedata.normalize("NFC", name.strip())
    return ARABIC_MARKS.sub("", name) if language == "ar" else name


def folded(name):
    text = unicodedata.normalize("NFD", name.casefold())
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def ascii_form(name):
    text = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def country_names(country, translators):
    english = [getattr(country, key, None) for key in ("common_name", "name", "official_name")]
    names = {"en": [n for n in english if usable(n)]}
    for language in ("fr", "ar", "vi"):
        translated = (translators[language].gettext(n) for n in english if usable(n))
        names[language] = [n for n in translated if usable(n)]
    return names


def merge(place_names, curated):
    drops = set(curated.get("drop", []))
    merged = {}
    for language in LANGUAGES:
        seen = []
        for name in curated.get(language, []) + place_names.get(language, []):
            text = name["term"] if isinstance(name, dict) else name
            text = clean(text, language)
            if text in drops or any(text == (s["term"] if isinstance(s, dict) else s) for s in seen):
                continue
            seen.append(name if isinstance(name, dict) else text)
        merged[language] = seen
    return merged


def spelled_exactly(names):
    """Names of a Vietnamese place written in another language keep their spelling too: `Da Nang` is not `đa năng`."""
    for language in ("fr",):
        names[language] = [n if isinstance(n, dict) else {"term": n, "accents": "keep", "case": "keep"}
                           for n in names.get(language, [])]
    return names


def dedupe_across_languages(names):
    """A name already matched by an earlier language's entry (same folding, same spelling rules) is left out."""
    taken = set()
    for language in LANGUAGES:
        kept = []
        for name in names[language]:
            text = name["term"] if isinstance(name, dict) else name
            options = name if isinstance(name, dict) else {}
            accents = options.get("accents", "keep" if language in KEEP_ACCENTS else "fold") == "keep"
            case = options.get("case", "keep" if language in KEEP_CASE else "fold") == "keep"
            key = (text if accents or case else folded(text), accents, case)
            if key in taken or not folded(text):
                continue
            taken.add(key)
            kept.append(name)
        names[language] = kept
    return {language: kept for language, kept in names.items() if kept}


def main():
    curated = yaml.safe_load((HERE / "curated.yaml").read_text(encoding="utf-8"))
    translators = {language: translator("iso3166-1", language) for language in ("fr", "ar", "vi")}
    places = {}
    for country in pycountry.countries:
        places[country.alpha_2] = {
            "name": getattr(country, "common_name", None) or country.name,
            "names": country_names(country, translators),
        }
    for subdivision in pycountry.subdivisions.get(country_code="VN"):
        vietnamese = clean(subdivision.name, "vi")
        english = ascii_form(vietnamese)
        places[subdivision.code] = {
            "name": english,
            "part_of": "VN",
            "names": {"vi": [vietnamese], "en": [english] if english != vietnamese else []},
        }
    for code, extra in curated["places"].items():
        if code not in places:
            sys.exit(f"curated.yaml names '{code}', which is not an ISO 3166 code iso-codes knows")
        places[code]["names"] = merge(places[code]["names"], extra)
    for code, place in places.items():
        if code not in curated["places"]:
            place["names"] = merge(place["names"], {})
        if code.startswith("VN-"):
            place["names"] = spelled_exactly(place["names"])
        place["names"] = dedupe_across_languages(place["names"])
    write(places, curated["not_places"])


def quoted(value):
    text = value["term"] if isinstance(value, dict) else value
    plain = yaml.safe_dump(text, allow_unicode=True, default_flow_style=True, width=1000).strip()
    plain = plain.removesuffix("\n...").strip()
    if plain == text and any(c in text for c in ",[]{}#:'\""):
        plain = json.dumps(text, ensure_ascii=False)
    if isinstance(value, dict):
        options = ", ".join(f"{k}: {str(v).lower() if isinstance(v, bool) else v}" for k, v in value.items() if k != "term")
        return "{term: " + plain + ", " + options + "}"
    return plain


def write(places, not_places):
    lines = [
        "# yaml-language-server: $schema=../schema/tagdesk-rule.schema.json",
        "# Where an article is about: ISO 3166-1 countries and ISO 3166-2 subdivisions, named in English, French, Arabic",
        "# and Vietnamese. GENERATED by Scripts/gazetteer/generate.py from iso-codes and Scripts/gazetteer/curated.yaml:",
        "# edit curated.yaml and run the script again rather than editing this file.",
        "classifier: region",
        "plugin: gazetteer",
        "description: Places the article names, as ISO 3166 codes; a subdivision is also a mention of its country.",
        "scope: article",
        "multi_label: true",
        "depends_on: [boilerplate, language]",
        "versions_agree: true",
        "settings:",
        "  threshold: 1",
        "  max_hits_per_name: 3",
        "  lead_lines: 3",
        "  primary_share: 0.5",
        f"  keep_accents: [{', '.join(KEEP_ACCENTS)}]",
        f"  keep_case: [{', '.join(KEEP_CASE)}]",
        f"  person_titles: [{', '.join(quoted(t) for t in PERSON_TITLES)}]",
        "  not_places:",
    ]
    lines += [f"    - {quoted(p)}" for p in not_places]
    lines.append("labels:")
    for code in sorted(places):
        place = places[code]
        if not place["names"]:
            continue
        lines.append(f"  {quoted(code)}:")
        lines.append(f"    name: {quoted(place['name'])}")
        if "part_of" in place:
            lines.append(f"    part_of: {quoted(place['part_of'])}")
        lines.append("    names:")
        for language in LANGUAGES:
            if place["names"].get(language):
                lines.append(f"      {language}: [{', '.join(quoted(n) for n in place['names'][language])}]")
    lines.append("examples:")
    lines += EXAMPLES
    lines += generated_examples(places)
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(places)} places)")


SENTENCES = {
    "en": "The delegation arrived in {} on Monday.",
    "fr": "La délégation est arrivée lundi ({}).",
    "vi": "Đoàn công tác đã đến {} vào tuần trước.",
    "ar": "وصل الوفد إلى {} يوم الاثنين.",
}


def generated_examples(places):
    """Two examples per place, each naming it once in another language, so that every name list is tested."""
    owners = {}
    for code, place in places.items():
        for language, names in place["names"].items():
            for name in names:
                text = name["term"] if isinstance(name, dict) else name
                owners.setdefault(folded(text), set()).add(code)
    lines = []
    for code in sorted(places):
        place = places[code]
        labels = sorted({code, place["part_of"]} if "part_of" in place else {code})
        made = 0
        for language in ["en", "fr", "vi", "ar"] * 2:
            usable_names = [n for n in place["names"].get(language, [])
                            if not isinstance(n, dict) or not (n.get("context") or n.get("sentence_start") is False)]
            names = [n["term"] if isinstance(n, dict) else n for n in usable_names]
            names = [n for n in names if owners.get(folded(n)) == {code} and len(folded(n)) > 2]
            if not names:
                continue
            text = SENTENCES[language].format(names[0])
            if f"  - text: {quoted(text)}" in lines:
                text = SENTENCES["en" if language != "en" else "fr"].format(names[0])
            lines.append(f"  - text: {quoted(text)}")
            lines.append(f"    labels: [{', '.join(quoted(label) for label in labels)}]")
            made += 1
            if made == 2:
                break
    return lines


EXAMPLES = (HERE / "examples.yaml").read_text(encoding="utf-8").rstrip("\n").split("\n")

if __name__ == "__main__":
    main()
