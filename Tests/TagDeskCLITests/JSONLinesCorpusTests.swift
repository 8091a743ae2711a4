import Foundation
import TagDeskCore
import TagDeskTestSupport
import Testing

/// `tagdesk classify` over JSON Lines documents (plain and gzip), read back from the Dolma attribute files it writes.
@Suite struct JSONLinesCorpusTests {
    /// One document as the test wrote it.
    struct Document {
        let id: Any
        let text: String
    }

    /// `documents/a.jsonl` (plain) and `documents/sub/b.jsonl.gz` (gzip), made of the seed articles with an emoji
    /// first (so code points, UTF-16 units and bytes differ everywhere after it), NBSP, typographic quotes,
    /// Arabic, Vietnamese and CRLF line endings; the other fields of each line are left alone.
    static func writeDocuments(_ corpus: TemporaryCorpus) throws -> (a: [Document], b: [Document]) {
        let seeds = try corpus.seedIDs.map { try corpus.readText(TemporaryCorpus.articlePath($0)) }
        try #require(seeds.count == 5)
        let a = [
            Document(id: "fr-000", text: "🌏 Vietnam.vn\n" + seeds[0]),
            Document(id: 42, text: seeds[1].replacingOccurrences(of: "\n", with: "\r\n")),
            Document(id: "mixed", text: "👍🏽 « Le ministère des Affaires étrangères »\u{00A0}: l’ambassadeur à Hanoï.\n\n" + seeds[3]),
        ]
        let b = [
            Document(id: "b/002", text: "🇻🇳 " + seeds[2]),
            Document(id: "b/004", text: "Ngoại giao 🌐 « Diplomatie »\n" + seeds[4]),
        ]
        try corpus.write(jsonLines(a, extra: true), to: "documents/a.jsonl")
        try FileManager.default.createDirectory(at: corpus.fileURL("documents/sub"), withIntermediateDirectories: true)
        try gzip(Array(jsonLines(b, extra: false).utf8), to: corpus.fileURL("documents/sub/b.jsonl.gz").path)
        return (a, b)
    }

    static func jsonLines(_ documents: [Document], extra: Bool) throws -> String {
        try documents.map { document in
            var object: [String: Any] = ["id": document.id, "text": document.text]
            if extra { object["metadata"] = ["source": "seeds", "year": 2025]; object["added"] = "2025-01-17" }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self) + "\n"
        }.joined()
    }

    static func gzip(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(fd >= 0)
        defer { close(fd) }
        let writer = try #require(GzipWriter(descriptor: fd))
        #expect(writer.write(bytes))
        #expect(writer.finish())
    }

    /// The JSON objects of a gzip-compressed JSON Lines file.
    static func readAttributes(_ url: URL) throws -> [[String: Any]] {
        let raw = try Data(contentsOf: url)
        #expect(raw.prefix(2) == Data([0x1F, 0x8B]), "\(url.lastPathComponent) is not gzip data")
        let reader = try JSONLinesReader(path: url.path)
        var objects: [[String: Any]] = []
        while let line = reader.next() {
            guard case .bytes(let bytes, _) = line else { throw TestSupportError("a huge line in \(url.path)") }
            objects.append(try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]))
        }
        #expect(reader.failure == nil)
        return objects
    }

    /// `text[start..<end]` in Unicode code points.
    static func cut(_ text: String, _ span: [Any]) throws -> String {
        let scalars = Array(text.unicodeScalars)
        let start = try #require(span[0] as? Int), end = try #require(span[1] as? Int)
        try #require(0 <= start && start <= end && end <= scalars.count, "span \(span) outside a text of \(scalars.count) code points")
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[start..<end])
        return String(out)
    }

    /// The text's lines as `Article` splits them: at `\n`, without a `\r` before it.
    static func lines(_ text: String) -> [String] {
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line))
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    @Test func attributeSpansCutExactlyTheEvidenceAndTheLinesFromText() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let (a, b) = try Self.writeDocuments(corpus)

        let result = try TagdeskProcess.run(["classify", "--corpus", "documents", "--format", "json"], in: corpus.url)

        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "", "\(result)")
        let report = try JSONReport(json: Data(result.stdout.utf8))
        let documents = a + b
        #expect(report.articles.map(\.path) == ["documents/a.jsonl:1", "documents/a.jsonl:2", "documents/a.jsonl:3",
                                                "documents/sub/b.jsonl.gz:1", "documents/sub/b.jsonl.gz:2"])
        let attributes = try Self.readAttributes(corpus.fileURL("attributes/tagdesk/a.jsonl.gz"))
            + Self.readAttributes(corpus.fileURL("attributes/tagdesk/sub/b.jsonl.gz"))
        try #require(attributes.count == documents.count)
        #expect(attributes.map { "\($0["id"]!)" } == documents.map { "\($0.id)" })
        #expect(attributes[1]["id"] is NSNumber, "a numeric id is written back as a number")

        var evidenceChecked = 0
        var offsetsDiffer = false
        for (index, (document, line)) in zip(documents, attributes).enumerated() {
            let entry = report.articles[index]
            let spans = try #require(line["attributes"] as? [String: [[Any]]])
            let textLines = Self.lines(document.text)
            for (classifier, tags) in entry.tags {
                for tag in tags {
                    let key = "tagdesk__\(classifier)__\(tag.label)"
                    let tagSpans = try #require(spans[key], "no \(key) for \(entry.path)")
                    for span in tagSpans {
                        #expect((span[2] as? Double) == tag.score)
                        let cut = try Self.cut(document.text, span)
                        if let ranges = tag.lines {
                            let expected = ranges.map { textLines[($0.lowerBound - 1)...($0.upperBound - 1)] }
                            #expect(expected.contains { Array($0) == Self.lines(cut + "\n") }, "\(key) \(span) cuts \(cut.debugDescription)")
                        } else {
                            #expect(cut == document.text, "\(key) \(span) is not the whole text")
                        }
                    }
                    let cuts = try (spans[key + "__evidence"] ?? []).map { span in
                        let start = try #require(span[0] as? Int)
                        let prefix = String(String.UnicodeScalarView(document.text.unicodeScalars.prefix(start)))
                        if prefix.utf16.count != start && prefix.utf8.count != prefix.utf16.count { offsetsDiffer = true }
                        return try Self.cut(document.text, span)
                    }
                    // Evidence a plugin shortened to 80 characters and "…" spans its whole line.
                    let evidence = tag.evidence.map(\.text)
                    let seen = cuts.map { cut in evidence.contains(cut) ? cut : String(cut.prefix(80)) + "…" }
                    #expect(seen.sorted() == evidence.sorted(), "\(key) of \(entry.path): \(cuts)")
                    evidenceChecked += cuts.count
                }
            }
            #expect(Set(spans.keys.filter { !$0.hasSuffix("__evidence") })
                == Set(entry.tags.flatMap { classifier, tags in tags.map { "tagdesk__\(classifier)__\($0.label)" } }))
        }
        #expect(evidenceChecked > 20, "too little evidence to check: \(evidenceChecked)")
        #expect(offsetsDiffer, "no evidence where code points, UTF-16 units and bytes differ")
    }

    @Test func outputIsIdenticalBetweenRunsAndDryRunWritesNothing() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        _ = try Self.writeDocuments(corpus)

        let dry = try TagdeskProcess.run(["classify", "--corpus", "documents", "--dry-run"], in: corpus.url)
        #expect(dry.status == 0, "\(dry)")
        #expect(!corpus.exists("attributes"))
        #expect(try corpus.listing("documents") == ["a.jsonl", "sub"])
        #expect(dry.stdoutLines.last == "5 documents classified; dry run, would write: 2; findings: 0 errors, 0 warnings", "\(dry)")

        let first = try TagdeskProcess.run(["classify", "--corpus", "documents"], in: corpus.url)
        let a = try corpus.read("attributes/tagdesk/a.jsonl.gz")
        let b = try corpus.read("attributes/tagdesk/sub/b.jsonl.gz")
        let second = try TagdeskProcess.run(["classify", "--corpus", "documents"], in: corpus.url)

        #expect(first.status == 0 && second.status == 0, "\(first)\n\(second)")
        #expect(first.stdout == second.stdout)
        #expect(first.stdout == dry.stdout.replacingOccurrences(of: "dry run, would write", with: "attribute files written"))
        #expect(first.stdoutLines.first?.hasPrefix("documents/a.jsonl:1 [fr] ") == true, "\(first)")
        #expect(try corpus.read("attributes/tagdesk/a.jsonl.gz") == a)
        #expect(try corpus.read("attributes/tagdesk/sub/b.jsonl.gz") == b)
        #expect(try corpus.listing("attributes/tagdesk") == ["a.jsonl.gz", "sub"])
        #expect(try corpus.listing("documents/.tagdesk") == ["facts", "lock"])
    }

    @Test func corpusWideFactsAreCachedUntilADocumentFileChanges() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let (a, _) = try Self.writeDocuments(corpus)
        let facts = { (result: ProcessResult) in
            result.stderrLines.first { $0.contains("corpus-wide facts") }.map { $0.contains("(cached)") ? "cached" : "computed" }
        }

        let first = try TagdeskProcess.run(["classify", "--corpus", "documents", "--profile"], in: corpus.url)
        let second = try TagdeskProcess.run(["classify", "--corpus", "documents", "--profile"], in: corpus.url)
        try corpus.write(Self.jsonLines(a + [Document(id: "new", text: "Hanoï")], extra: false), to: "documents/a.jsonl")
        let third = try TagdeskProcess.run(["classify", "--corpus", "documents", "--profile"], in: corpus.url)

        #expect([first, second, third].map(\.status) == [0, 0, 0], "\(first)\n\(third)")
        #expect([first, second, third].map(facts) == ["computed", "cached", "computed"], "\(first)\n\(second)\n\(third)")
        #expect(third.stdoutLines.last?.hasPrefix("6 documents classified;") == true, "\(third)")
    }

    @Test func shardsTakeWholeFilesAndTogetherWriteWhatOneRunWrites() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let (a, b) = try Self.writeDocuments(corpus)
        for index in 0..<6 {
            try corpus.write(Self.jsonLines([a[index % a.count], b[index % b.count]], extra: false), to: "documents/more/\(index).jsonl")
        }
        let whole = try TagdeskProcess.run(["classify", "--corpus", "documents"], in: corpus.url)
        let files = try FileManager.default.subpathsOfDirectory(atPath: corpus.fileURL("attributes").path).filter { $0.hasSuffix(".gz") }.sorted()
        let written = try files.map { try corpus.read("attributes/" + $0) }
        try corpus.delete("attributes")

        let shards = try (0..<3).map { try TagdeskProcess.run(["classify", "--corpus", "documents", "--shard", "\($0)/3"], in: corpus.url) }

        #expect(whole.status == 0 && shards.allSatisfy { $0.status == 0 }, "\(whole)\n\(shards)")
        #expect(files.count == 8)
        #expect(try files.map { try corpus.read("attributes/" + $0) } == written)
        #expect(shards.filter { $0.stdoutLines.count > 1 }.count >= 2, "the files all fell in one shard")
        #expect(Set(shards.flatMap { $0.stdoutLines.dropLast() }) == Set(whole.stdoutLines.dropLast()))
    }

    @Test func aCorpusFolderInsideADolmaTreeWritesBesideItAndOtherNamesInside() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let text = try corpus.readText(TemporaryCorpus.articlePath(corpus.seedIDs[0]))
        let line = try Self.jsonLines([Document(id: "x", text: text)], extra: false)
        try corpus.write(line, to: "data/documents/part-0.jsonl")
        try corpus.write(line, to: "shards/part-0.jsonl")

        let dolma = try TagdeskProcess.run(["classify", "--corpus", "data/documents", "--attributes", "topics"], in: corpus.url)
        let inside = try TagdeskProcess.run(["classify", "--corpus", "shards"], in: corpus.url)
        let again = try TagdeskProcess.run(["classify", "--corpus", "shards"], in: corpus.url)

        #expect(dolma.status == 0, "\(dolma)")
        #expect(corpus.exists("data/attributes/topics/part-0.jsonl.gz"))
        #expect(inside.status == 0, "\(inside)")
        #expect(corpus.exists("shards/attributes/tagdesk/part-0.jsonl.gz"))
        // Attribute files inside the corpus folder are not documents.
        #expect(again.stdout == inside.stdout, "\(again)")
        #expect(again.stdoutLines.last?.hasPrefix("1 document classified;") == true, "\(again)")
    }

    @Test func aBadLineIsLocatedAndSkippedAndTheRunExits1() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let text = try corpus.readText(TemporaryCorpus.articlePath(corpus.seedIDs[0]))
        let good = try Self.jsonLines([Document(id: "one", text: text), Document(id: "two", text: "Hanoï")], extra: false)
            .split(separator: "\n").map(String.init)
        try corpus.write([good[0], #"{"id": "broken", "text": "unterminated}"#, #"{"text": "no id"}"#,
                          #"{"id": "n", "text": 3}"#, good[1]].joined(separator: "\n") + "\n", to: "documents/a.jsonl")

        let result = try TagdeskProcess.run(["classify", "--corpus", "documents"], in: corpus.url)

        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.count == 3, "\(result)")
        #expect(result.stderrLines.first?.hasPrefix("documents/a.jsonl:2: error: invalid JSON") == true, "\(result)")
        #expect(result.stderrLines.dropFirst().first == #"documents/a.jsonl:3: error: no "id"; expected one object {"id": …, "text": …} a line; the line was skipped"#, "\(result)")
        #expect(result.stderrLines.last == #"documents/a.jsonl:4: error: "text" is not a string; the line was skipped"#, "\(result)")
        #expect(result.stdoutLines.map { $0.components(separatedBy: " [").first ?? "" }.dropLast()
            == ["documents/a.jsonl:1", "documents/a.jsonl:5"], "\(result)")
        #expect(result.stdoutLines.last?.hasSuffix("; 3 lines or files skipped after errors") == true, "\(result)")
        let attributes = try Self.readAttributes(corpus.fileURL("attributes/tagdesk/a.jsonl.gz"))
        #expect(attributes.map { $0["id"] as? String } == ["one", "two"])
    }

    @Test func invalidUTF8AndHugeLinesAreSkippedWithoutHoldingThem() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        var bytes = Array(#"{"id": "bad", "text": "caf"#.utf8) + [0xE9] + Array("\"}\n".utf8)
        let huge = Array(#"{"id": "huge", "text": ""#.utf8) + [UInt8](repeating: 0x61, count: 33 << 20) + Array("\"}".utf8)
        bytes += huge + [0x0A]
        bytes += Array(#"{"id": "ok", "text": "Hanoï"}"#.utf8)
        try corpus.write(Data(bytes), to: "documents/a.jsonl")

        let result = try TagdeskProcess.run(["classify", "--corpus", "documents"], in: corpus.url)

        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines == [
            "documents/a.jsonl:1: error: invalid UTF-8; the line was skipped",
            "documents/a.jsonl:2: error: the line has \(huge.count) bytes, over the limit of 33554432; it was skipped",
        ], "\(result)")
        #expect(try Self.readAttributes(corpus.fileURL("attributes/tagdesk/a.jsonl.gz")).map { $0["id"] as? String } == ["ok"])
    }

    @Test func aDamagedGzipFileGetsNoAttributeFile() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let (_, _) = try Self.writeDocuments(corpus)
        let whole = try corpus.read("documents/sub/b.jsonl.gz")
        try corpus.write(whole.prefix(whole.count / 2), to: "documents/sub/b.jsonl.gz")

        let result = try TagdeskProcess.run(["classify", "--corpus", "documents"], in: corpus.url)

        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(result.stderrLines.first?.hasPrefix("documents/sub/b.jsonl.gz: error: reading stopped before the end (") == true, "\(result)")
        #expect(corpus.exists("attributes/tagdesk/a.jsonl.gz"))
        #expect(!corpus.exists("attributes/tagdesk/sub/b.jsonl.gz"))
        #expect(try corpus.listing("attributes/tagdesk/sub") == [], "no temporary file is left")
    }

    @Test(arguments: [
        ("seeds", [String]()),
        ("documents", ["documents"]),
        ("corpus", ["corpus/attributes/tagdesk", "corpus/empty"]),
    ])
    func aFolderWithNoArticleIsAUsageError(_ folder: String, _ made: [String]) throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        for id in corpus.seedIDs { try corpus.delete(TemporaryCorpus.articlePath(id)) }
        for path in made { try FileManager.default.createDirectory(at: corpus.fileURL(path), withIntermediateDirectories: true) }
        if folder == "corpus" { try corpus.write("{\"id\": \"x\", \"attributes\": {}}\n", to: "corpus/attributes/tagdesk/a.jsonl") }

        let result = try TagdeskProcess.run(["classify", "--corpus", folder], in: corpus.url)

        #expect(result.status == 2, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderrLines == ["error: no article in \(folder) (expected *.txt files or *.jsonl / *.jsonl.gz documents)"], "\(result)")
    }

    @Test func articlesAndDocumentsInOneFolderAreAUsageError() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.write(#"{"id": "x", "text": "Hanoï"}"# + "\n", to: "seeds/more/docs.jsonl")

        let result = try TagdeskProcess.run(["classify"], in: corpus.url)

        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines.first?.hasPrefix("error: seeds holds both .txt articles") == true, "\(result)")
        #expect(try corpus.tagFiles().isEmpty)
    }

    @Test func classifyHelpDescribesJSONLinesCorpora() throws {
        let result = try TagdeskProcess.run(["classify", "--help"], in: FileManager.default.temporaryDirectory)

        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("JSON Lines documents"), "\(result)")
        #expect(result.stdout.contains("--attributes <NAME>"), "\(result)")
    }
}
