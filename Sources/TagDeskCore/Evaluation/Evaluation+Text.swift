extension Evaluation {
    /// A table for people: one row per classifier, label and line target, with counts, precision, recall and F1.
    public func rendered() -> String {
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
        return lines.joined(separator: "\n")
    }

    /// One JSON object: `{"rows": [{"name", "tp", "fp", "fn", "precision", "recall", "f1"}], "missing": [...]}`.
    public func json() -> String {
        let rowsJSON = rows.map { row in
            let s = row.score
            return "{\"name\": \(Self.quoted(row.name)), \"tp\": \(s.truePositives), \"fp\": \(s.falsePositives), "
                + "\"fn\": \(s.falseNegatives), \"precision\": \(Self.fixed(s.precision)), \"recall\": \(Self.fixed(s.recall)), "
                + "\"f1\": \(Self.fixed(s.f1))}"
        }
        return "{\"rows\": [\n" + rowsJSON.joined(separator: ",\n") + "\n], \"missing\": ["
            + missing.map(Self.quoted).joined(separator: ", ") + "]}"
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
