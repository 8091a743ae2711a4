import Foundation

/// `tagdesk classify` over a JSON Lines corpus (Dolma / datatrove documents): corpus-wide facts over every
/// document first (cached), then each file of the shard streamed in batches of 256 documents classified on every
/// core; each file's tags go to a Dolma attribute file (`attributes/NAME/<same path>.jsonl.gz`, one line per
/// document in input order), written atomically under the corpus lock, and every document goes to the reporter
/// in input order. Memory does not grow with the files; output does not depend on the number of cores.
public struct DocumentRun: Sendable {
    public let options: ClassifyRun.Options
    public let corpus: Corpus
    public let pass: ClassificationPass

    public init(options: ClassifyRun.Options, corpus: Corpus, pass: ClassificationPass) {
        self.options = options
        self.corpus = corpus
        self.pass = pass
    }

    /// The attribute files' folder and its path for messages: `../attributes/NAME` beside a corpus folder named
    /// `documents` (Dolma's layout), `attributes/NAME` inside any other.
    public static func attributesFolder(of corpus: Corpus, name: String) -> (path: String, display: String) {
        let directory = corpus.directory.standardizedFileURL
        guard directory.lastPathComponent == "documents" else {
            return (corpus.root + "attributes/" + name, corpus.displayPath + "/attributes/" + name)
        }
        let parent = directory.deletingLastPathComponent().path
        let display = (corpus.displayPath as NSString).lastPathComponent == "documents"
            ? (corpus.displayPath as NSString).deletingLastPathComponent : corpus.displayPath + "/.."
        return ((parent.hasSuffix("/") ? parent : parent + "/") + "attributes/" + name,
                (display.isEmpty ? "" : display + "/") + "attributes/" + name)
    }

    /// `--attributes NAME`: one folder name, not hidden.
    public static func isValidAttributesName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\0")
    }

    /// What one line of a file became.
    private enum Outcome: Sendable {
        case document(ReportEntry, attributes: String)
        case problem(Diagnostic)
        case blank
    }

    public func run(reporter: inout some Reporter, progress: (@Sendable (Int, Int) -> Void)? = nil) -> ClassifyReport {
        var report = ClassifyReport()
        report.dryRun = options.dryRun
        report.attributeFiles = []
        guard options.selectors.isEmpty else {
            report.usageError = "error: \(corpus.displayPath) holds JSON Lines documents; selecting articles is for folders of .txt articles, "
                + "so classify the whole corpus (or a shard of it with --shard K/N)"
            reporter.finish(report)
            return report
        }
        guard Self.isValidAttributesName(options.attributesName) else {
            report.usageError = "error: '\(options.attributesName)' is not an attribute set name; expected a folder name such as 'tagdesk'"
            reporter.finish(report)
            return report
        }
        let source = JSONLinesSource(corpus: corpus)
        let facts = options.facts(FactsStage(source: source, pass: pass), into: &report)
        let lock: CorpusLock?
        do { lock = try options.lock(corpus, writing: "attribute file") } catch {
            report.documentProblems.append(error)
            reporter.finish(report)
            return report
        }
        let folder = Self.attributesFolder(of: corpus, name: options.attributesName)
        let files = source.files(shard: options.shard)
        for (index, file) in files.enumerated() {
            let name = (file.hasSuffix(".gz") ? file : file + ".gz")
            let target = (path: folder.path + "/" + name, display: folder.display + "/" + name)
            classify(file, of: source, facts: facts, into: target, lock: lock, report: &report, reporter: &reporter)
            progress?(index + 1, files.count)
        }
        reporter.finish(report)
        return report
    }

    /// Classifies one file's documents and, unless in a dry run, replaces its attribute file (only when the whole
    /// file was read).
    private func classify(_ file: String, of source: JSONLinesSource, facts: CorpusFactsSet, into target: (path: String, display: String),
                          lock: CorpusLock?, report: inout ClassifyReport, reporter: inout some Reporter) {
        var readProblem: Diagnostic?
        var stoppedEarly: String?
        /// Classifies the file's batches and hands each document's attribute line to `emit`; `false` when `emit` failed.
        func stream(_ emit: (String) -> Bool) -> Bool {
            var emitted = true
            do {
                stoppedEarly = try source.forEachBatch(of: file, size: ClassifyRun.batchSize) { lines in
                    let outcomes = parallelMap(lines.count) { outcome(of: lines[$0], in: file, source: source, facts: facts) }
                    var batch = ""
                    for outcome in outcomes {
                        switch outcome {
                        case .document(let entry, let attributes):
                            batch += attributes + "\n"
                            report.count(entry)
                            if let profile = options.profile { profile.measure("report") { reporter.article(entry) } } else { reporter.article(entry) }
                        case .problem(let diagnostic):
                            report.documentProblems.append(diagnostic)
                        case .blank:
                            break
                        }
                    }
                    if emitted { emitted = emit(batch) }
                }
            } catch {
                readProblem = source.problem(file, nil, "cannot read the file: \(error); its documents were not classified")
                return false
            }
            return emitted && stoppedEarly == nil
        }
        guard let lock else {
            _ = stream { _ in true }
            finish(file, source: source, target: target, readProblem: readProblem, stoppedEarly: stoppedEarly, report: &report)
            return
        }
        let profile = options.profile
        do {
            try FileManager.default.createDirectory(atPath: (target.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let pending = try AtomicFile.stage(to: target.path, sync: true) { fd in
                guard let writer = GzipWriter(descriptor: fd) else { return false }
                let written = stream { lines in
                    guard let profile else { return writer.write(Array(lines.utf8)) }
                    return profile.measure("compress attribute files") { writer.write(Array(lines.utf8)) }
                }
                return writer.finish() && written
            }
            let started = ContinuousClock.now
            if let failure = lock.withLock({ AtomicFile.commit([pending], synced: true) }).first?.1 { throw failure }
            profile?.add("rename attribute files (locked)", ContinuousClock.now - started)
        } catch {
            if readProblem == nil, stoppedEarly == nil {
                report.documentProblems.append(Diagnostic(file: target.display, location: nil, message: "cannot write the attribute file: \(error)"))
            }
        }
        finish(file, source: source, target: target, readProblem: readProblem, stoppedEarly: stoppedEarly, report: &report)
    }

    private func finish(_ file: String, source: JSONLinesSource, target: (path: String, display: String), readProblem: Diagnostic?,
                        stoppedEarly: String?, report: inout ClassifyReport) {
        if let readProblem { report.documentProblems.append(readProblem) }
        if let stoppedEarly {
            report.documentProblems.append(source.problem(file, nil, "reading stopped before the end (\(stoppedEarly)); "
                + "the documents read were classified, but no attribute file was written for it"))
        }
        if readProblem == nil, stoppedEarly == nil { report.attributeFiles?.append(target.display) }
    }

    private func outcome(of line: JSONLinesReader.Line, in file: String, source: JSONLinesSource, facts: CorpusFactsSet) -> Outcome {
        let started = options.profile == nil ? nil : ContinuousClock.now
        let found = source.document(line, in: file)
        if let started, let profile = options.profile {
            profile.add("read, parse and normalize", ContinuousClock.now - started)
            if case .success(let (document, _)?) = found { profile.count(bytes: document.text.utf8.count) }
        }
        switch found {
        case .failure(let diagnostic):
            return .problem(diagnostic)
        case .success(nil):
            return .blank
        case .success(let (document, article)?):
            let result = pass.classify(ClassificationPass.Input(article: article), facts: facts.facts, profile: options.profile)
            let entry = ReportEntry(id: document.id, path: article.path, sha256: article.sha256, state: .classified,
                                    language: result.language, tags: result.tags, findings: result.findings,
                                    write: nil, reclassified: [], result: result, isDocument: true, decision: result.decision)
            return .document(entry, attributes: DolmaAttributes.line(idJSON: document.idJSON, text: document.text,
                                                                     article: article, result: result))
        }
    }
}
