import Testing
@testable import TagDeskCore

@Suite struct TagCollectorTests {
    static func unit(_ lines: Int...) -> TextUnit {
        TextUnit(range: LineRange(lines.min() ?? 1, lines.max() ?? 1), lines: lines.map { ArticleLine(number: $0, text: "l\($0)") })
    }

    @Test func linesOfEachLabelAreJoinedIntoRanges() {
        var collector = TagCollector(scope: .line, multiLabel: false)
        for (line, label) in [(1, "a"), (2, "a"), (3, "b"), (4, "a"), (6, "a"), (7, "a")] {
            collector.add(label, score: Double(line), evidence: [], in: Self.unit(line))
        }
        let tags = collector.tags()
        #expect(tags.map(\.label) == ["a", "b"])
        #expect(tags[0].lines == [LineRange(1, 2), LineRange(4, 4), LineRange(6, 7)])
        #expect(tags[0].score == 7)
        #expect(tags[1].lines == [LineRange(3, 3)])
    }

    @Test func unitsOutOfLineOrderGiveTheSameRanges() {
        var collector = TagCollector(scope: .paragraph, multiLabel: false)
        collector.add("a", score: 1, evidence: [], in: Self.unit(5, 6))
        collector.add("a", score: 1, evidence: [], in: Self.unit(1, 2))
        collector.add("a", score: 1, evidence: [], in: Self.unit(3))
        collector.add("a", score: 1, evidence: [], in: Self.unit(2))
        #expect(collector.tags().map(\.lines) == [[LineRange(1, 3), LineRange(5, 6)]])
    }

    @Test func oneLabelPerUnitUnlessMultiLabel() {
        for multiLabel in [false, true] {
            var collector = TagCollector(scope: .article, multiLabel: multiLabel)
            let whole = Self.unit(1, 2)
            collector.add("b", score: 2, evidence: [Evidence(line: 1, text: "x")], in: whole)
            collector.add("a", score: 2, evidence: [Evidence(line: 2, text: "y")], in: whole)
            collector.add("c", score: 1, evidence: [], in: whole)
            let tags = collector.tags()
            // A tie goes to the label that sorts first.
            #expect(tags.map(\.label) == (multiLabel ? ["a", "b", "c"] : ["a"]))
            #expect(tags.allSatisfy { $0.lines == nil })
            #expect(tags.first?.evidence == [Evidence(line: 2, text: "y")])
        }
    }

    @Test func evidenceIsSortedDedupedAndCut() {
        let repeated = [Evidence(line: 3, text: "x"), Evidence(line: 1, text: "y"), Evidence(line: 3, text: "x"),
                        Evidence(line: 1, text: "Y")]
        let tag = TagDeskCore.Tag(label: "a", score: 1, evidence: repeated)
        #expect(tag.evidence == [Evidence(line: 1, text: "Y"), Evidence(line: 1, text: "y"), Evidence(line: 3, text: "x")])
        #expect(tag.moreEvidence == nil)
        let many = (1...11).reversed().map { Evidence(line: $0, text: "w") } + [Evidence(line: 2, text: "w")]
        let cut = TagDeskCore.Tag(label: "a", score: 1, evidence: many)
        #expect(cut.evidence.map(\.line) == Array(1...8))
        #expect(cut.moreEvidence == 3)
    }
}
