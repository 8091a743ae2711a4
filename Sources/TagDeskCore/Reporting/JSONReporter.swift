/// The `--format json` document of a classify run, streamed: `{"articles": [` then one object per article on a
/// line of its own (`{"decision", "findings", "id", "language", "path", "sha256", "state", "tags"}`, keys sorted), then
/// `], "diagnostics": [...], "version": "…"}` (rule-file, tag-file and other problems of the run).
public struct JSONReporter: Reporter {
    private let write: (String) -> Void
    private let corpus: String
    private var first = true
    public private(set) var failure: ReportError?
    public var needsFreshTags: Bool { true }

    /// - Parameter corpus: the corpus as displayed, where a usage error is reported.
    public init(corpus: String, write: @escaping (String) -> Void) {
        self.corpus = corpus
        self.write = write
    }

    public var renderer: EntryRenderer? { { Self.render($0) } }

    public mutating func article(_ entry: ReportEntry) {
        if failure == nil { failure = Self.unencodable(entry.tags ?? [:], path: entry.path) }
        write((first ? "{\"articles\": [\n" : ",\n") + (entry.rendered ?? Self.render(entry)))
        first = false
    }

    /// Why an article's tags cannot be written as JSON (a score that is not a finite number); `nil` when they can.
    static func unencodable(_ tags: [String: [Tag]], path: String) -> ReportError? {
        guard let tag = tags.values.joined().first(where: { !$0.score.isFinite }) else { return nil }
        return ReportError("\(path): a tag '\(tag.label)' has the score \(tag.score), which JSON cannot hold "
            + "(a rule weight or threshold that is not a finite number?)")
    }

    /// One article's object, on one line.
    static func render(_ entry: ReportEntry) -> String {
        object(id: entry.id, path: entry.path, sha256: entry.sha256, state: entry.state, language: entry.language,
               tags: entry.tags ?? [:], findings: entry.findings, decision: entry.decision)
    }

    /// One article's object, on one line, from its parts.
    static func object(id: String, path: String, sha256: String, state: ReportEntry.State, language: String?,
                       tags: [String: [Tag]], findings: [Finding], decision: PolicyDecision?) -> String {
        var out = "{\"decision\": "
        if let decision { render(decision, into: &out) } else { out += "null" }
        out += ", \"findings\": ["
        for (index, finding) in findings.enumerated() {
            if index > 0 { out += ", " }
            out += "{"
            if let classifier = finding.classifier { out += "\"classifier\": "; JSONText.string(classifier, into: &out); out += ", " }
            out += "\"kind\": "
            JSONText.string(finding.kind, into: &out)
            out += ", \"lines\": "
            JSONText.ranges(finding.lines, into: &out)
            out += ", \"message\": "
            JSONText.string(finding.message, into: &out)
            out += ", \"severity\": \"\(finding.severity.rawValue)\"}"
        }
        out += "], \"id\": "
        JSONText.string(id, into: &out)
        out += ", \"language\": "
        if let language { JSONText.string(language, into: &out) } else { out += "null" }
        out += ", \"path\": "
        JSONText.string(path, into: &out)
        out += ", \"sha256\": "
        JSONText.string(sha256, into: &out)
        out += ", \"state\": \"\(state.rawValue)\", \"tags\": {"
        for (index, (classifier, tags)) in tags.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { out += ", " }
            JSONText.string(classifier, into: &out)
            out += ": ["
            for (tagIndex, tag) in tags.enumerated() {
                if tagIndex > 0 { out += ", " }
                out += "{\"evidence\": ["
                for (evidenceIndex, evidence) in tag.evidence.enumerated() {
                    if evidenceIndex > 0 { out += ", " }
                    out += "{\"line\": \(evidence.line), \"text\": "
                    JSONText.string(evidence.text, into: &out)
                    out += "}"
                }
                out += "], \"label\": "
                JSONText.string(tag.label, into: &out)
                if let lines = tag.lines { out += ", \"lines\": "; JSONText.ranges(lines, into: &out) }
                if let more = tag.moreEvidence { out += ", \"more_evidence\": \(more)" }
                if let prominence = tag.prominence { out += ", \"prominence\": \"\(prominence.rawValue)\"" }
                out += ", \"score\": "
                if tag.score.isFinite { YAMLText.number(tag.score, into: &out) } else { out += "null" }
                out += ", \"source\": \"\(tag.source.rawValue)\"}"
            }
            out += "]"
        }
        out += "}}"
        return out
    }

    /// `{"fired": [{"decision", "message", "policy", "severity"}], "human": {"by", "decision"} or null, "outcome", "policy", "severity"}`.
    static func render(_ decision: PolicyDecision, into out: inout String) {
        out += "{\"fired\": ["
        for (index, fired) in decision.fired.enumerated() {
            if index > 0 { out += ", " }
            out += "{\"decision\": \"\(fired.decision.rawValue)\", \"message\": "
            JSONText.string(fired.message, into: &out)
            out += ", \"policy\": "
            JSONText.string(fired.policy, into: &out)
            out += ", \"severity\": \"\(fired.severity.rawValue)\"}"
        }
        out += "], \"human\": "
        if let human = decision.human {
            out += "{\"by\": "
            JSONText.string(human.by, into: &out)
            out += ", \"decision\": \"\(human.decision.rawValue)\"}"
        } else {
            out += "null"
        }
        out += ", \"outcome\": \"\(decision.outcome.rawValue)\", \"policy\": \"\(decision.policy.rawValue)\", \"severity\": \"\(decision.severity.rawValue)\"}"
    }

    public mutating func finish(_ report: ClassifyReport) {
        var check = CheckReport(command: "classify")
        check.add(report, corpus: corpus, orphanedTagFile: .warning)
        var out = first ? "{\"articles\": [], \"diagnostics\": [" : "\n], \"diagnostics\": ["
        for (index, problem) in check.problems.sorted().enumerated() {
            out += (index == 0 ? "\n" : ",\n") + ((try? problem.json.encoded(pretty: false)) ?? "{}")
        }
        write(out + (check.problems.isEmpty ? "" : "\n") + "], \"version\": \"\(TagDeskVersion.current)\"}\n")
    }
}

/// JSON string and range literals, written without an encoder.
enum JSONText {
    /// A JSON string: the escapes of a YAML double-quoted scalar are all valid JSON escapes.
    static func string(_ text: String, into out: inout String) {
        YAMLText.quoted(text, into: &out)
    }

    static func ranges(_ ranges: [LineRange], into out: inout String) {
        YAMLText.ranges(ranges, into: &out)
    }
}
