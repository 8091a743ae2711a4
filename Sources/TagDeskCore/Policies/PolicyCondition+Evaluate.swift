extension PolicyCondition {
    /// What a condition is evaluated on: one article's result and masks of its lines, indexed by line number.
    struct Subject {
        let result: ArticleResult
        /// Classifiers with the language role, whose lines in another language than the article's are `other-language`.
        let languageClassifiers: [String]
        /// By line number (index 0 unused): non-blank lines, those no boilerplate classifier tagged, and those
        /// from the first such line to the last.
        let article: [Bool]
        let content: [Bool]
        let body: [Bool]

        init(result: ArticleResult, article lines: [ArticleLine], languageClassifiers: [String]) {
            self.result = result
            self.languageClassifiers = languageClassifiers
            var article = [Bool](repeating: false, count: (lines.last?.number ?? 0) + 1)
            for line in lines where !line.isBlank && line.number < article.count { article[line.number] = true }
            var content = article
            for line in result.boilerplate.keys where line < content.count { content[line] = false }
            var body = [Bool](repeating: false, count: article.count)
            if let first = content.firstIndex(of: true), let last = content.lastIndex(of: true) {
                for line in first...last { body[line] = article[line] }
            }
            self.article = article
            self.content = content
            self.body = body
        }

        func lines(_ base: ShareTest.Base) -> [Bool] {
            switch base {
            case .article: article
            case .content: content
            case .body: body
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
            let selected = test.lines.value.lines(of: subject)
            var total = 0, chosen = 0
            for line in base.indices where base[line] {
                total += 1
                if selected[line] { chosen += 1 }
            }
            if let minLines = test.minLines, chosen < minLines { return false }
            let share = total == 0 ? 0 : Double(chosen) / Double(total)
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
    /// A mask of the lines selected, by line number, as long as the subject's masks.
    func lines(of subject: PolicyCondition.Subject) -> [Bool] {
        let result = subject.result
        var mask = [Bool](repeating: false, count: subject.article.count)
        func mark(_ tags: [Tag]) {
            for tag in tags {
                for range in tag.lines ?? [] where range.start < mask.count {
                    for line in range.start...min(range.end, mask.count - 1) { mask[line] = true }
                }
            }
        }
        switch self {
        case .boilerplate:
            for line in result.boilerplate.keys where line < mask.count { mask[line] = true }
        case .otherLanguage:
            guard let language = result.language else { break }
            for classifier in subject.languageClassifiers { mark((result.tags[classifier] ?? []).filter { $0.label != language }) }
        case .tagged(let classifier, let label):
            mark((result.tags[classifier.value] ?? []).filter { tag in label.map { tag.label == $0.value } ?? true })
        }
        return mask
    }
}
