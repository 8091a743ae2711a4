extension PolicyCondition {
    /// What a condition is evaluated on: one article's result and its non-blank lines.
    struct Subject {
        let result: ArticleResult
        /// Line numbers of the article's non-blank lines.
        let nonBlank: Set<Int>
        /// Classifiers with the language role, whose lines in another language than the article's are `other-language`.
        let languageClassifiers: [String]

        func lines(_ base: ShareTest.Base) -> Set<Int> {
            let content = nonBlank.subtracting(result.boilerplateLines)
            switch base {
            case .article: return nonBlank
            case .content: return content
            case .body:
                guard let first = content.min(), let last = content.max() else { return [] }
                return nonBlank.filter { (first...last).contains($0) }
            }
        }
    }

    func holds(for subject: Subject) -> Bool {
        switch self {
        case .tag(let test):
            return (subject.result.tags[test.classifier.value] ?? []).contains { tag in
                (test.label.map { tag.label == $0.value } ?? true) && tag.score >= (test.minScore ?? -.infinity)
            }
        case .finding(let test):
            return subject.result.findings.contains { finding in
                (test.kind.map { finding.kind == $0.value } ?? true) && finding.severity >= (test.severity ?? .info)
                    && (test.classifier.map { finding.classifier == $0.value } ?? true)
            }
        case .share(let test):
            let base = subject.lines(test.of)
            let selected = test.lines.value.lines(of: subject).intersection(base)
            if let minLines = test.minLines, selected.count < minLines { return false }
            let share = base.isEmpty ? 0 : Double(selected.count) / Double(base.count)
            if let above = test.above { return share > above.value }
            return share >= (test.atLeast?.value ?? 0)
        case .all(let conditions):
            return conditions.allSatisfy { $0.holds(for: subject) }
        case .any(let conditions):
            return conditions.contains { $0.holds(for: subject) }
        case .not(let condition):
            return !condition.holds(for: subject)
        }
    }
}

extension PolicyCondition.LineSelector {
    func lines(of subject: PolicyCondition.Subject) -> Set<Int> {
        let result = subject.result
        func lines(of tags: [Tag]) -> Set<Int> {
            var lines: Set<Int> = []
            for tag in tags { for range in tag.lines ?? [] { lines.formUnion(range.lines) } }
            return lines
        }
        switch self {
        case .boilerplate:
            return result.boilerplateLines
        case .otherLanguage:
            guard let language = result.language else { return [] }
            return lines(of: subject.languageClassifiers.flatMap { result.tags[$0] ?? [] }.filter { $0.label != language })
        case .tagged(let classifier, let label):
            return lines(of: (result.tags[classifier.value] ?? []).filter { tag in label.map { tag.label == $0.value } ?? true })
        }
    }
}
