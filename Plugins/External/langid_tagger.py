#!/usr/bin/env python3
"""A TagDesk external classifier: the language of each article (or line, or paragraph) with langid.py.

Speaks TagDesk's external plugin protocol, version 1: one JSON object per line on standard input and output
(see ../../README.md, "External plugins", and ../../schema/tagdesk-external-plugin.schema.json).
langid ships its model inside the package: `pip install langid` is the whole installation.
"""
import json
import os
import sys

import langid

PROTOCOL = 1
VERSION = "1.0.0 langid " + getattr(langid, "__version__", "1.1.6")


def send(message):
    sys.stdout.write(json.dumps(message, ensure_ascii=False, sort_keys=True) + "\n")
    sys.stdout.flush()


def main():
    labels, scope, identifier = [], "article", None
    for raw in sys.stdin:
        message = json.loads(raw)
        kind = message.get("type")
        if kind == "hello":
            labels, scope = message.get("labels", []), message.get("scope", "article")
            identifier = langid.langid.LanguageIdentifier.from_modelstring(langid.langid.model, norm_probs=True)
            known = sorted(identifier.nb_classes)
            # Only the languages the rule file declares, unless LANGID_LANGUAGES=all (a rule file's `env`): then
            # langid chooses among all 97 and a language the rule file does not declare is refused by TagDesk.
            if os.environ.get("LANGID_LANGUAGES") != "all":
                identifier.set_languages([label for label in labels if label in known])
            send({"type": "hello", "protocol": PROTOCOL, "name": "langid-tagger", "version": VERSION,
                  "capabilities": {"labels": known}})
        elif kind == "classify":
            lines = message.get("lines", [])
            try:
                send({"type": "tags", "id": message["id"], "tags": tags(identifier, lines, scope)})
            except Exception as error:  # one article's failure is reported, the plugin goes on
                send({"type": "error", "id": message.get("id", ""), "message": str(error)})
        elif kind == "shutdown":
            return


def tags(identifier, lines, scope):
    if scope == "article":
        text = "\n".join(line["text"] for line in lines)
        if not text.strip():
            return []
        language, probability = identifier.classify(text)
        return [{"label": language, "score": round(float(probability), 3)}]
    found = {}
    for line in lines:
        if len(line["text"].strip()) < 12:
            continue
        language, probability = identifier.classify(line["text"])
        entry = found.setdefault(language, {"label": language, "score": 0.0, "lines": []})
        entry["lines"].append(line["n"])
        entry["score"] = max(entry["score"], round(float(probability), 3))
    return list(found.values())


if __name__ == "__main__":
    main()
