import Foundation
import Testing
@testable import TagDeskCore

/// Builds `LinePattern`s as a rule file would, and asks ICU (`NSRegularExpression`) what it would have matched.
enum LinearRegexFixture {
    static let file = "Rules/t.yaml"
    /// Where the pattern sits in `source(for:)`: line 5, after `    patterns: [`.
    static let location = SourceLocation(file: file, line: 5, column: 16)

    static func source(for pattern: String) -> String {
        "classifier: t\nplugin: pattern\nlabels:\n  x:\n    patterns: ['\(pattern)']\n"
    }

    static func compile(_ pattern: String, caseSensitive: Bool = false) throws(Diagnostic) -> LinePattern {
        let configuration = PluginConfiguration<Int, Int>(classifier: "t", scope: .line, multiLabel: false, labels: [],
                                                          settings: 0, file: file, source: source(for: pattern))
        let located = Located(value: pattern, line: location.line, column: location.column)
        return try LinePattern(located, caseSensitive: caseSensitive, configuration: configuration)
    }

    /// The diagnostic for a pattern that must not compile, or `nil` if it compiles.
    static func diagnostic(for pattern: String) -> Diagnostic? {
        do throws(Diagnostic) {
            _ = try compile(pattern)
            return nil
        } catch {
            return error
        }
    }

    static func firstMatch(_ pattern: String, in line: String, caseSensitive: Bool = false) throws -> String? {
        try compile(pattern, caseSensitive: caseSensitive).firstMatch(in: line)
    }

    /// ICU's first match, cut from `line` by scalar offsets (a match may end inside a grapheme cluster).
    static func icuMatch(_ expression: NSRegularExpression, in line: String) -> String? {
        guard let match = expression.firstMatch(in: line, range: NSRange(location: 0, length: line.utf16.count)) else {
            return nil
        }
        let start = String.Index(utf16Offset: match.range.location, in: line)
        let end = String.Index(utf16Offset: match.range.location + match.range.length, in: line)
        return String(line.unicodeScalars[start..<end])
    }

    static func icu(_ pattern: String, caseSensitive: Bool = false) throws -> NSRegularExpression {
        try NSRegularExpression(pattern: pattern, options: caseSensitive ? [] : [.caseInsensitive])
    }
}

@Suite struct LinearRegexTests {
    private func match(_ pattern: String, _ line: String, caseSensitive: Bool = false) throws -> String? {
        try LinearRegexFixture.firstMatch(pattern, in: line, caseSensitive: caseSensitive)
    }

    @Test func caseInsensitiveByDefaultBeyondASCII() throws {
        #expect(try match("é+", "ÉTÉ") == "É")
        #expect(try match("hà nội", "Thủ đô HÀ NỘI") == "HÀ NỘI")
        #expect(try match("[ộơ]+", "BỘ NGOẠI GIAO") == "Ộ")
        #expect(try match("λόγος", "ΛΌΓΟΣ") == "ΛΌΓΟΣ")
        #expect(try match("σ", "ς") == "ς")  // final sigma folds like sigma
        #expect(try match("k", "\u{212A}") == "\u{212A}")  // Kelvin sign
        #expect(try match("i", "ı") == nil)  // dotless i is its own letter outside Turkish, as in ICU
        #expect(try match("تعليق", "تعليق (0)") == "تعليق")
    }

    @Test func caseSensitiveWhenAskedAndInlineFlags() throws {
        #expect(try match("é", "É", caseSensitive: true) == nil)
        #expect(try match("(?i)é", "É", caseSensitive: true) == "É")
        #expect(try match("(?-i)Hà", "hà Hà") == "Hà")
        #expect(try match("(?i:É)t", "ÉT Ét", caseSensitive: true) == "Ét")
        #expect(try match("a(?i)b", "aB", caseSensitive: true) == "aB")
    }

    @Test func classesCloseOverCaseBeforeNegating() throws {
        #expect(try match("[^a]", "A") == nil)
        #expect(try match("[^a]", "A", caseSensitive: true) == "A")
        #expect(try match(#"\p{Lu}+"#, "abc") == "abc")
        #expect(try match(#"\P{Lu}"#, "A") == nil)
        #expect(try match("[à-ÿ]+", "ÉÈt") == "ÉÈ")
        #expect(try match(#"[\w.-]+"#, "mail: a.b-c@x") == "mail")
        #expect(try match(#"[\d-z]+"#, "y 5-z") == "5-z")  // '-' after a class is literal, as in ICU
        #expect(try match("[]a]+", "x]a]") == "]a]")
    }

    @Test func propertyClassesFollowICU() throws {
        #expect(try match(#"\s"#, "a\u{A0}b") == "\u{A0}")  // NBSP
        #expect(try match(#"\w+"#, "(المصدر)") == "المصدر")
        #expect(try match(#"\d+"#, "عام ٢٠٢٥") == "٢٠٢٥")
        #expect(try match(#"\w"#, "²") == nil)
        #expect(try match(#"\p{P}+"#, "a«»!b") == "«»!")
        #expect(try match(#"\p{M}"#, "e\u{301}") == "\u{301}")
        #expect(try match("a.b", "a\u{2028}b") == nil)  // '.' stops at line terminators
    }

    @Test func anchorsAndWordBoundaries() throws {
        #expect(try match("^ab", "xab") == nil)
        #expect(try match("b$", "ab\u{2028}") == "b")  // before a final line terminator, as ICU
        #expect(try match(#"b\z"#, "ab\u{2028}") == nil)
        #expect(try match(#"\bnam\b"#, "Việt Nam") == "Nam")
        #expect(try match(#"\bnam\b"#, "Namđịnh") == nil)
        #expect(try match(#"e\b"#, "e\u{301} ") == nil)  // a combining mark continues the word
        #expect(try match(#"\Bb"#, "a\u{301}b") == "b")
    }

    @Test func leftmostFirstAsABacktrackingEngine() throws {
        #expect(try match("a|ab", "ab") == "a")
        #expect(try match("ab|a", "ab") == "ab")
        #expect(try match("(a|ab)(c|bcd)", "abcd") == "abcd")
        #expect(try match("(ab|a)(c|bcd)", "abcd") == "abc")
        #expect(try match("b+|a", "ab") == "a")
        #expect(try match("a{2,4}", "aaaaa") == "aaaa")
        #expect(try match("a{2,4}?", "aaaaa") == "aa")
        #expect(try match("<.+?>", "<a><b>") == "<a>")
        #expect(try match("<.+>", "<a><b>") == "<a><b>")
        #expect(try match("x(|a)*", "xaa") == "x")  // an empty iteration leaves the loop, as in ICU
        #expect(try match("x(a|)*", "xaa") == "xaa")
    }

    @Test func matchesAreCutAtScalarsEvenInsideAGraphemeCluster() throws {
        #expect(try match("e", "cafe\u{301}") == "e")
        #expect(try match("\u{301}", "cafe\u{301}!") == "\u{301}")
        #expect(try match(#"\x{1F600}+"#, "ok 😀😀!") == "😀😀")
    }

    @Test func catastrophicPatternsRunInLinearTime() throws {
        let manyA = String(repeating: "a", count: 10_000)
        #expect(try match("(a+)+$", manyA + "b") == nil)
        #expect(try match("(a|aa)*c", manyA) == nil)
        #expect(try match("(x+x+)+y", String(repeating: "x", count: 10_000)) == nil)
        #expect(try match(#"^(\w+\s?)+$"#, String(repeating: "word ", count: 2_000) + "!") == nil)
        #expect(try match("(a|aa)*c", manyA + "c") == manyA + "c")
    }

    @Test func oneCompiledPatternServesManyThreads() async throws {
        let pattern = try LinearRegexFixture.compile(#"\b\w+\s*\d{1,2}/\d{1,2}/\d{4}"#)
        let lines = (0..<200).map { "Báo Quốc Tế \($0 % 28 + 1)/07/2025 — ligne \($0)" }
        let expected = lines.map { pattern.firstMatch(in: $0) }
        let results = await withTaskGroup(of: [String?].self) { group in
            for _ in 0..<8 { group.addTask { lines.map { pattern.firstMatch(in: $0) } } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == expected })
        #expect(expected[0] == "Tế 1/07/2025")
    }
}
