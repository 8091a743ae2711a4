import Foundation
import Testing
import TagDeskTestSupport
@testable import TagDeskCore

/// The linear-time engine against ICU (`NSRegularExpression`): same first match, or both none.
@Suite struct LinearRegexDifferentialTests {
    /// Every supported feature at least once; none can match the empty string.
    static let patterns: [String] = [
        "é+", "ộ|ơ|ư", "hà nội", "[àâäéèêëîïôöùûüç]+", "[a-f0-9]{2,}", #"[^a-z\s]+"#, #"[^\W\d_]+"#, #"\d+"#, #"\D+"#,
        #"\w+"#, #"\W+"#, #"\s+"#, #"\S+"#, #"\p{L}+"#, #"\p{Lu}\p{Ll}+"#, #"\P{L}+"#, #"\p{N}+"#, #"\p{Nd}"#,
        #"\p{P}+"#, #"\p{S}"#, #"\p{Z}"#, #"\p{M}+"#, #"[^\p{L}\s]+"#, #"\bthe\b"#, #"\Ba\B"#, #"\bĐ\w+"#,
        #"^\w+"#, #"\w+$"#, #"\A\S+"#, #"\S\z"#, #"\S\Z"#, "^.{3,5}", ".$", "a.c", "(?:ab|a)(?:c|bcd)",
        "(ab|a)(bc|c)?", "o+?n", "n.*?e", "e.*e", "(?:an|in)+", "[aeiou]{2}", #"\d{1,3}(?:[ .]\d{3})*"#,
        #"(?<num>\d+)\s*%"#, #"\x{0627}\x{0644}"#, #"\u00e9|\x41"#, #"[\u0600-\u06FF]+"#, #"\.\s"#, #"\(\d+\)"#,
        #"[\[\]]"#, #"\/|\-|\$"#, #"[\w.-]+@"#, "(?i)HANOI", "(?-i)Hà", "(?i:É)T", "a{0,2}b", "(?:ba){1,}",
        "na{2}", "na{1,2}?", #"\s\S"#, #"[\s\u00a0]\h"#, "Σ|θ", #"[^.!?]{3,8}\s*$"#, #"(?:\S+\s){2}\S+"#,
        "[A-Z]{2,5}/[A-Z]{2,5}", "x(|a)*", "(?:a|)+b", "(?#comment)t", #"\p{Lu}|\P{Ll}"#,
        // Prefilters: a first scalar anchored patterns need (ASCII, two-byte leads, others), bytes every match holds.
        "^[à-ÿ]+", #"^ت\S*"#, "^[^a-z]+", #"^\s*(?:Nguồn|المصدر|Σ)\s*:"#, #"^\W"#, "(?:ab|cb)/", #"x(?:/|:)\d"#,
        #"\(\d+\)|\[\d\]"#, #"^\s*>>.*\S"#, #"\d{1,2}/\d{1,2}/\d{4}\s*$"#, "(?i)K/", "(?:%)?@",
    ]

    static let lines: [String] = {
        var generator = SplitMix64(seed: 0x7A9D_E5C0_1234_5678)
        return (0..<1_500).map { _ in randomLine(&generator) } + seedLines
    }()

    static let seedLines: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(at: RepositoryRoot.seeds, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }.flatMap { file in
            ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n", omittingEmptySubsequences: false)
                .map(String.init)
        }
    }()

    /// Pieces of lines: ASCII, French accents (composed and decomposed), Vietnamese, Arabic, Greek, NBSP, digits,
    /// punctuation.
    private static let pieces: [[String]] = [
        ["a", "b", "c", "e", "n", "o", "i", "t", "h", "r", "s", "x", "k", "A", "B", "E", "N", "T", "H", "K", "X"],
        ["the", "an", "in", "ban", "nana", "abc", "abcd", "HANOI", "Hanoi", "hà nội", "Hà Nội", "Été", "été", "na"],
        ["0", "1", "2", "7", "9", "12", "305", "1 000", "2.500", "٣", "٤", "05/07/2025", "VN/AFP"],
        [".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "-", "/", "%", "@", "'", "\"", ">>", "…", "«", "»", "_", "$"],
        [" ", " ", " ", "\u{A0}", "\t", "\u{2009}"],
        ["é", "è", "à", "ç", "ô", "É", "À", "Ç", "ï", "œ", "e\u{301}", "a\u{301}", "\u{301}"],
        ["ộ", "Ộ", "ơ", "Ơ", "ư", "đ", "Đ", "ấ", "Ầ", "ề", "Việt", "Nguồn", "người"],
        ["ا", "ل", "م", "ن", "و", "ي", "ة", "ع", "ـ", "المصدر", "تعليق", "\u{64E}"],
        ["σ", "ς", "Σ", "α", "Ω", "θ", "ϑ"],
    ]

    private static func randomLine(_ generator: inout SplitMix64) -> String {
        var line = ""
        for _ in 0..<Int.random(in: 0...14, using: &generator) {
            let group = pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            line += group[Int.random(in: 0..<group.count, using: &generator)]
        }
        return line
    }

    @Test(arguments: patterns)
    func agreesWithICU(pattern: String) throws {
        for caseSensitive in [false, true] {
            let ours = try LinearRegexFixture.compile(pattern, caseSensitive: caseSensitive)
            let icu = try LinearRegexFixture.icu(pattern, caseSensitive: caseSensitive)
            var disagreements: [String] = []
            for line in Self.lines {
                let expected = LinearRegexFixture.icuMatch(icu, in: line)
                let found = ours.firstMatch(in: line)
                if found != expected { disagreements.append("\(line.debugDescription): \(found.debugDescription), ICU \(expected.debugDescription)") }
            }
            #expect(disagreements.isEmpty, "\(caseSensitive ? "case-sensitive" : "case-insensitive"): \(disagreements.prefix(5))")
        }
    }

    @Test func theLinesCoverEveryKindOfText() {
        #expect(Self.seedLines.count > 300)
        let text = Self.lines.joined(separator: "\n")
        for sample in ["\u{A0}", "ộ", "ال", "e\u{301}", "ς", "٣", "«"] { #expect(text.contains(sample), "\(sample)") }
    }

    // MARK: The rule files' own patterns

    /// Patterns under `patterns:` and `after:` in `Rules/*.yaml` (block lists of single-quoted strings).
    static let rulePatterns: [String] = ruleFiles.flatMap { text in
        var patterns: [String] = []
        var listIndent: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = line.prefix { $0 == " " }.count
            let body = line.dropFirst(indent)
            if body == "patterns:" || body == "after:" {
                listIndent = indent
            } else if let list = listIndent, indent > list, body.hasPrefix("- '"), body.hasSuffix("'") {
                patterns.append(String(body.dropFirst(3).dropLast()).replacingOccurrences(of: "''", with: "'"))
            } else if let list = listIndent, indent <= list {
                listIndent = nil
            }
        }
        return patterns
    }

    /// The `text:` of every example in `Rules/*.yaml` (double-quoted, without escapes).
    static let ruleExamples: [String] = ruleFiles.flatMap { text in
        text.split(separator: "\n").compactMap { line -> String? in
            guard let start = line.range(of: "- text: \"") else { return nil }
            return String(line[start.upperBound...].dropLast())
        }
    }

    private static let ruleFiles: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(at: RepositoryRoot.rules, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }
            .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
    }()

    @Test func theRuleFilesPatternsAreFound() {
        #expect(Self.rulePatterns.count >= 9)
        #expect(Self.rulePatterns.contains(#"^\S[^.!?]{0,60}\d{1,2}/\d{1,2}/\d{4}\s*$"#))
        #expect(Self.rulePatterns.contains(#"^(Comment|Commentaire|Commentaires|تعليق|Bình luận)\s*\(\d+\)\s*$"#))
        #expect(Self.ruleExamples.contains("Báo Quốc TếBáo Quốc Tế05/07/2025"))
    }

    @Test func ruleFilePatternsMatchAsICUDidOnExamplesAndSeedLines() throws {
        var matched = 0
        for pattern in Self.rulePatterns {
            let ours = try LinearRegexFixture.compile(pattern)
            let icu = try LinearRegexFixture.icu(pattern)
            for line in Self.ruleExamples + Self.seedLines {
                let expected = LinearRegexFixture.icuMatch(icu, in: line)
                #expect(ours.firstMatch(in: line) == expected, "\(pattern) on \(line.debugDescription)")
                if expected != nil { matched += 1 }
            }
        }
        #expect(matched >= 10)  // the comparison is not only about lines nothing matches
    }
}
