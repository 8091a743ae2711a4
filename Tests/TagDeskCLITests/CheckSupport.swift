import Foundation
import TagDeskTestSupport

/// Corpora for `tagdesk check` tests: a copy of the seeds and rules, with the tag files of a good run.
enum CheckSupport {
    static func corpusWithGoodTagFiles() async throws -> TemporaryCorpus {
        let corpus = try TemporaryCorpus()
        try corpus.writeTagFiles(try await GoodRun.tagFiles())
        return corpus
    }

    /// Replaces the first match of `pattern` in a file of the corpus; fails when nothing matches.
    static func edit(_ path: String, in corpus: TemporaryCorpus, replacing pattern: String, with template: String) throws {
        let text = try corpus.readText(path)
        guard let range = text.range(of: pattern, options: .regularExpression) else {
            throw TestSupportError("\(path) has no match for \(pattern)")
        }
        let replaced = text.replacingOccurrences(of: pattern, with: template, options: .regularExpression, range: range)
        try corpus.write(replaced, to: path)
    }

    /// Lines of the text report that name a problem (`file:line:col: severity: message [kind]`) of `kind`.
    static func problems(_ result: ProcessResult, kind: String) -> [String] {
        result.stdoutLines.filter { $0.hasSuffix(" [\(kind)]") }
    }
}
