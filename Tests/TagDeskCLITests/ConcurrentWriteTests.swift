import Foundation
import TagDeskCore
import TagDeskTestSupport
import Testing

/// Writers that run at the same time lose nothing: decisions typed while a pass runs all survive and are
/// applied, and a pass killed at any moment leaves whole files and no temporary file behind.
@Suite(.serialized) struct ConcurrentWriteTests {
    /// A person's editor appending to decisions files every few milliseconds while a pass runs over 300
    /// articles. It takes no lock, as editors do not; the pass never writes those files, re-reads an article
    /// whose files changed before writing its tag file, and says which it re-read.
    @Test func decisionsWrittenDuringAPassAllSurvive() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let ids = corpus.seedIDs + (try corpus.addVariants(59))
        for id in ids {
            try corpus.write("article: \(id)\ndecisions:\n", to: "seeds/\(id).decisions.yaml")
        }
        let logs = corpus.fileURL("logs")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let script = """
            cd seeds; ids=(\(ids.joined(separator: " "))); i=0
            while [ ! -e ../logs/stop ]; do
              id=${ids[$(( (i * 7919) % ${#ids[@]} ))]}
              printf -- '- {classifier: topic, action: add, label: health, by: writer, note: n%d}\\n' $i >> $id.decisions.yaml
              echo "$id n$i" >> ../logs/written
              i=$((i + 1)); sleep 0.003
            done
            """
        let pass = try BackgroundProcess(tagdesk: ["classify"], in: corpus.url, logs: logs)
        let writer = try BackgroundProcess(URL(fileURLWithPath: "/bin/bash"), ["-c", script], in: corpus.url, logs: logs)
        let result = pass.wait()
        _ = FileManager.default.createFile(atPath: logs.appendingPathComponent("stop").path, contents: nil)
        _ = writer.wait()

        #expect(result.status == 0, "\(result)")
        let written = try String(contentsOf: logs.appendingPathComponent("written"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        try #require(written.count > 50, "the writer wrote only \(written.count) decisions")
        for id in ids {
            let expected = written.filter { $0[0] == id }.map { "- {classifier: topic, action: add, label: health, by: writer, note: \($0[1])}\n" }
            #expect(try corpus.readText("seeds/\(id).decisions.yaml") == "article: \(id)\ndecisions:\n" + expected.joined())
        }
        let reread = result.stderrLines.filter { $0.hasSuffix("note: a file of this article changed during the pass; it was read and classified again before writing") }
        #expect(!reread.isEmpty, "\(result)")
        #expect(result.stdoutLines.last?.contains("; \(reread.count) article") == true, "\(result)")

        // The next pass applies every decision: each tag file names the digest of its decisions file as it is.
        let next = try TagdeskProcess.run(["classify"], in: corpus.url)
        #expect(next.status == 0, "\(next)")
        for id in ids {
            let digest = "sha256:" + SHA256Hex.digest(try corpus.read("seeds/\(id).decisions.yaml"))
            let tagFile = try corpus.decodedTagFile(id)
            #expect(tagFile.decisionsDigest == digest)
            if written.contains(where: { $0[0] == id }) {
                #expect(tagFile.tags["topic"]?.first { $0.label == "health" }?.source == .human)
            }
        }
    }

    /// `tagdesk decide` takes the corpus lock: decisions recorded while passes run are all kept, in order.
    @Test func decisionsRecordedWithDecideDuringPassesAllSurvive() throws {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.addVariants(19)
        let logs = corpus.fileURL("logs")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let id = corpus.seedIDs[0]
        let pass = try BackgroundProcess(tagdesk: ["classify"], in: corpus.url, logs: logs)
        var notes: [String] = []
        for index in 0..<8 {
            let result = try TagdeskProcess.run(["decide", id, "topic", index % 2 == 0 ? "add" : "remove", "health",
                                                 "--by", "editor\(index)", "--note", "n\(index)"], in: corpus.url)
            #expect(result.status == 0, "\(result)")
            notes.append("n\(index)")
        }
        _ = pass.wait()

        let text = try corpus.readText("seeds/\(id).decisions.yaml")
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("- {") }.count == 8)
        #expect(notes.allSatisfy { text.contains("note: \($0),") })
    }

    /// `kill -9` of a pass at random moments: no torn tag file at any time, and the next run removes every
    /// temporary file and ends exactly as a run never interrupted. (`Scripts/crash-test.sh` does the same
    /// over 1,000 articles and 20 kills with a release build.)
    @Test func aPassKilledAtRandomMomentsLeavesNoTraceAfterTheNextRun() throws {
        let reference = try TemporaryCorpus()
        defer { reference.remove() }
        try reference.addVariants(39)
        let start = ContinuousClock.now
        let uninterrupted = try TagdeskProcess.run(["classify"], in: reference.url)
        try #require(uninterrupted.status == 0, "\(uninterrupted)")
        let duration = ContinuousClock.now - start

        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        try corpus.addVariants(39)
        let logs = corpus.fileURL("logs")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        var generator = SystemRandomNumberGenerator()
        // Every interrupted run has tag files to write: the tone rules alternate between two versions.
        let tone = try corpus.readText("Rules/tone.yaml")
        let edited = tone.replacingOccurrences(of: "      - succès\n", with: "      - succès éclatant\n")
        try #require(edited != tone)
        for round in 0..<5 {
            try corpus.write(round % 2 == 0 ? edited : tone, to: "Rules/tone.yaml")
            let pass = try BackgroundProcess(tagdesk: ["classify"], in: corpus.url, logs: logs)
            let delay = Double.random(in: 0.05...1, using: &generator) * Double(duration.components.seconds) + 0.05
            Thread.sleep(forTimeInterval: delay)
            pass.kill()
            _ = pass.wait()
            for (name, data) in try corpus.tagFiles() {
                let text = String(decoding: data, as: UTF8.self)
                #expect(text.hasPrefix(TagFileStore.header) && text.hasSuffix("\n"), "torn \(name)")
                _ = try corpus.decodedTagFile(String(name.dropLast(".tags.yaml".count)))
            }
        }
        try corpus.write(tone, to: "Rules/tone.yaml")
        let final = try TagdeskProcess.run(["classify"], in: corpus.url)

        #expect(final.status == 0, "\(final)")
        #expect(try corpus.listing("seeds").filter { $0.hasPrefix(".") } == [".tagdesk"])
        #expect(try corpus.tagFiles() == (try reference.tagFiles()))
    }
}
