extension Evaluation {
    /// A table for people: one row per classifier, label and line target, with counts, precision, recall and F1;
    /// then the `terms` worst rule terms.
    public func rendered(terms limit: Int = 0) -> String {
        let width = max(24, (rows.map(\.name.count).max() ?? 0) + 2)
        var lines = [pad("", width) + "    tp    fp    fn  precision  recall     f1"]
        for row in rows {
            let score = row.score
            let indent = row.name.contains("/") && !row.name.hasPrefix("lines ") ? "  " : ""
            lines.append(pad(indent + row.name, width)
                + [score.truePositives, score.falsePositives, score.falseNegatives].map { pad(String($0), 6, left: true) }.joined()
                + pad(Self.fixed(score.precision), 11, left: true) + pad(Self.fixed(score.recall), 8, left: true)
                + pad(Self.fixed(score.f1), 7, left: true))
        }
        if !missing.isEmpty {
            lines.append("not in the corpus: " + missing.joined(separator: ", "))
        }
        let shown = terms.prefix(limit)
        if !shown.isEmpty {
            lines.append("")
            lines.append("rule terms, most false alarms first (\(shown.count) of \(terms.count)):")
            let width = max(24, (shown.map { $0.classifier.count + $0.label.count + 1 }.max() ?? 0) + 2)
            lines.append(pad("label", width) + " fired  boilerplate  false alarms  term")
            for term in shown {
                lines.append(pad(term.classifier + "/" + term.label, width) + pad(String(term.fired), 6, left: true)
                    + pad(String(term.onBoilerplate), 13, left: true) + pad(String(term.inFalseAlarms), 14, left: true) + "  " + term.term)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One JSON object: `{"rows": [{"name", "tp", "fp", "fn", "precision", "recall", "f1"}], "missing": [...],
    /// "terms": [{"classifier", "label", "term", "fired", "boilerplate", "false_alarms"}]}` with the `terms` worst terms.
    public func json(terms limit: Int = 0) -> String {
        let rowsJSON = rows.map { row in
            let s = row.score
            return "{\"name\": \(Self.quoted(row.name)), \"tp\": \(s.truePositives), \"fp\": \(s.falsePositives), "
                + "\"fn\": \(s.falseNegatives), \"precision\": \(Self.fixed(s.precision)), \"recall\": \(Self.fixed(s.recall)), "
                + "\"f1\": \(Self.fixed(s.f1))}"
        }
        let termsJSON = terms.prefix(limit).map { term in
            "{\"classifier\": \(Self.quoted(term.classifier)), \"label\": \(Self.quoted(term.label)), \"term\": \(Self.quoted(term.term)), "
                + "\"fired\": \(term.fired), \"boilerplate\": \(term.onBoilerplate), \"false_alarms\": \(term.inFalseAlarms)}"
        }
        return "{\"rows\": [\n" + rowsJSON.joined(separator: ",\n") + "\n], \"missing\": ["
            + missing.map(Self.quoted).joined(separator: ", ") + "], \"terms\": [" + termsJSON.joined(separator: ",\n") + "]}"
    }

    private static func quoted(_ text: String) -> String {
        var out = ""
        JSONText.string(text, into: &out)
        return out
    }

    static func fixed(_ value: Double) -> String {
        let scaled = Int((value * 1000).rounded())
        let fraction = String(scaled % 1000)
        return "\(scaled / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    private func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }
}
