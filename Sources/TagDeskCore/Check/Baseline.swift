import Foundation

/// The problems a team accepted on a given day (`tagdesk check --write-baseline FILE`), so that a later
/// `check --baseline FILE` fails only on new ones, as SwiftLint and Semgrep baselines do. A problem is known by
/// its article (or file), classifier, kind and the digest of the text at its line, never by its line number, so
/// it survives edits elsewhere; each entry accepts one occurrence.
public struct Baseline: Sendable {
    /// Accepted occurrences by `CheckProblem.baselineKey`.
    private var counts: [String: Int] = [:]
    private var entries: [JSONValue] = []

    public init(_ problems: [CheckProblem]) {
        for problem in problems.sorted(by: { ($0.baselineKey, $0) < ($1.baselineKey, $1) }) {
            counts[problem.baselineKey, default: 0] += 1
            var entry: [String: JSONValue] = ["kind": .string(problem.kind), "file": .string(problem.file),
                                              "message": .string(problem.message)]
            if let article = problem.article { entry["article"] = .string(article) }
            if let classifier = problem.classifier { entry["classifier"] = .string(classifier) }
            if let digest = problem.lineDigest { entry["line_digest"] = .string(digest) }
            entries.append(.object(entry))
        }
    }

    /// Reads a file written by `encoded()`.
    /// - Throws: a `Diagnostic` naming the file when it cannot be read or is not a baseline.
    public init(contentsOf url: URL, displayPath: String) throws(Diagnostic) {
        let problem = { (message: String) in Diagnostic(file: displayPath, location: nil, message: message) }
        guard let data = try? Data(contentsOf: url) else { throw problem("cannot read the baseline file") }
        guard let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              document["tagdesk_baseline"] as? Int == 1, let list = document["problems"] as? [[String: Any]] else {
            throw problem("not a TagDesk baseline; expected the JSON that 'tagdesk check --write-baseline FILE' writes")
        }
        for entry in list {
            guard let kind = entry["kind"] as? String, let file = entry["file"] as? String else {
                throw problem("a baseline entry lacks 'kind' or 'file'; expected the JSON that 'tagdesk check --write-baseline FILE' writes")
            }
            let known = CheckProblem(kind: kind, severity: .info, file: file, message: "", article: entry["article"] as? String,
                                     classifier: entry["classifier"] as? String, lineDigest: entry["line_digest"] as? String)
            counts[known.baselineKey, default: 0] += 1
        }
    }

    /// The problems the baseline does not accept, and how many it did.
    public func filter(_ problems: [CheckProblem]) -> (new: [CheckProblem], known: Int) {
        var left = counts
        var new: [CheckProblem] = []
        for problem in problems.sorted() {
            if let count = left[problem.baselineKey], count > 0 {
                left[problem.baselineKey] = count - 1
            } else {
                new.append(problem)
            }
        }
        return (new, problems.count - new.count)
    }

    /// The file's text: JSON with sorted keys and entries, the same bytes for the same problems.
    public func encoded() throws(ReportError) -> String {
        try JSONValue.object(["tagdesk_baseline": 1, "problems": .array(entries)]).encoded()
    }
}
