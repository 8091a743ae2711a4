/// Every moderation policy of the rules folder, checked against its classifiers, with the fingerprint a tag
/// file records its decision under. Empty when the folder has no policy file.
public struct PolicySet: Sendable {
    /// In file order, then in the order written.
    public let policies: [Policy]
    public let examples: [PolicyExample]
    /// 16 hex digits of SHA-256 over what the policy files say (not their examples or comments); `nil` when
    /// there are no policies.
    public let fingerprint: String?
    /// Classifiers with the language role.
    let languageClassifiers: [String]

    public var isEmpty: Bool { policies.isEmpty }

    /// No policies.
    public init() {
        policies = []
        examples = []
        fingerprint = nil
        languageClassifiers = []
    }

    /// The policies of `files`, every name they use checked against `ruleSet`.
    init(files: [PolicyFile], ruleSet: RuleSet) throws(DiagnosticList) {
        var diagnostics: [Diagnostic] = []
        var seen: [String: Policy] = [:]
        for file in files {
            for policy in file.policies {
                if let first = seen[policy.name] {
                    diagnostics.append(file.error("policy '\(policy.name)' is already defined at \(first.location); each policy needs its own name",
                                                  line: policy.location.line, column: policy.location.column))
                } else {
                    seen[policy.name] = policy
                }
                diagnostics += PolicyCheck(file: file, ruleSet: ruleSet).problems(in: policy.condition)
            }
        }
        let names = files.flatMap(\.policies).map(\.name)
        for file in files {
            for example in file.examples {
                for name in example.policyNames where !names.contains(name.value) {
                    let hint = nearestWord(to: name.value, in: names).map { "; did you mean '\($0)'?" } ?? ""
                    diagnostics.append(file.error("example names unknown policy '\(name.value)'\(hint)", line: name.line, column: name.column))
                }
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        policies = files.flatMap(\.policies)
        examples = files.flatMap(\.examples)
        // By file name, not path: the same rules under another `--rules` path decide the same. The name counts,
        // since the order of the files is the order of the policies that fired.
        let parts = ["tagdesk-policies-\(RuleSet.engineVersion)"] + files.map { ($0.file.split(separator: "/").last ?? "") + "=" + $0.digest }
        fingerprint = policies.isEmpty ? nil : ContentDigest.sha256(parts.joined(separator: "\u{0}").utf8, hexDigits: 16)
        languageClassifiers = ruleSet.classifiers.filter { $0.role == .language }.map(\.name)
    }

    /// The decision for one classified article; `nil` when there are no policies and no person decided.
    /// - Parameter human: the person's decision from the article's decisions file, which wins.
    public func decide(_ result: ArticleResult, article: Article, human: PolicyDecision.Human?) -> PolicyDecision? {
        guard !policies.isEmpty || human != nil else { return nil }
        let subject = PolicyCondition.Subject(result: result, article: article.lines, languageClassifiers: languageClassifiers)
        var decision = self.decision(firing: policies.filter { $0.condition.holds(for: subject) }.map(\.name))
        decision.human = human
        return decision
    }

    /// The decision of an article for which the named policies fired (as `FreshnessIndex` records them).
    func decision(firing names: [String]) -> PolicyDecision {
        let fired = policies.filter { names.contains($0.name) }.map { policy in
            PolicyDecision.Fired(policy: policy.name, decision: policy.decision, severity: policy.severity, message: policy.message)
        }
        return PolicyDecision(fired: fired, human: nil)
    }
}
