import Foundation

/// One `tagdesk check`, the CI pass: runs every rule example, classifies the corpus without writing (an
/// unchanged article costs a tag-file read) and turns what would change, the findings, orphaned files and
/// broken files into one sorted `CheckReport`; a baseline removes the problems it accepts, and
/// `writeBaseline` records them all (the only file a check writes).
public struct CheckRun: Sendable {
    public var options: ClassifyRun.Options
    public let registry: PluginRegistry
    /// Warnings fail as errors do.
    public var strict = false
    /// A file of accepted problems (`--baseline`), as a URL and as displayed; `nil` accepts none.
    public var baseline: (url: URL, display: String)?
    /// Where to record every problem found (`--write-baseline`); the check then passes.
    public var writeBaseline: (url: URL, display: String)?

    public init(options: ClassifyRun.Options, registry: PluginRegistry) {
        var options = options
        options.dryRun = true
        options.force = false
        self.options = options
        self.registry = registry
    }

    /// Runs the check. A baseline that cannot be read or a broken rule file stops it: those are then the
    /// report's only problems, and its status is 2.
    public func run() -> CheckReport {
        var report = CheckReport(command: "check")
        report.strict = strict
        let accepted: Baseline?
        do {
            accepted = try baseline.map { file throws(Diagnostic) in try Baseline(contentsOf: file.url, displayPath: file.display) }
        } catch {
            report.problems = [CheckProblem(error, kind: "configuration-error")]
            return report
        }
        let ruleSet: RuleSet
        do {
            ruleSet = try RuleLoader(registry: registry).load(directory: options.rules, displayPath: options.rulesDisplay)
        } catch {
            report.problems = error.diagnostics.map { CheckProblem($0, kind: "rule-file-error") }.sorted()
            return report
        }
        report.examples = ExampleOutcome.run(ruleSet)
        var collector = Collector(corpus: try? Corpus(directory: options.corpus, displayPath: options.corpusDisplay),
                                  agreeing: ruleSet.classifiers.filter(\.versionsAgree).map(\.name))
        var options = options
        options.ruleSet = ruleSet
        let classified = ClassifyRun(options: options, registry: registry).run(reporter: &collector)
        report.add(classified, corpus: options.corpusDisplay, orphanedTagFile: .error)
        var problems = report.problems + report.examples.compactMap(\.problem) + failedPolicyExamples(ruleSet) + collector.problems
        problems += stale(collector.stale)
        problems += unoverriddenHolds(collector)
        problems += qualityProblems(ruleSet)
        problems += collector.versions.problems()
        let all = withLineDigests(problems).sorted()
        (report.problems, report.baselined) = accepted?.filter(all) ?? (all, 0)
        if let file = writeBaseline, report.status != .usageError {
            let recorded = Baseline(all.filter { $0.severity != .info })
            do {
                try AtomicFile.write(Array(try recorded.encoded().utf8), to: file.url.path)
                (report.problems, report.baselined) = recorded.filter(all)
                report.recordedBaseline = file.display
            } catch {
                report.problems.append(CheckProblem(kind: "configuration-error", severity: .error, file: file.display,
                                                    message: "cannot write the baseline: \(error)"))
            }
        }
        return report
    }

    /// One error of kind `held-article` per article whose decision is `hold` with no person's decision over it
    /// (`PolicyDecision.holdsPublication`), and a note per article sent to review.
    private func unoverriddenHolds(_ collector: Collector) -> [CheckProblem] {
        collector.decided.compactMap { id, path, decision in
            guard decision.outcome != .publish else { return nil }
            let policies = decision.fired.filter { $0.decision == decision.outcome }
                .map { "\($0.policy) (\($0.message))" }.joined(separator: "; ")
            let who = decision.human.map { "decided by \($0.by)" } ?? "by policy \(policies)"
            return decision.holdsPublication
                ? CheckProblem(kind: "held-article", severity: .error, file: path, line: 1, column: 1,
                               message: "held \(who); after review, publish it with 'tagdesk decide \(id) --decision publish'", article: id)
                : CheckProblem(kind: "review-article", severity: .info, file: path, line: 1, column: 1,
                               message: "sent to review \(who)", article: id)
        }
    }

    /// One error per policy example whose article does not get the decision it expects.
    private func failedPolicyExamples(_ ruleSet: RuleSet) -> [CheckProblem] {
        let examples = ruleSet.policies.examples
        return parallelMap(examples.count) { index -> CheckProblem? in
            let example = examples[index]
            return example.failure(in: ruleSet).map { failure in
                CheckProblem(kind: "example-failed", severity: .error, file: example.location.file, line: example.location.line,
                             column: example.location.column, message: "policy example: " + failure, lineDigest: LineDigest.of(example.text))
            }
        }.compactMap { $0 }
    }

    /// One problem per label a pass would change in an article's tag file, or one for a missing tag file.
    private func stale(_ entries: [Collector.Stale]) -> [CheckProblem] {
        let corpus = try? Corpus(directory: options.corpus, displayPath: options.corpusDisplay)
        return entries.flatMap { entry -> [CheckProblem] in
            let labels = entry.tags.sorted { $0.key < $1.key }.map { classifier, tags in
                "\(classifier): \(tags.isEmpty ? "-" : tags.map(\.label).joined(separator: ", "))"
            }.joined(separator: " | ")
            guard entry.outcome == .updated else {
                return [CheckProblem(kind: "missing-tag-file", severity: .error, file: entry.path, line: 1, column: 1,
                                     message: "no tag file; a pass would write \(labels); run 'tagdesk classify'", article: entry.id)]
            }
            let old = corpus.flatMap { corpus in
                try? TagFileStore().read(corpus.tagFile(entry.id), displayPath: corpus.tagFilePath(entry.id), article: entry.id)
            }
            let changes = old.map { TagChange.between(old: $0.tags, new: entry.tags) } ?? []
            guard !changes.isEmpty else {
                return [CheckProblem(kind: "stale-tag-file", severity: .error, file: entry.path, line: 1, column: 1,
                                     message: "the tag file is out of date (the article, a rule, a decision or the corpus-wide facts "
                                        + "changed; no label changes); run 'tagdesk classify'", article: entry.id)]
            }
            return changes.map { change in
                CheckProblem(kind: "stale-tag-file", severity: .error, file: entry.path, line: change.line, column: 1,
                             message: change.message, article: entry.id, classifier: change.classifier)
            }
        }
    }

    /// The problems with the digest of the article line each one is at, for the baseline.
    private func withLineDigests(_ problems: [CheckProblem]) -> [CheckProblem] {
        guard let corpus = try? Corpus(directory: options.corpus, displayPath: options.corpusDisplay) else { return problems }
        var articles: [String: Article] = [:]
        return problems.map { problem in
            guard problem.lineDigest == nil, let id = problem.article, let line = problem.line, corpus.isArticle(id) else { return problem }
            if articles[id] == nil { articles[id] = corpus.load(id) }
            var problem = problem
            problem.lineDigest = articles[id]?.line(line).map { LineDigest.of($0.text) } ?? ""
            return problem
        }
    }

    /// Keeps what a check needs of each article, in corpus order: its findings, and whether its tag file would change.
    struct Collector: Reporter {
        struct Stale: Sendable {
            let id: String
            let path: String
            let outcome: TagFileStore.WriteOutcome
            let tags: [String: [Tag]]
        }

        var problems: [CheckProblem] = []
        var stale: [Stale] = []
        /// Articles whose decision is not a plain `publish`.
        var decided: [(id: String, path: String, decision: PolicyDecision)] = []
        /// Classifiers whose labels versions of one story should share, and what each article cites.
        let agreeing: [String]
        let corpus: Corpus?
        var versions = StoryVersions()

        init(corpus: Corpus?, agreeing: [String]) {
            self.corpus = corpus
            self.agreeing = agreeing
        }

        var needsFreshTags: Bool { !agreeing.isEmpty }

        /// Finds the source an article cites, on every core: `rendered` is `LINE URL`, or empty.
        var renderer: EntryRenderer? {
            guard !agreeing.isEmpty, let corpus else { return nil }
            return { entry in
                guard !entry.isDocument, let source = CitedSource.find(in: corpus.loadBytes(entry.id).bytes) else { return "" }
                return "\(source.line) \(source.url)"
            }
        }

        mutating func article(_ entry: ReportEntry) {
            if let rendered = entry.rendered, let space = rendered.firstIndex(of: " "), let line = Int(rendered[..<space]) {
                let source = CitedSource(url: String(rendered[rendered.index(after: space)...]), line: line)
                let labels = Dictionary(uniqueKeysWithValues: agreeing.map { name in (name, Set((entry.tags?[name] ?? []).map(\.label))) })
                versions.add(StoryVersions.Version(id: entry.id, path: entry.path, source: source, labels: labels))
            }
            problems += entry.findings.map { CheckProblem($0, of: entry) }
            if let decision = entry.decision, decision.outcome != .publish { decided.append((entry.id, entry.path, decision)) }
            if let outcome = entry.write, outcome != .unchanged {
                stale.append(Stale(id: entry.id, path: entry.path, outcome: outcome, tags: entry.tags ?? [:]))
            }
        }

        mutating func finish(_ report: ClassifyReport) {}
    }
}
