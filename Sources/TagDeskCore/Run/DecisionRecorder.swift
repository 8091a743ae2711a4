import Foundation

/// Adds a person's decision to an article's decisions file: anchored to the article as it is now, checked
/// against the rules, appended under the corpus lock to the file as it is on disk at that moment.
public struct DecisionRecorder: Sendable {
    public let corpus: Corpus
    public let ruleSet: RuleSet

    public init(corpus: Corpus, ruleSet: RuleSet) {
        self.corpus = corpus
        self.ruleSet = ruleSet
    }

    /// What was recorded, or would be with `dryRun`.
    public struct Recorded: Sendable {
        public let decision: HumanDecision
        /// The line added to the file, without its line ending.
        public let line: String
        public let path: String
        /// Warnings about the new decision, such as a conflict with an earlier one (which it wins).
        public let notes: [Diagnostic]
    }

    /// The article a decision is about; one that cannot be read takes no decision.
    private func readableArticle(_ id: String) throws(DiagnosticList) -> Article {
        let article = corpus.load(id)
        if let problem = article.problem, case .unreadable = problem {
            throw DiagnosticList([Diagnostic(file: article.path, location: nil, message: problem.finding.message)])
        }
        return article
    }

    /// Fills in `id`, `at`, `sha256` and `anchors` where the decision has none, then writes it.
    /// - Throws: every problem as a diagnostic; nothing is written then.
    public func record(_ proposed: HumanDecision, for id: String, now: Date = Date(), dryRun: Bool = false) throws(DiagnosticList) -> Recorded {
        let article = try readableArticle(id)
        var decision = proposed
        decision.at = decision.at ?? Self.timestamp(now)
        decision.sha256 = decision.sha256 ?? article.sha256
        if let lines = decision.lines, decision.anchors == nil {
            guard let anchors = LineDigest.anchors(of: lines, in: article) else {
                let last = lines.map(\.end).max() ?? 0
                throw DiagnosticList([Diagnostic(file: article.path, location: nil,
                                                 message: "line \(last) is past the end of the article, which has \(article.lines.count) lines")])
            }
            decision.anchors = anchors
        }
        decision.id = decision.id ?? decision.stableID
        var recorded: (decision: HumanDecision, notes: [Diagnostic])?
        let (line, path) = try append(for: id, dryRun: dryRun) { existing, path throws(Diagnostic) in
            try DecisionsFile.appending(decision, to: existing, article: id, displayPath: path)
        } check: { before, after, path throws(DiagnosticList) in
            guard after.entries.count == (before?.entries.count ?? 0) + 1, let added = after.entries.last else {
                throw DiagnosticList([Diagnostic(file: path, location: nil, message: "the decision could not be added as one more list item; nothing was written")])
            }
            let check = DecisionCheck(after, articleID: id, article: article, ruleSet: ruleSet)
            let own = check.diagnostics.filter { ($0.location?.line ?? 0) >= added.location.line }
            if check.unapplied.contains(added.decision.stableID) {
                throw DiagnosticList(own.map { var problem = $0; problem.level = .error; return problem })
            }
            recorded = (added.decision, own)
        }
        return Recorded(decision: recorded?.decision ?? decision, line: line, path: path, notes: recorded?.notes ?? [])
    }

    /// Records a person's moderation decision (`publish` despite a `hold`, …) for the article as it is now:
    /// fills in `at` and `sha256` where it has none, then writes it. Returns the line added.
    public func record(_ proposed: ModerationDecision, for id: String, now: Date = Date(), dryRun: Bool = false)
        throws(DiagnosticList) -> (line: String, path: String) {
        try stampAndAppend(proposed, for: id, now: now, dryRun: dryRun) { after, article in
            ModerationDecision.applicable(in: after, article: article).diagnostics
        }
    }

    /// Records a review (`tagdesk review`'s accept, note, or one taken back) for the article as it is now:
    /// fills in `at` and `sha256` where it has none, then writes it. Returns the line added.
    public func record(_ proposed: ReviewRecord, for id: String, now: Date = Date(), dryRun: Bool = false)
        throws(DiagnosticList) -> (line: String, path: String) {
        try stampAndAppend(proposed, for: id, now: now, dryRun: dryRun) { _, _ in [] }
    }

    /// Fills in the item's `at` and `sha256` where it has none, appends it, and checks that the file then holds
    /// one more item of its kind and that `problems` finds none in it.
    private func stampAndAppend<Item: DecisionsFileItem>(_ proposed: Item, for id: String, now: Date, dryRun: Bool,
                                                         problems: (DecisionsFile, Article) -> [Diagnostic])
        throws(DiagnosticList) -> (line: String, path: String) {
        let article = try readableArticle(id)
        var item = proposed
        item.at = item.at ?? Self.timestamp(now)
        item.sha256 = item.sha256 ?? article.sha256
        let stamped = item
        return try append(for: id, dryRun: dryRun) { existing, path throws(Diagnostic) in
            try DecisionsFile.appending(node: stamped.yamlNode, to: existing, article: id, displayPath: path)
        } check: { before, after, path throws(DiagnosticList) in
            guard Item.count(in: after) == (before.map(Item.count) ?? 0) + 1 else {
                throw DiagnosticList([Diagnostic(file: path, location: nil,
                                                 message: "the \(Item.noun) could not be added as one more list item; nothing was written")])
            }
            let found = problems(after, article)
            if !found.isEmpty { throw DiagnosticList(found) }
        }
    }

    private func append(for id: String, dryRun: Bool,
                        encode: ([UInt8]?, String) throws(Diagnostic) -> [UInt8],
                        check: (DecisionsFile?, DecisionsFile, String) throws(DiagnosticList) -> Void)
        throws(DiagnosticList) -> (line: String, path: String) {
        let lock: CorpusLock
        do { lock = try CorpusLock(corpus: corpus.directory) } catch {
            throw DiagnosticList([Diagnostic(file: corpus.displayPath, location: nil, message: "cannot open the corpus lock: \(error)")])
        }
        let path = corpus.decisionsPath(id)
        let file = corpus.decisionsFile(id)
        return try lock.withLock { () throws(DiagnosticList) -> (line: String, path: String) in
            let existing: [UInt8]?
            do { existing = try RegularFile.read(file, limit: DecisionsFile.sizeLimit) } catch {
                throw DiagnosticList([Diagnostic(file: path, location: nil, message: "cannot read decisions file: \(error)")])
            }
            let before = try existing.map { bytes throws(DiagnosticList) in try DecisionsFile(displayPath: path, bytes: bytes) }
            let bytes: [UInt8]
            do throws(Diagnostic) { bytes = try encode(existing, path) } catch {
                throw DiagnosticList([error])
            }
            try check(before, try DecisionsFile(displayPath: path, bytes: bytes), path)
            let line = String(decoding: bytes[(existing?.count ?? 0)...], as: UTF8.self)
                .split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
            if !dryRun {
                do { try AtomicFile.write(bytes, to: file) } catch {
                    throw DiagnosticList([Diagnostic(file: path, location: nil, message: "cannot write decisions file (\(error)); nothing was changed")])
                }
            }
            return (line, path)
        }
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
