import Foundation
import TagDeskTestSupport
import Testing

/// `tagdesk rules lint` reports every nonsense case of a rules folder, each at its line and column, in one run.
@Suite struct RulesLintTests {
    /// A problem `rules lint` must report, found in the file's text: the first line containing `line`, at the
    /// column where `column` starts in it (`nil` for a whole-file problem).
    struct Expected: Sendable {
        let file: String
        let line: String?
        let column: String?
        let level: String
        let message: String

        func headline(in text: String) throws -> String {
            guard let line, let column else { return "Rules/\(file): \(level): \(message)" }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let index = lines.firstIndex(where: { $0.contains(line) }),
                  let range = lines[index].range(of: column) else {
                throw TestSupportError("Rules/\(file) has no line containing \(line.debugDescription) with \(column.debugDescription)")
            }
            let number = lines[index].unicodeScalars[..<range.lowerBound].count + 1
            return "Rules/\(file):\(index + 1):\(number): \(level): \(message)"
        }
    }

    /// A lexicon rule file whose one example expects every label in `exampled`, so no other warning shows.
    static func lexicon(_ name: String, labels: String, exampled: [String], extra: String = "") -> String {
        """
        classifier: \(name)
        plugin: lexicon
        scope: article
        multi_label: true
        \(extra)labels:
        \(labels)
        examples:
          - text: Texte de l'exemple.
            labels: [\(exampled.joined(separator: ", "))]

        """
    }

    static let files: [String: String] = [
        "thresholds.yaml": lexicon("thresholds", labels: """
              zero:
                threshold: 0
                terms: [zéro]
              negative:
                threshold: -1
                terms: [négatif]
              not-a-number:
                threshold: .nan
                terms: [nombre]
              infinite:
                threshold: .inf
                terms: [infini]
              heavy:
                terms:
                  - {term: lourd, weight: .inf}
            """, exampled: ["zero", "negative", "not-a-number", "infinite", "heavy"]),
        "hits.yaml": lexicon("hits", labels: """
              rain:
                terms: [pluie, mưa, مطر]
            """, exampled: ["rain"], extra: "settings:\n  max_hits_per_term: 0\n"),
        "language-a.yaml": lexicon("language-a", labels: """
              fr:
                terms: [le, la]
            """, exampled: ["fr"], extra: "role: language\n"),
        "language-b.yaml": lexicon("language-b", labels: """
              vi:
                terms: [của, và]
            """, exampled: ["vi"], extra: "role: language\n"),
        "empty-name.yaml": lexicon("\"\"", labels: "  x:\n    terms: [x]", exampled: ["x"]),
        "slash.yaml": lexicon("a/b", labels: "  x:\n    terms: [x]", exampled: ["x"]),
        "upper.yaml": lexicon("Topic", labels: "  x:\n    terms: [x]", exampled: ["x"]),
        "terms.yaml": lexicon("terms", labels: """
              laos:
                terms: [Lao, Vientiane, Lào, "…!?"]
              capital:
                terms: [vientiane, Hà Nội]
              empty:
                terms: []
              unexampled:
                terms: [Phnom Penh]
            """, exampled: ["laos", "capital", "empty"]),
        "chrome.yaml": """
            classifier: chrome
            plugin: boilerplate
            scope: paragraph
            labels:
              template:
                repeated:
                  min_articles: 0
                  max_words: 0
              footer:
                patterns: ['^\\s*Footer Banner\\b']
            examples:
              - text: Footer Banner Agribank
                labels: [footer]

            """,
        "regex.yaml": """
            classifier: regex
            plugin: pattern
            scope: line
            labels:
              date:
                patterns: ['(Ha', 'a*', '\\d{4}', '\\d{4}']
                weight: -2
            examples:
              - text: le 4 juillet 2025
                labels: [date]

            """,
        "extra.yml": lexicon("extra", labels: "  x:\n    terms: [x]", exampled: ["x"]),
    ]

    static let expected: [Expected] = [
        Expected(file: "thresholds.yaml", line: "threshold: 0", column: "0", level: "error",
                 message: "expected a finite number above 0 for 'threshold', found 0"),
        Expected(file: "thresholds.yaml", line: "threshold: -1", column: "-1", level: "error",
                 message: "expected a finite number above 0 for 'threshold', found -1"),
        Expected(file: "thresholds.yaml", line: "threshold: .nan", column: ".nan", level: "error",
                 message: "expected a finite number above 0 for 'threshold', found .nan"),
        Expected(file: "thresholds.yaml", line: "threshold: .inf", column: ".inf", level: "error",
                 message: "expected a finite number above 0 for 'threshold', found .inf"),
        Expected(file: "thresholds.yaml", line: "weight: .inf", column: ".inf", level: "error",
                 message: "expected a finite number above 0 for 'weight', found .inf"),
        Expected(file: "hits.yaml", line: "max_hits_per_term: 0", column: "0", level: "error",
                 message: "expected an integer of at least 1 for 'max_hits_per_term', found 0; no match would count, so no unit would get a label"),
        Expected(file: "language-b.yaml", line: "role: language", column: "language", level: "error",
                 message: "role 'language' is already played by classifier 'language-a' (Rules/language-a.yaml:5); one classifier per role"),
        Expected(file: "empty-name.yaml", line: "classifier:", column: "\"\"", level: "error",
                 message: "invalid classifier name ''; expected a kebab-case identifier such as 'topic' or 'page-chrome' (it names the classifier in tag files and on the command line)"),
        Expected(file: "slash.yaml", line: "classifier:", column: "a/b", level: "error",
                 message: "invalid classifier name 'a/b'; expected a kebab-case identifier such as 'topic' or 'page-chrome' (it names the classifier in tag files and on the command line)"),
        Expected(file: "upper.yaml", line: "classifier:", column: "Topic", level: "error",
                 message: "invalid classifier name 'Topic'; expected a kebab-case identifier such as 'topic' or 'page-chrome' (it names the classifier in tag files and on the command line)"),
        Expected(file: "terms.yaml", line: "terms: [Lao", column: "Lào", level: "error",
                 message: "term 'Lào' is the same as 'Lao' (line 7, column 13) once case and accents are folded; a match would be counted twice, remove one"),
        Expected(file: "terms.yaml", line: "terms: [Lao", column: "\"…!?\"", level: "error",
                 message: "term '…!?' has no letters or digits to match"),
        Expected(file: "terms.yaml", line: "terms: [vientiane", column: "vientiane", level: "warning",
                 message: "term 'vientiane' is also a term of label 'laos' ('Vientiane', line 7, column 18) once case and accents are folded; a match counts for both labels"),
        Expected(file: "terms.yaml", line: "empty:", column: "empty", level: "error",
                 message: "label 'empty' has no terms; expected a list under 'terms'"),
        Expected(file: "terms.yaml", line: "unexampled:", column: "unexampled", level: "warning",
                 message: "label 'unexampled' has no example; add one under 'examples' so 'tagdesk rules test' checks it"),
        Expected(file: "chrome.yaml", line: "scope: paragraph", column: "paragraph", level: "error",
                 message: "plugin 'boilerplate' cannot tag scope 'paragraph'; expected 'line'"),
        Expected(file: "chrome.yaml", line: "min_articles: 0", column: "0", level: "error",
                 message: "expected an integer of at least 2 for 'min_articles', found 0; every short line is found in at least one article, so all would be chrome"),
        Expected(file: "chrome.yaml", line: "max_words: 0", column: "0", level: "error",
                 message: "expected an integer of at least 1 for 'max_words', found 0; no line is that short, so the signal would never fire"),
        Expected(file: "regex.yaml", line: "patterns:", column: "'(Ha'", level: "error",
                 message: "invalid regex '(Ha' at offset 3: missing closing parenthesis"),
        Expected(file: "regex.yaml", line: "patterns:", column: "'a*'", level: "error",
                 message: "regex 'a*' matches the empty string, so it would tag every line; expected a pattern that needs at least one character"),
        Expected(file: "regex.yaml", line: "patterns:", column: "'\\d{4}']", level: "error",
                 message: "pattern '\\d{4}' is already listed for label 'date' (line 6, column 29); a line would be counted twice, remove one"),
        Expected(file: "regex.yaml", line: "weight: -2", column: "-2", level: "error",
                 message: "expected a finite number above 0 for 'weight', found -2"),
        Expected(file: "extra.yml", line: nil, column: nil, level: "error",
                 message: "rule files end in '.yaml'; this file is not read, rename it to 'extra.yaml'"),
    ]

    /// A folder holding `Rules/` with the given files only.
    private func rulesFolder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("TagDeskLint-\(UUID().uuidString)")
        let rules = root.appendingPathComponent("Rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: rules.appendingPathComponent(name)) }
        return root
    }

    private static func headlines(_ output: String) -> [String] {
        output.split(separator: "\n").map(String.init)
            .filter { $0.hasPrefix("Rules/") && ($0.contains(": error: ") || $0.contains(": warning: ")) }
    }

    @Test func everyNonsenseCaseIsReportedAtItsPlaceInOneRun() throws {
        let root = try rulesFolder(Self.files)
        defer { try? FileManager.default.removeItem(at: root) }

        let result = try TagdeskProcess.run(["rules", "lint"], in: root)

        #expect(result.status == 1, "\(result)")
        let expected = try Self.expected.map { try $0.headline(in: Self.files[$0.file] ?? "") }
        let reported = Self.headlines(result.stdout)
        for headline in expected {
            #expect(reported.contains(headline), "missing: \(headline)\n\(result)")
        }
        for headline in reported where !expected.contains(headline) {
            Issue.record("not expected: \(headline)")
        }
        let errors = Self.expected.count(where: { $0.level == "error" })
        let warnings = Self.expected.count(where: { $0.level == "warning" })
        #expect(result.stdoutLines.last == "\(Self.files.count) rule files: \(errors) errors, \(warnings) warnings", "\(result)")
    }

    @Test func warningsFailOnlyWhenStrict() throws {
        let root = try rulesFolder(["terms.yaml": Self.lexicon("terms", labels: "  laos:\n    terms: [Lao]\n  cambodia:\n    terms: [Cambodge]",
                                                               exampled: ["laos"])])
        defer { try? FileManager.default.removeItem(at: root) }

        let lenient = try TagdeskProcess.run(["rules", "lint"], in: root)
        let strict = try TagdeskProcess.run(["rules", "lint", "--strict"], in: root)

        #expect(lenient.status == 0, "\(lenient)")
        #expect(strict.status == 1, "\(strict)")
        #expect(lenient.stdout == strict.stdout)
        #expect(lenient.stdoutLines.last == "1 rule file: 0 errors, 1 warning", "\(lenient)")
    }

    @Test func shippedRulesHaveNoError() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }

        let result = try TagdeskProcess.run(["rules", "lint"], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.last?.hasPrefix("5 rule files: 0 errors, ") == true, "\(result)")
    }

    @Test func fileArgumentsNarrowTheReport() throws {
        let root = try rulesFolder(Self.files)
        defer { try? FileManager.default.removeItem(at: root) }

        let result = try TagdeskProcess.run(["rules", "lint", "Rules/hits.yaml"], in: root)

        #expect(result.status == 1, "\(result)")
        #expect(Self.headlines(result.stdout).allSatisfy { $0.hasPrefix("Rules/hits.yaml:") }, "\(result)")
        #expect(result.stdoutLines.last == "1 rule file: 1 error, 0 warnings", "\(result)")
    }

    @Test(arguments: [["rules", "lint", "nowhere.yaml"], ["rules", "lint", "--rules", "missing"], ["rules", "test", "Package.yaml"]])
    func aFileOutsideTheRulesFolderOrNoFolderIsAUsageError(_ arguments: [String]) throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.write("classifier: stray\n", to: "Package.yaml")

        let result = try TagdeskProcess.run(arguments, in: corpus.url)

        #expect(result.status == 2, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.contains("error: "), "\(result)")
    }
}
