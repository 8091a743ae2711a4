import Foundation

extension ReviewDesk {
    /// `list`: the queue with each article's state; `>` marks the current one.
    func list() -> String {
        guard !session.queue.ids.isEmpty else { return "the queue is empty (filter: \(filter))\n" }
        let facts = corpusFacts()
        var out = ""
        for (index, id) in session.queue.ids.enumerated() {
            let mark = id == session.current ? ">" : " "
            let item = facts[id]
            let confidence = item.map { String(format: "%.2f", $0.confidence) } ?? "-"
            out += "\(mark) \(index + 1). \(id)  \(item?.language ?? "-")  confidence \(confidence)  \(item?.state.description ?? "")\n"
        }
        return out
    }

    /// `search TEXT`: the lines of every article containing TEXT, both folded as the rules' matcher folds.
    func search(_ text: String) -> String {
        let needle = Normalizer.fold(text)
        guard !needle.isEmpty else { return "nothing to search for in '\(text)'\n" }
        var hits: [String] = []
        var articles = 0
        for id in corpus.articleIDs {
            let article = corpus.load(id)
            var found = false
            for line in article.lines where Normalizer.fold(line.text).contains(needle) {
                found = true
                hits.append("\(id):\(line.number): \(line.text)")
            }
            if found { articles += 1 }
        }
        let shown = hits.prefix(20).joined(separator: "\n")
        let more = hits.count > 20 ? "\n… \(hits.count - 20) more lines" : ""
        return (hits.isEmpty ? "" : shown + more + "\n")
            + "\(hits.count) \(hits.count == 1 ? "line" : "lines") in \(articles) \(articles == 1 ? "article" : "articles")\n"
    }

    /// `filter EXPR`: a new queue; a filter that does not read is refused at its column.
    mutating func changeFilter(_ text: String) -> Reply {
        do throws(ReviewFilter.ParseError) {
            filter = try ReviewFilter.parse(text, vocabulary: ReviewFilter.Vocabulary(labels: Self.labels(of: ruleSet)))
        } catch {
            return .error("filter:\(error.column): \(error.message)")
        }
        let before = session.current
        session.replaceQueue(queue(filter))
        var out = "\(session.queue.ids.count) \(session.queue.ids.count == 1 ? "article" : "articles") (filter: \(filter))\n"
        if session.current != before || loaded == nil { out += session.current == nil ? endOfQueue : arrive() }
        return Reply(out)
    }

    /// `stats`: the corpus by review state, the queue, and this session's entries.
    func stats() -> String {
        let facts = corpusFacts()
        var counts: [ReviewState.Kind: Int] = [:]
        for item in facts.values { counts[item.state.kind, default: 0] += 1 }
        let disagree = facts.values.filter { $0.findings.contains("human-disagreement") }.count
        return "corpus: \(facts.count) articles, \(counts[.reviewed] ?? 0) reviewed, \(counts[.changed] ?? 0) changed since review, "
            + "\(counts[.unreviewed] ?? 0) never reviewed, \(disagree) with a disagreement (as their tag files say)\n"
            + "queue: \(session.queue.ids.count) (filter: \(filter)), at \(session.place)\n"
            + "session: \(session.accepted.count) accepted, \(session.changed.count) changed, \(session.done.count) entries in force, \(session.undone.count) undone\n"
    }

    /// `why CLASSIFIER LABEL`: the tag's evidence, each match with its weight, the score and the threshold.
    func why(_ name: String, _ label: String) -> Reply {
        guard let loaded else { return .error("no article on screen; 'goto ID' or 'filter EXPR'") }
        let classifier: Classifier
        switch knownClassifier(name) {
        case .success(let found): classifier = found
        case .failure(let problem): return .error(problem.description)
        }
        if let message = unknownLabel([label], of: classifier) { return .error(message) }
        let source = RuleLabelSource(url: ruleURL(classifier), label: label)
        let threshold = source?.threshold.map { "threshold \(Self.number($0))" } ?? "no threshold in the rule file"
        let place = "\(classifier.file):\(source?.line ?? 1)"
        guard let tag = loaded.result.tags[classifier.name]?.first(where: { $0.label == label }) else {
            return Reply("\(classifier.name) \(label): not given (\(threshold); \(place))\n")
        }
        var out = "\(classifier.name) \(label): score \(Self.number(tag.score)), \(threshold) (\(place))"
        if tag.source == .human { out += "; given by a person's decision" }
        if let lines = tag.lines { out += "; lines " + lines.map(\.description).joined(separator: " ") }
        out += "\n"
        for evidence in tag.evidence {
            let weight = source?.weight(of: evidence.text).map { "  weight \(Self.number($0))" } ?? ""
            out += "  line \(evidence.line): \(evidence.text)\(weight)\n"
        }
        if let more = tag.moreEvidence { out += "  … \(more) more\n" }
        if tag.evidence.isEmpty { out += "  no evidence recorded (\(tag.source == .human ? "a person's decision" : "the rule file says 'evidence: lines'"))\n" }
        return Reply(out)
    }

    /// `edit CLASSIFIER [LABEL]`: the rule file and line for the editor.
    func edit(_ name: String, _ label: String?) -> Reply {
        let classifier: Classifier
        switch knownClassifier(name) {
        case .success(let found): classifier = found
        case .failure(let problem): return .error(problem.description)
        }
        if let label, let message = unknownLabel([label], of: classifier) { return .error(message) }
        let url = ruleURL(classifier)
        var reply = Reply("")
        reply.edit = Reply.EditTarget(path: url.path, line: RuleLabelSource(url: url, label: label)?.line ?? 1)
        return reply
    }

    /// After the editor closed: the rules read again (a broken file keeps the old rules, with its located
    /// problems), the current article classified again, and what changed.
    public mutating func rulesEdited() -> Reply {
        let reloaded: RuleSet
        do throws(DiagnosticList) {
            reloaded = try RuleLoader(registry: registry).load(directory: options.run.rules, displayPath: options.run.rulesDisplay)
        } catch {
            return Reply(error.diagnostics.map { $0.description + "\n" }.joined()
                + "the rules were not reloaded; the rules as they were stay in force ('edit' again to fix)\n", failed: true)
        }
        let changed = ruleSet.classifiers.map(\.name).filter { reloaded.fingerprints[$0] != ruleSet.fingerprints[$0] }
        ruleSet = reloaded
        guard !changed.isEmpty else { return Reply("rules reloaded; nothing changed\n") }
        var out = "rules reloaded: \(changed.joined(separator: ", ")) changed\n"
        if let id = session.current, let old = loaded?.result {
            loaded = load(id)
            if let new = loaded?.result { out += "\(id):\n" + Self.tagChanges(from: old, to: new) }
        }
        return Reply(out + "'impact' shows what the rules would change across the corpus\n")
    }

    /// `impact`: what a pass with the rules as they are now would change in the tag files.
    func impact() -> Reply {
        var run = options.run
        run.selectors = []
        run.ruleSet = ruleSet
        let diff = CorpusDiff(options: run, registry: registry)
        return Reply(diff.render())
    }

    func ruleURL(_ classifier: Classifier) -> URL {
        options.run.rules.appendingPathComponent((classifier.file as NSString).lastPathComponent)
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
