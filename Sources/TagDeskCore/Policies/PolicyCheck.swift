/// Checks the names a policy condition uses against the rule set's classifiers, labels and finding kinds,
/// and its numbers against their ranges; every problem located in the policy file.
struct PolicyCheck {
    let file: PolicyFile
    let ruleSet: RuleSet

    func problems(in condition: PolicyCondition) -> [Diagnostic] {
        switch condition {
        case .tag(let test):
            var problems = classifierProblems(test.classifier, label: test.label)
            if let score = test.minScore, !score.isFinite {
                problems.append(file.error("'min_score' is \(score); expected a finite number", at: test.classifier))
            }
            return problems
        case .finding(let test):
            var problems: [Diagnostic] = []
            if let kind = test.kind, !Finding.kinds.contains(kind.value) {
                let hint = nearestWord(to: kind.value, in: Finding.kinds).map { "did you mean '\($0)'? " } ?? ""
                problems.append(file.error("no classifier or check produces findings of kind '\(kind.value)'; \(hint)kinds: \(Finding.kinds.joined(separator: ", "))",
                                           at: kind))
            }
            if let classifier = test.classifier { problems += classifierProblems(classifier, label: nil) }
            return problems
        case .share(let test):
            var problems: [Diagnostic] = []
            for threshold in [test.above, test.atLeast].compactMap({ $0 }) where !(0...1).contains(threshold.value) {
                problems.append(file.error("share threshold \(threshold.value) is not a fraction; expected a number from 0 to 1 (0.25 is a quarter of the lines)",
                                           at: threshold))
            }
            switch test.lines.value {
            case .boilerplate:
                if !ruleSet.classifiers.contains(where: { $0.role == .boilerplate }) {
                    problems.append(file.error("'boilerplate' lines need a classifier with 'role: boilerplate'; the rules have none", at: test.lines))
                }
            case .otherLanguage:
                if !ruleSet.classifiers.contains(where: { $0.role == .language }) {
                    problems.append(file.error("'other-language' lines need a classifier with 'role: language'; the rules have none", at: test.lines))
                }
            case .tagged(let classifier, let label):
                problems += classifierProblems(classifier, label: label)
                if let found = ruleSet.classifier(named: classifier.value), found.scope == .article {
                    problems.append(file.error("classifier '\(found.name)' tags whole articles, not lines; a share counts the lines of a line- or paragraph-scoped classifier",
                                               at: classifier))
                }
            }
            return problems
        case .all(let conditions), .any(let conditions):
            return conditions.flatMap(problems(in:))
        case .not(let condition):
            return problems(in: condition)
        }
    }

    private func classifierProblems(_ name: Located<String>, label: Located<String>?) -> [Diagnostic] {
        guard let classifier = ruleSet.classifier(named: name.value) else {
            let names = ruleSet.classifiers.map(\.name)
            let hint = nearestWord(to: name.value, in: names).map { "did you mean '\($0)'? " } ?? ""
            return [file.error("unknown classifier '\(name.value)'; \(hint)known classifiers: \(names.map { "'\($0)'" }.joined(separator: ", "))", at: name)]
        }
        guard let label, !classifier.labels.contains(label.value) else { return [] }
        let hint = nearestWord(to: label.value, in: classifier.labels).map { "did you mean '\($0)'? " } ?? ""
        return [file.error("classifier '\(classifier.name)' has no label '\(label.value)'; \(hint)labels: \(classifier.labels.joined(separator: ", "))", at: label)]
    }
}
