import Foundation

extension ReviewDesk {
    /// `add`, `rm`, `set`: one decision about the current article, checked, written, then the article classified again.
    mutating func decide(_ action: HumanDecision.Action, _ arguments: [String]) -> Reply {
        guard let id = session.current, let loaded else { return .error("no article on screen; 'goto ID' or 'filter EXPR'") }
        let classifier: Classifier
        switch knownClassifier(arguments[0]) {
        case .success(let found): classifier = found
        case .failure(let problem): return .error(problem.description)
        }
        var labels = Array(arguments.dropFirst())
        var lines: [LineRange]?
        if action != .set, labels.count == 2 {
            guard let parsed = LineRange.list(labels[1]) else { return .error("'\(labels[1])' is not a list of lines; expected e.g. 3-5,7") }
            lines = parsed
            labels.removeLast()
        }
        if let message = unknownLabel(labels, of: classifier) { return .error(message) }
        if let lines {
            if let message = checkLines(lines, of: loaded.article, classifier: classifier) { return .error(message) }
        }
        let before = (loaded.result.tags[classifier.name] ?? []).map(\.label)
        let ruleGives = Set((loaded.result.tags[classifier.name] ?? []).filter { $0.source == .rules }.map(\.label))
        let decision: HumanDecision
        let inverse: HumanDecision
        var corrections: [ReviewSession.Correction] = []
        switch action {
        case .add, .remove:
            let label = labels[0]
            decision = HumanDecision(classifier: classifier.name, action: action, label: label, lines: lines, by: options.reviewer)
            inverse = HumanDecision(classifier: classifier.name, action: action == .add ? .remove : .add, label: label, lines: lines,
                                    by: options.reviewer)
            if action == .add, !ruleGives.contains(label) { corrections.append(.init(classifier: classifier.name, label: label, kind: .missed)) }
            if action == .remove, ruleGives.contains(label) { corrections.append(.init(classifier: classifier.name, label: label, kind: .wrong)) }
        case .set:
            decision = HumanDecision(classifier: classifier.name, action: .set, labels: labels, by: options.reviewer)
            inverse = HumanDecision(classifier: classifier.name, action: .set, labels: before, by: options.reviewer)
            for label in Set(labels).subtracting(ruleGives).sorted() { corrections.append(.init(classifier: classifier.name, label: label, kind: .missed)) }
            for label in ruleGives.subtracting(labels).sorted() { corrections.append(.init(classifier: classifier.name, label: label, kind: .wrong)) }
        }
        return write(ReviewSession.Change(article: id, entry: .decision(decision), inverse: .decision(inverse), corrections: corrections))
    }

    /// `boilerplate add|rm LINES [KIND]`.
    mutating func boilerplate(_ arguments: [String]) -> Reply {
        guard let classifier = boilerplateClassifier else { return .error("no rule file has 'role: boilerplate'") }
        guard arguments[0] == "add" || arguments[0] == "rm" else {
            return .error("'boilerplate \(arguments[0])': expected 'boilerplate add LINES [KIND]' or 'boilerplate rm LINES [KIND]'")
        }
        guard let loaded else { return .error("no article on screen; 'goto ID' or 'filter EXPR'") }
        guard let lines = LineRange.list(arguments[1]) else { return .error("'\(arguments[1])' is not a list of lines; expected e.g. 3-5,7") }
        if let message = checkLines(lines, of: loaded.article, classifier: classifier) { return .error(message) }
        let kind: String
        if arguments.count > 2 {
            kind = arguments[2]
        } else if arguments[0] == "add" {
            kind = classifier.labels.contains("template") ? "template" : classifier.labels.first ?? ""
        } else {
            let given = Set(lines.flatMap { Array($0.start...$0.end) }.compactMap { loaded.result.boilerplate[$0] })
            guard given.count == 1, let only = given.first else {
                return .error(given.isEmpty ? "lines \(arguments[1]) are not boilerplate" : "lines \(arguments[1]) have several kinds (\(given.sorted().joined(separator: ", "))); name the one to remove")
            }
            kind = only
        }
        return decide(arguments[0] == "add" ? .add : .remove, [classifier.name, kind, arguments[1]])
    }

    /// `accept`: reviewed as it stands; the disagreements on screen are acknowledged. Then the next article.
    mutating func accept() -> Reply {
        guard let id = session.current, let loaded else { return .error("no article on screen; 'goto ID' or 'filter EXPR'") }
        let disagreements = loaded.result.findings.filter { $0.kind == "human-disagreement" }.map(\.message)
        let record = ReviewRecord(review: .accepted, by: options.reviewer, rules: rulesDigest,
                                  acknowledged: disagreements.isEmpty ? nil : disagreements)
        var reply = write(ReviewSession.Change(article: id, entry: .review(record),
                                               inverse: .review(ReviewRecord(review: .reopened, by: options.reviewer))), rerender: false)
        guard !reply.failed else { return reply }
        reply.text += session.next() ? arrive() : endOfQueue
        return reply
    }

    /// `note TEXT`.
    mutating func note(_ text: String) -> Reply {
        guard let id = session.current else { return .error("no article on screen; 'goto ID' or 'filter EXPR'") }
        return write(ReviewSession.Change(article: id, entry: .review(ReviewRecord(review: .note, by: options.reviewer, note: text)),
                                          inverse: .review(ReviewRecord(review: .retracted, by: options.reviewer, note: text))), rerender: false)
    }

    mutating func undo() -> Reply {
        guard let change = session.nextUndo else { return .error("nothing to undo in this session") }
        var inverse = change.inverse
        if case .decision(var decision) = inverse, let written = change.written {
            decision.note = HumanDecision.undoNote(of: written)
            inverse = .decision(decision)
        }
        let (reply, written) = put(inverse, on: change.article, what: "undone")
        guard !reply.failed else { return reply }
        session.didUndo(written: written)
        return finish(reply, article: change.article)
    }

    mutating func redo() -> Reply {
        guard let change = session.nextRedo else { return .error("nothing to redo") }
        var entry = change.entry
        if case .decision(var decision) = entry, let undone = change.undoWritten {
            decision.note = HumanDecision.redoNote(of: undone)
            entry = .decision(decision)
        }
        let (reply, written) = put(entry, on: change.article, what: "redone")
        guard !reply.failed else { return reply }
        session.didRedo(written: written)
        return finish(reply, article: change.article)
    }

    /// Writes a new change and keeps it for undo.
    mutating func write(_ change: ReviewSession.Change, rerender: Bool = true) -> Reply {
        var reply = noticeChangeOnDisk(change.article)
        let (written, id) = put(change.entry, on: change.article, what: "recorded")
        reply.text += written.text
        guard !written.failed else { reply.failed = true; return reply }
        var change = change
        change.written = id
        session.record(change)
        return rerender ? finish(reply, article: change.article) : reply
    }

    /// After a write: the article classified again, and what changed on screen.
    mutating func finish(_ reply: Reply, article id: String) -> Reply {
        var reply = reply
        let old = loaded?.result.id == id ? loaded?.result : nil
        if session.current == id {
            loaded = load(id)
            if let old, let new = loaded?.result { reply.text += Self.tagChanges(from: old, to: new) }
            for problem in loaded?.problems ?? [] { reply.text += problem.description + "\n" }
        } else if session.current != nil {
            reply.text += arrive()
        }
        return reply
    }

    /// If the article, its tag file or its decisions changed on disk since loaded: reload and say so. The change
    /// is then added to the file as it is now, so both sides' decisions are kept.
    mutating func noticeChangeOnDisk(_ id: String) -> Reply {
        guard let loaded, loaded.result.id == id else { return Reply("") }
        let now = fileDigests(id)
        guard now != loaded.digests else { return Reply("") }
        let names = ["article", "tag file", "decisions file"]
        let changed = zip(names, zip(loaded.digests, now)).filter { $0.1.0 != $0.1.1 }.map(\.0)
        self.loaded = load(id)
        return Reply("note: the \(changed.joined(separator: " and ")) of \(id) changed on disk since it was loaded; "
            + "reloaded, and your change is added to what is there now\n")
    }

    /// Writes one entry through the recorder: `recorded: topic add culture (seeds/ID.decisions.yaml)`, and the
    /// id of the decision written.
    func put(_ entry: ReviewSession.Entry, on id: String, what: String) -> (Reply, String?) {
        let recorder = DecisionRecorder(corpus: corpus, ruleSet: ruleSet)
        do throws(DiagnosticList) {
            switch entry {
            case .decision(let decision):
                var fresh = decision
                (fresh.id, fresh.at, fresh.sha256, fresh.anchors) = (nil, nil, nil, nil)
                let recorded = try recorder.record(fresh, for: id)
                var text = "\(what): \(Self.describe(decision)) (\(recorded.path))\n"
                for note in recorded.notes { text += "note: " + note.headline + "\n" }
                return (Reply(text), recorded.decision.stableID)
            case .review(let record):
                var fresh = record
                (fresh.at, fresh.sha256) = (nil, nil)
                let (_, path) = try recorder.record(fresh, for: id)
                return (Reply("\(what): \(Self.describe(record)) (\(path))\n"), nil)
            }
        } catch {
            return (Reply(error.diagnostics.map { "error: " + $0.description }.joined(separator: "\n") + "\n", failed: true), nil)
        }
    }

    static func describe(_ decision: HumanDecision) -> String {
        let labels = decision.namedLabels.joined(separator: " ")
        let lines = decision.lines.map { " " + $0.map { $0.start == $0.end ? "\($0.start)" : "\($0.start)-\($0.end)" }.joined(separator: ",") } ?? ""
        return "\(decision.classifier) \(decision.action == .remove ? "rm" : decision.action.rawValue) \(labels.isEmpty ? "(none)" : labels)\(lines)"
    }

    static func describe(_ record: ReviewRecord) -> String {
        switch record.review {
        case .accepted: "accepted" + (record.acknowledged.map { ", \($0.count) disagreement\($0.count == 1 ? "" : "s") acknowledged" } ?? "")
        case .reopened: "review taken back"
        case .note: "note \"\(record.note ?? "")\""
        case .retracted: "note taken back"
        }
    }

    /// `topic: + culture*  - politics` for the labels that changed between two classifications.
    static func tagChanges(from old: ArticleResult, to new: ArticleResult) -> String {
        var out = ""
        for classifier in Set(old.tags.keys).union(new.tags.keys).sorted() {
            let before = Dictionary((old.tags[classifier] ?? []).map { ($0.label, $0) }) { first, _ in first }
            let after = Dictionary((new.tags[classifier] ?? []).map { ($0.label, $0) }) { first, _ in first }
            var parts: [String] = []
            for label in Set(before.keys).union(after.keys).sorted() {
                let mark = { (tag: Tag) in tag.source == .human ? "*" : "" }
                switch (before[label], after[label]) {
                case (nil, let now?): parts.append("+ \(label)\(mark(now))")
                case (_?, nil): parts.append("- \(label)")
                case let (was?, now?) where was.lines != now.lines || was.source != now.source:
                    parts.append("~ \(label)\(mark(now))")
                default: break
                }
            }
            if !parts.isEmpty { out += "  \(classifier): \(parts.joined(separator: "  "))\n" }
        }
        let findings = new.findings.count - old.findings.count
        if findings != 0 { out += "  findings: \(new.findings.count) (\(findings > 0 ? "+" : "")\(findings))\n" }
        return out.isEmpty ? "  no label changed\n" : out
    }

    /// The classifier named `name`, or a refusal listing the known ones.
    func knownClassifier(_ name: String) -> Result<Classifier, ReviewCommand.ParseError> {
        if let classifier = ruleSet.classifier(named: name) { return .success(classifier) }
        let names = ruleSet.classifiers.map(\.name)
        let hint = nearestWord(to: name, in: names).map { "did you mean '\($0)'? " } ?? ""
        return .failure(ReviewCommand.ParseError(description: "unknown classifier '\(name)'; \(hint)classifiers: \(names.joined(separator: ", "))"))
    }

    func unknownLabel(_ labels: [String], of classifier: Classifier) -> String? {
        for label in labels where !classifier.labels.contains(label) {
            let hint = nearestWord(to: label, in: classifier.labels).map { "did you mean '\($0)'? " } ?? ""
            return "unknown \(classifier.name) label '\(label)'; \(hint)labels: \(classifier.labels.joined(separator: ", "))"
        }
        return nil
    }

    func checkLines(_ lines: [LineRange], of article: Article, classifier: Classifier) -> String? {
        if classifier.scope == .article { return "\(classifier.name) tags whole articles; give no lines" }
        if let last = lines.map(\.end).max(), last > article.lines.count {
            return "line \(last) is past the end of the article, which has \(article.lines.count) lines"
        }
        return nil
    }
}

