import Foundation
import Yams

extension DecisionsFile {
    /// The bytes of a decisions file with `decision` added as one more `- {…}` line at its end, every byte
    /// already there kept as it is (comments, quoting, line endings). A new file is made when `existing` is nil.
    /// - Throws: a diagnostic when the list cannot be extended without rewriting what a person wrote (a flow-style
    ///   list, or `decisions:` not the last key).
    public static func appending(_ decision: HumanDecision, to existing: [UInt8]?, article: String,
                                 displayPath: String) throws(Diagnostic) -> [UInt8] {
        try appending(node: decision.yamlNode, to: existing, article: article, displayPath: displayPath)
    }

    /// `appending(_:to:article:displayPath:)` for a moderation decision.
    public static func appending(_ decision: ModerationDecision, to existing: [UInt8]?, article: String,
                                 displayPath: String) throws(Diagnostic) -> [UInt8] {
        try appending(node: decision.yamlNode, to: existing, article: article, displayPath: displayPath)
    }

    /// `appending(_:to:article:displayPath:)` for a review record.
    public static func appending(_ record: ReviewRecord, to existing: [UInt8]?, article: String,
                                 displayPath: String) throws(Diagnostic) -> [UInt8] {
        try appending(node: record.yamlNode, to: existing, article: article, displayPath: displayPath)
    }

    static func appending(node: Node, to existing: [UInt8]?, article: String,
                                  displayPath: String) throws(Diagnostic) -> [UInt8] {
        let item: String
        do {
            item = try Yams.serialize(node: .sequence(Node.Sequence([node], .implicit, .block)),
                                      width: -1, allowUnicode: true)
        } catch {
            throw Diagnostic(file: displayPath, location: nil, message: "cannot encode the decision: \(error)")
        }
        guard let existing else {
            return Array((header + "article: \(article)\ndecisions:\n" + item).utf8)
        }
        let source = String(decoding: existing, as: UTF8.self)
        let root: Node
        do {
            guard let parsed = try Yams.compose(yaml: source, .default, .default, .utf8) else { throw YamlError.no }
            root = parsed
        } catch {
            throw Diagnostic(file: displayPath, location: nil,
                             message: "cannot add a decision to a decisions file that does not read; fix it first ('tagdesk classify' says where)")
        }
        let refusal = Diagnostic(file: displayPath, location: nil, message: """
            cannot add a decision without rewriting what a person wrote: 'decisions:' must be the last key, with a \
            block list (one '- {…}' line per decision) or nothing after it; add this line to the list by hand:
            \(item.trimmingCharacters(in: .newlines))
            """)
        guard case .mapping(let mapping) = root, Array(mapping.keys).last?.string == "decisions" else { throw refusal }
        var indent = ""
        let lines = existing.split(separator: 0x0A, omittingEmptySubsequences: false)
        switch mapping["decisions"] {
        case .sequence(let list)? where !isFlowList(list, lines: lines):
            if let line = list.first?.mark?.line {
                if line - 1 < lines.count { indent = String(decoding: lines[line - 1].prefix { $0 == 0x20 }, as: UTF8.self) }
            }
        case .scalar(let scalar)? where scalar.string.isEmpty && scalar.style == .plain:
            break
        default:
            throw refusal
        }
        let lineEnding = source.contains("\r\n") ? "\r\n" : "\n"
        var text = existing
        if let lastByte = text.last, lastByte != 0x0A { text += Array(lineEnding.utf8) }
        text += Array((indent + item.trimmingCharacters(in: .newlines) + lineEnding).utf8)
        return text
    }

    /// Whether `list` is written in flow style (`[…]`), read from the text at its start: Yams gives a sequence the
    /// style of its end event rather than its start event, so `Node.Sequence.style` says `.any` for `[]` and
    /// `[{…}]` alike (found by fuzzing: `decisions: []` took a `- {…}` line after it, which no longer reads).
    /// A list whose start cannot be found counts as flow, so the caller refuses rather than guesses.
    static func isFlowList(_ list: Node.Sequence, lines: [ArraySlice<UInt8>]) -> Bool {
        guard let mark = list.mark, mark.line >= 1, mark.line <= lines.count, mark.column >= 1 else { return true }
        // Yams counts columns in characters (Unicode scalars) from 1.
        let text = String(decoding: lines[mark.line - 1], as: UTF8.self).unicodeScalars
        guard let first = text.dropFirst(mark.column - 1).first else { return true }
        return first != "-"
    }
}
