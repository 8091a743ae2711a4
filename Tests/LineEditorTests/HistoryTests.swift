import Foundation
@testable import LineEditor
import Testing

@Suite struct HistoryTests {
    @Test func skipsEmptyLeadingSpaceAndConsecutiveDuplicateLines() {
        var history = History()
        let lines = ["make test", "make test", " secret", "", "two\nlines", "git status", "make test"]
        let added = lines.map { history.add($0) }
        #expect(added == [true, false, false, false, false, true, true])
        #expect(history.entries == ["make test", "git status", "make test"])
    }

    @Test func dropsTheOldestEntriesBeyondTheLimit() {
        var history = History(maximumCount: 2)
        for line in ["un", "deux", "trois"] { history.add(line) }
        #expect(history.entries == ["deux", "trois"])
        history.maximumCount = 1
        #expect(history.entries == ["trois"])
    }

    @Test func savesOneLinePerEntryAndLoadsThemBack() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("LineEditorTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("history")
        var history = History()
        let lines = ["Le ministère des Affaires étrangères à Hanoï", "Bo\u{0323}\u{0302} Ngoa\u{0323}i giao", "مُؤْتَمَر", "東京 👩‍👩‍👧"]
        for line in lines { history.add(line) }
        try history.save(to: file)

        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text == lines.joined(separator: "\n") + "\n")
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)

        let loaded = try History(contentsOf: file, maximumCount: 3)
        #expect(loaded.entries.map { Array($0.unicodeScalars) } == lines.dropFirst().map { Array($0.unicodeScalars) })
    }

    @Test func loadingAMissingFileGivesAnEmptyHistory() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("absent-\(UUID().uuidString)")
        let history = try History(contentsOf: file)
        #expect(history.entries.isEmpty)
    }
}

@Suite struct HistorySearchTests {
    let lines = ["git status", "make test", "git commit", "Bộ Ngoại giao"]

    @Test func searchesBackwardFromTheEndAndRepeats() {
        var search = HistorySearch(lines: lines, startIndex: lines.count, direction: .backward)
        search.append("git")
        #expect(search.match == HistorySearch.Match(index: 2, offset: 0))
        search.repeatSearch(.backward)
        #expect(search.match?.index == 0)
        #expect(!search.failed)
        search.repeatSearch(.backward)
        #expect(search.failed)
        #expect(search.match?.index == 0)
        #expect(search.prompt == "(failed reverse-i-search)`git': ")
        search.repeatSearch(.forward)
        #expect(search.match?.index == 2)
        #expect(search.prompt == "(i-search)`git': ")
    }

    @Test func matchOffsetCountsCharacters() {
        var search = HistorySearch(lines: lines, startIndex: lines.count, direction: .backward)
        search.append("giao")
        #expect(search.match == HistorySearch.Match(index: 3, offset: 9))
    }

    @Test func deletingFromTheQueryWidensTheSearchAgain() {
        var search = HistorySearch(lines: lines, startIndex: lines.count, direction: .backward)
        search.append("make x")
        #expect(search.failed)
        search.deleteLast()
        search.deleteLast()
        #expect(search.query == "make")
        #expect(!search.failed)
        #expect(search.match?.index == 1)
    }

    @Test func repeatingSkipsLinesEqualToTheCurrentMatch() {
        var search = HistorySearch(lines: ["make", "git", "make"], startIndex: 3, direction: .backward)
        search.append("ma")
        #expect(search.match?.index == 2)
        search.repeatSearch(.backward)
        #expect(search.failed)
    }
}
