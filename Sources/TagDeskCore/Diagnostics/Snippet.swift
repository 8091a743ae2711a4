import Foundation

/// The offending line of a source file with a caret under a 1-based column counted in Unicode scalars.
enum Snippet {
    static func caret(in source: String, line: Int, column: Int) -> String? {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        let text = lines[line - 1].replacingOccurrences(of: "\r", with: "")
        let prefix = String(String.UnicodeScalarView(text.unicodeScalars.prefix(max(0, column - 1))))
        let pad = prefix.map { $0 == "\t" ? "\t" : " " }.joined()
        return text + "\n" + pad + "^"
    }
}
