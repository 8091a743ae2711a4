import Foundation

/// What `tagdesk review` does with each line typed: reads the corpus, writes each change through
/// `DecisionRecorder` before answering, classifies the current article again, and answers in text. It keeps the
/// session (`ReviewSession`) and knows no terminal: the executable reads the lines and prints the answers.
public struct ReviewDesk {
    public struct Options: Sendable {
        public var run: ClassifyRun.Options
        /// Who the entries are by.
        public var reviewer: String
        public var filter: String?
        public var order: ReviewQueue.Order
        public var width: Int
        public var colors: Bool
        public var screen: ReviewScreen

        public init(run: ClassifyRun.Options, reviewer: String, filter: String? = nil, order: ReviewQueue.Order = .confidence,
                    width: Int = 100, colors: Bool = false, screen: ReviewScreen = .plain) {
            self.run = run
            self.reviewer = reviewer
            self.filter = filter
            self.order = order
            self.width = width
            self.colors = colors
            self.screen = screen
        }
    }

    /// The answer to one line.
    public struct Reply: Sendable, Equatable {
        public var text: String
        /// The command was refused or could not be done (piped mode then exits with 1).
        public var failed = false
        public var quit = false
        /// `edit`: the rule file to open; call `rulesEdited()` once the editor is closed.
        public var edit: EditTarget?

        /// A rule file and the line to open it at.
        public struct EditTarget: Sendable, Equatable {
            public let path: String
            public let line: Int
        }

        init(_ text: String, failed: Bool = false) {
            self.text = text
            self.failed = failed
        }

        static func error(_ message: String) -> Reply { Reply("error: " + message + "\n", failed: true) }
    }

    /// The article on screen, as loaded.
    struct Loaded {
        let article: Article
        var result: ArticleResult
        var decisions: DecisionsFile?
        /// Digests of the article, tag and decisions files when read, to notice a change behind our back.
        var digests: [String?]
        var problems: [Diagnostic]
    }

    public let options: Options
    let registry: PluginRegistry
    let corpus: Corpus
    public internal(set) var ruleSet: RuleSet
    public internal(set) var session: ReviewSession
    public internal(set) var filter: ReviewFilter
    var loaded: Loaded?

    /// Why a review cannot start; each is a usage or configuration error.
    public enum StartError: Error, Sendable, CustomStringConvertible {
        /// Broken rule files, every problem located.
        case rules(DiagnosticList)
        case corpus(String)
        /// `--filter` does not read.
        case filter(ReviewFilter.ParseError)

        public var description: String {
            switch self {
            case .rules(let list): list.diagnostics.map(\.description).joined(separator: "\n")
            case .corpus(let message): "error: " + message
            case .filter(let problem): "error: --filter:\(problem.column): \(problem.message)"
            }
        }
    }

    /// Reads the rules and the corpus and builds the queue.
    public init(options: Options, registry: PluginRegistry) throws(StartError) {
        self.options = options
        self.registry = registry
        do throws(DiagnosticList) {
            ruleSet = try RuleLoader(registry: registry).load(directory: options.run.rules, displayPath: options.run.rulesDisplay)
        } catch {
            throw .rules(error)
        }
        do { corpus = try Corpus(directory: options.run.corpus, displayPath: options.run.corpusDisplay) } catch {
            throw .corpus(error.description)
        }
        if let text = options.filter {
            do throws(ReviewFilter.ParseError) {
                filter = try ReviewFilter.parse(text, vocabulary: ReviewFilter.Vocabulary(labels: Self.labels(of: ruleSet)))
            } catch {
                throw .filter(error)
            }
        } else {
            filter = .needsReview
        }
        session = ReviewSession(queue: ReviewQueue(ids: []))
        session = ReviewSession(queue: queue(filter))
    }

    static func labels(of ruleSet: RuleSet) -> [String: [String]] {
        Dictionary(uniqueKeysWithValues: ruleSet.classifiers.map { ($0.name, $0.labels) })
    }

    /// What Tab completion offers.
    public var vocabulary: ReviewCommand.Vocabulary {
        ReviewCommand.Vocabulary(labels: Self.labels(of: ruleSet), articles: Array(corpus.articleIDs),
                                 boilerplateKinds: boilerplateClassifier?.labels ?? [])
    }

    var boilerplateClassifier: Classifier? { ruleSet.classifiers.first { $0.role == .boilerplate } }

    /// `review 2/5 ID> `, or `review (end)> ` past the end of the queue.
    public var prompt: String {
        guard let current = session.current else { return "review \(session.place) (end)> " }
        return "review \(session.place) \(current)> "
    }

    /// The first screen: the queue's size and the first article, or why there is none.
    public mutating func start() -> String {
        let count = session.queue.ids.count
        var out = "\(count) \(count == 1 ? "article" : "articles") to review (filter: \(filter)); 'help' lists the commands\n"
        if session.current == nil {
            out += "nothing to review; 'filter EXPR' to choose others, 'quit' to leave\n"
            return out
        }
        return out + arrive()
    }

    public var summary: String { session.summary }

    // MARK: Commands

    public mutating func execute(_ line: String) -> Reply {
        let parsed: ReviewCommand.Parsed
        do throws(ReviewCommand.ParseError) {
            guard let found = try ReviewCommand.parse(line) else { return Reply("") }
            parsed = found
        } catch {
            return .error(error.description)
        }
        let arguments = parsed.arguments
        switch parsed.command.name {
        case "next":
            return session.next() ? Reply(arrive()) : Reply(endOfQueue)
        case "prev":
            return session.prev() ? Reply(arrive()) : Reply("at the start of the queue\n")
        case "goto":
            guard let id = try? corpus.resolve([arguments[0]]).first, corpus.isArticle(id) else {
                let hint = nearestWord(to: arguments[0], in: Array(corpus.articleIDs)).map { "; did you mean '\($0)'?" } ?? ""
                return .error("no article '\(arguments[0])' in \(corpus.displayPath)\(hint)")
            }
            session.go(to: id)
            return Reply(arrive())
        case "show":
            guard session.current != nil else { return Reply(endOfQueue) }
            return Reply(arrive())
        case "list": return Reply(list())
        case "accept": return accept()
        case "add": return decide(.add, arguments)
        case "rm": return decide(.remove, arguments)
        case "set": return decide(.set, arguments)
        case "boilerplate": return boilerplate(arguments)
        case "note": return note(arguments[0])
        case "why": return why(arguments[0], arguments[1])
        case "undo": return undo()
        case "redo": return redo()
        case "search": return Reply(search(arguments[0]))
        case "filter": return arguments.isEmpty ? Reply("filter: \(filter)\n") : changeFilter(arguments[0])
        case "stats": return Reply(stats())
        case "edit": return edit(arguments[0], arguments.count > 1 ? arguments[1] : nil)
        case "impact": return impact()
        case "help":
            do throws(ReviewCommand.ParseError) { return Reply(try ReviewCommand.help(arguments.first)) } catch {
                return .error(error.description)
            }
        case "quit":
            var reply = Reply("")
            reply.quit = true
            return reply
        default:
            return .error("'\(parsed.command.name)' is not implemented")
        }
    }

    var endOfQueue: String {
        "end of the queue (\(session.queue.ids.count) \(session.queue.ids.count == 1 ? "article" : "articles")); 'list', 'prev', 'filter EXPR' or 'quit'\n"
    }

    // MARK: The current article

    /// Loads and classifies the current article and renders its screen.
    mutating func arrive() -> String {
        guard let id = session.current else { return endOfQueue }
        loaded = load(id)
        return header() + screen()
    }

    func header() -> String {
        guard let id = session.current, let loaded else { return "" }
        let state = ReviewState(decisions: loaded.decisions, sha256: loaded.article.sha256, rulesDigest: rulesDigest)
        return "── \(session.place) \(id)  \(state.description)\n"
    }

    func screen() -> String {
        guard let loaded else { return "" }
        let state = ReviewState(decisions: loaded.decisions, sha256: loaded.article.sha256, rulesDigest: rulesDigest)
        var out = options.screen.render(ReviewScreen.Page(article: loaded.article, result: loaded.result, decisions: loaded.decisions,
                                                          languageClassifier: ruleSet.classifiers.first { $0.role == .language }?.name,
                                                          reviewState: state.description, width: options.width, colors: options.colors))
        for problem in loaded.problems { out += problem.description + "\n" }
        return out
    }

    var rulesDigest: String { ReviewRecord.rulesDigest(ruleSet.fingerprints) }

    /// The article, its decisions and its classification with the current rules and the cached facts.
    func load(_ id: String) -> Loaded {
        let digests = fileDigests(id)
        let article = corpus.load(id)
        var problems: [Diagnostic] = []
        let decisions: DecisionsFile?
        do throws(DiagnosticList) {
            decisions = try readDecisions(id)
        } catch {
            decisions = nil
            problems += error.diagnostics
        }
        var run = options.run
        run.selectors = [id]
        run.dryRun = true
        run.force = true
        run.ruleSet = ruleSet
        var reporter = CollectingReporter(needsFreshTags: false)
        let report = ClassifyRun(options: run, registry: registry).run(reporter: &reporter)
        problems += report.decisionProblems.filter { !problems.contains($0) } + report.tagFileProblems
        let result = reporter.entries.first?.result ?? ArticleResult(id: id, path: corpus.articlePath(id), sha256: article.sha256)
        return Loaded(article: article, result: result, decisions: decisions, digests: digests, problems: problems)
    }

    func readDecisions(_ id: String) throws(DiagnosticList) -> DecisionsFile? {
        let bytes: [UInt8]?
        do { bytes = try RegularFile.read(corpus.decisionsFile(id), limit: DecisionsFile.sizeLimit) } catch {
            throw DiagnosticList([Diagnostic(file: corpus.decisionsPath(id), location: nil, message: "cannot read decisions file: \(error)")])
        }
        return try bytes.map { bytes throws(DiagnosticList) in try DecisionsFile(displayPath: corpus.decisionsPath(id), bytes: bytes) }
    }

    func fileDigests(_ id: String) -> [String?] {
        [(corpus.articleFile(id), Article.sizeLimit), (corpus.tagFile(id), TagFileStore.sizeLimit),
         (corpus.decisionsFile(id), DecisionsFile.sizeLimit)].map { path, limit in
            (try? RegularFile.read(path, limit: limit))?.map { ContentDigest.sha256($0) } ?? nil
        }
    }

    // MARK: The queue

    /// The queue `filter` keeps, from every article's tag file and decisions.
    func queue(_ filter: ReviewFilter) -> ReviewQueue {
        ReviewQueue(facts: corpusFacts(), filter: filter, order: options.order)
    }

    func corpusFacts() -> [String: ReviewFacts] {
        var facts: [String: ReviewFacts] = [:]
        let digest = rulesDigest
        for id in corpus.articleIDs {
            let tagFile = try? TagFileStore().read(corpus.tagFile(id), displayPath: corpus.tagFilePath(id), article: id)
            let decisions = try? readDecisions(id)
            let sha256 = corpus.load(id).sha256
            let state = ReviewState(decisions: decisions ?? nil, sha256: sha256, rulesDigest: digest)
            facts[id] = ReviewFacts(tags: tagFile?.tags ?? [:], findings: tagFile?.findings ?? [], language: tagFile?.language,
                                    decision: tagFile?.decision?.outcome.rawValue, state: state)
        }
        return facts
    }
}
