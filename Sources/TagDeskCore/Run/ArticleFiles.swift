import Foundation

/// Everything a pass reads about one article, read at one moment: the article, its tag file, its decisions
/// (checked against the rules and this version of the article), and digests to tell later whether any changed.
public struct ArticleFiles: Sendable {
    public let id: String
    public let article: Article
    /// Decisions an earlier TagDesk kept in the tag file, or why the tag file could not be read.
    public let legacy: Result<TagFile.LegacyDecisions?, Diagnostic>
    /// The tag file's header, when it is in this version's layout: what the tags were computed from.
    public let header: TagFileHeader?
    /// The checked decisions; empty when there are none.
    public let decisions: DecisionCheck
    /// The person's moderation decision that applies to this version of the article, if any.
    public private(set) var moderation: PolicyDecision.Human?
    /// `sha256:` of the decisions that apply (the decisions file, or the legacy section to migrate).
    public let decisionsDigest: String?
    /// Legacy decisions found in the tag file, to move to a new decisions file: its text.
    public let migration: String?
    /// Problems that stop the tag file from being written (a broken decisions or tag file).
    public var blockingProblems: [Diagnostic] {
        var problems = decisions.diagnostics.filter { $0.level == .error }
        if case .failure(let diagnostic) = legacy { problems.insert(diagnostic, at: 0) }
        return problems
    }
    /// Digests of the three files' bytes as read (`nil`: absent), compared under the lock before writing.
    let fingerprint: [String?]

    /// SHA-256 of the tag file's bytes as read; `nil` when there was none. Under the lock, after
    /// `changedOnDisk` said no, it is also what is on disk now.
    var tagFileDigest: String? { fingerprint[1] }

    public var input: ClassificationPass.Input {
        ClassificationPass.Input(article: article, decisions: decisions.hasErrors ? [] : decisions.decisions,
                                 findings: decisions.findings, moderation: decisions.hasErrors ? nil : moderation)
    }

    /// True when the tag file is up to date: the article, its decisions, the facts and every fingerprint are
    /// those it was computed from. The article's lines are then not read and its decisions not checked.
    public let isFresh: Bool

    /// The files' stamps just before they were read; `nil` when the tag file was not read (corpus-wide facts).
    let stamps: Stamps?

    struct Stamps: Sendable {
        let article: FileStamp?
        let tagFile: FileStamp?
        let decisions: FileStamp?
    }

    /// The article as `FreshnessIndex` knows it, when its files still have the stamps recorded there: fresh,
    /// and nothing was read. `nil` when any stamp differs.
    /// - Parameter listed: the corpus's listing tells whether a decisions file exists, so an absent one is not looked up.
    init?(id: String, corpus: Corpus, known: FreshnessIndex.Entry, listed: Bool) {
        guard let article = FileStamp(corpus.articleFile(id)), article == known.article,
              let tagFile = FileStamp(corpus.tagFile(id)), tagFile == known.tagFile else { return nil }
        let absent = listed && known.decisions == nil && !corpus.articlesWithDecisions.contains(id)
        let decisions = absent ? nil : FileStamp(corpus.decisionsFile(id))
        guard decisions == known.decisions else { return nil }
        self.id = id
        self.article = Article(id: id, path: corpus.articlePath(id), sha256: known.sha256)
        legacy = .success(nil)
        header = nil
        self.decisions = DecisionCheck()
        decisionsDigest = nil
        migration = nil
        fingerprint = [known.sha256, nil, nil]
        isFresh = true
        stamps = Stamps(article: article, tagFile: tagFile, decisions: decisions)
        indexEntry = known
    }

    /// What `FreshnessIndex` may record of this article once its tag file is up to date, given the tag file's
    /// stamp then; `nil` when a stamp is too recent to be trusted or a file is missing.
    func indexEntry(tagFile: FileStamp?) -> FreshnessIndex.Entry? {
        if let indexEntry { return indexEntry }
        guard let stamps, let articleStamp = stamps.article, articleStamp.isSettled, let tagFile,
              stamps.decisions?.isSettled ?? true else { return nil }
        return FreshnessIndex.Entry(sha256: article.sha256, article: articleStamp, tagFile: tagFile, decisions: stamps.decisions)
    }

    /// The entry this article was found fresh by, when it came from the index.
    private(set) var indexEntry: FreshnessIndex.Entry?

    /// What a tag file must record to be up to date.
    public struct Freshness: Sendable {
        public let fingerprints: [String: String]
        /// `PolicySet.fingerprint`: the decision is stale when the policies changed.
        public let policies: String?
        public let facts: String?
    }

    /// Reads the article's files from `corpus` and checks its decisions against `ruleSet`.
    /// - Parameters:
    ///   - readTagFile: `false` when only the article and its decisions are needed (corpus-wide facts).
    ///   - freshness: when given, an article whose tag file is up to date is only hashed, not read into lines.
    ///   - stamped: take the files' stamps first, for `FreshnessIndex`.
    ///   - listed: the corpus's listing says which tag and decisions files exist, so absent ones are not opened
    ///     (one that appeared since is seen when the files are checked again under the lock, before writing).
    public init(id: String, corpus: Corpus, ruleSet: RuleSet, readTagFile: Bool = true, stamped: Bool = false,
                listed: Bool = false, freshness: Freshness? = nil) {
        self.id = id
        // Taken before the reads, so that a change during a read shows in the next stamp.
        stamps = stamped ? Stamps(article: FileStamp(corpus.articleFile(id)), tagFile: FileStamp(corpus.tagFile(id)),
                                      decisions: FileStamp(corpus.decisionsFile(id))) : nil
        let (articleBytes, articleProblem) = corpus.loadBytes(id)
        let articleSHA = ContentDigest.sha256(articleBytes)
        var tagBytes: [UInt8]?
        let inspected = Result { () throws(Diagnostic) in
            guard readTagFile else { return (header: TagFileHeader?.none, legacy: TagFile.LegacyDecisions?.none) }
            guard !listed || corpus.articlesWithTagFiles.contains(id) else { return (header: nil, legacy: nil) }
            do {
                tagBytes = try RegularFile.read(corpus.tagFile(id), limit: TagFileStore.sizeLimit)
            } catch {
                throw Diagnostic(file: corpus.tagFilePath(id), location: nil, message: "cannot read tag file: \(error); it was left as it is")
            }
            return try TagFileStore().inspect(tagBytes, path: corpus.tagFile(id), displayPath: corpus.tagFilePath(id), article: id)
        }
        legacy = inspected.map(\.legacy)
        header = try? inspected.get().header
        let decisionsPath = corpus.decisionsPath(id)
        var decisionsBytes: [UInt8]?
        var readProblem: Diagnostic?
        do {
            if !listed || corpus.articlesWithDecisions.contains(id) {
                decisionsBytes = try RegularFile.read(corpus.decisionsFile(id), limit: DecisionsFile.sizeLimit)
            }
        } catch {
            readProblem = Diagnostic(file: decisionsPath, location: nil, message: "cannot read decisions file: \(error); no decision was applied")
        }
        let decisionsFileDigest = decisionsBytes.map { ContentDigest.sha256($0) }
        var migration: String?
        if decisionsBytes == nil, readProblem == nil, case .success(let legacy?) = legacy {
            migration = DecisionsFile.text(article: id, decisionsSection: legacy.text)
            decisionsBytes = migration.map { Array($0.utf8) }
        }
        self.migration = migration
        fingerprint = [articleSHA, tagBytes.map { ContentDigest.sha256($0) }, decisionsFileDigest]
        let digest = decisionsBytes.map { "sha256:" + ContentDigest.sha256($0) }
        if let freshness, articleProblem == nil, readProblem == nil, migration == nil, let header,
           header.sha256 == articleSHA, header.decisionsDigest == digest, header.facts == freshness.facts,
           header.fingerprints == freshness.fingerprints, header.policies == freshness.policies {
            isFresh = true
            article = Article(id: id, path: corpus.articlePath(id), sha256: articleSHA)
            decisionsDigest = digest
            decisions = DecisionCheck()
            return
        }
        isFresh = false
        article = Article(id: id, path: corpus.articlePath(id), bytes: articleBytes, sha256: articleSHA, problem: articleProblem)
        var check = DecisionCheck()
        if let readProblem {
            check.diagnostics = [readProblem]
            decisionsDigest = nil
        } else if let bytes = decisionsBytes {
            decisionsDigest = "sha256:" + ContentDigest.sha256(bytes)
            do {
                let file = try DecisionsFile(displayPath: decisionsPath, bytes: bytes)
                check = DecisionCheck(file, articleID: id, article: article, ruleSet: ruleSet)
                if file.article == id {
                    let applicable = ModerationDecision.applicable(in: file, article: article)
                    moderation = applicable.0
                    check.findings += applicable.findings
                    check.diagnostics += applicable.diagnostics
                }
            } catch {
                check.diagnostics = error.diagnostics
            }
        } else {
            decisionsDigest = nil
        }
        decisions = check
    }

    /// True when the article, tag or decisions file on disk is no longer what was read.
    /// With stamps (taken before the files were read), a file whose stamp is the same was neither replaced nor
    /// rewritten since; it is not read again. An edit within the same clock tick as the read may pass unseen, and
    /// costs nothing: the tag file records the article and decisions digests it was computed from, so the next
    /// pass classifies the article again.
    public func changedOnDisk(in corpus: Corpus) -> Bool {
        if let stamps {
            return FileStamp(corpus.articleFile(id)) != stamps.article || FileStamp(corpus.tagFile(id)) != stamps.tagFile
                || FileStamp(corpus.decisionsFile(id)) != stamps.decisions
        }
        let article = Self.digest(corpus.articleFile(id), limit: Article.sizeLimit) ?? self.article.sha256
        return Self.fingerprint(of: id, in: corpus, article: article) != fingerprint
    }

    private static func fingerprint(of id: String, in corpus: Corpus, article: String) -> [String?] {
        [article, digest(corpus.tagFile(id), limit: TagFileStore.sizeLimit),
         digest(corpus.decisionsFile(id), limit: DecisionsFile.sizeLimit)]
    }

    /// The digest of the file's bytes; `nil` when it is absent or unreadable.
    private static func digest(_ path: String, limit: Int) -> String? {
        guard let bytes = try? RegularFile.read(path, limit: limit) else { return nil }
        return ContentDigest.sha256(bytes)
    }
}
