import Foundation
import TagDeskCore

/// Median wall time of `runs` calls of `body`, with the last call's result.
func timed<T>(runs: Int, _ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
    let clock = ContinuousClock()
    var times: [Double] = []
    var result: T?
    for _ in 0..<runs {
        let start = clock.now
        result = try body()
        times.append(seconds(clock.now - start))
    }
    return (times.sorted()[times.count / 2], result!)
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func megabytesPerSecond(_ bytes: Int, _ seconds: Double) -> String {
    String(format: "%8.1f MB/s", Double(bytes) / 1e6 / seconds)
}

func milliseconds(_ seconds: Double) -> String {
    String(format: "%8.1f ms", seconds * 1000)
}

func countMatches(_ documents: ArraySlice<BenchCorpus.Document>, _ automaton: PhraseAutomaton) -> Int {
    var total = 0
    for document in documents {
        automaton.forEachMatch(in: Normalizer.normalize(document.text)) { _ in total += 1 }
    }
    return total
}

guard let options = BenchOptions(Array(CommandLine.arguments.dropFirst())) else {
    FileHandle.standardError.write(Data((BenchOptions.usage + "\n").utf8))
    exit(2)
}

do {
    let clock = ContinuousClock()
    let processStart = clock.now
    let (tableTime, _) = timed(runs: 1) { Normalizer.normalize("é") }
    let phrases = try String(contentsOfFile: options.lexicon, encoding: .utf8)
        .split(whereSeparator: \.isNewline).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
    let (firstBuildTime, automaton) = timed(runs: 1) { PhraseAutomaton(phrases: phrases) }
    let (readTime, corpus) = try timed(runs: 1) { try BenchCorpus(folder: options.corpus) }
    let documents = corpus.documents[...]
    let bytes = corpus.byteCount
    let (firstPassTime, firstPass) = timed(runs: 1) { countMatches(documents, automaton) }
    let endToEndTime = seconds(clock.now - processStart)
    let (buildTime, _) = timed(runs: options.runs) { PhraseAutomaton(phrases: phrases) }

    let (normalizeTime, normalizedBytes) = timed(runs: options.runs) {
        documents.reduce(0) { $0 + Normalizer.normalize($1.text).bytes.count }
    }
    let (matchTime, matches) = timed(runs: options.runs) { countMatches(documents, automaton) }
    precondition(matches == firstPass)

    print("corpus     \(options.corpus): \(documents.count) files, \(bytes) bytes (\(normalizedBytes) normalized)")
    print("lexicon    \(options.lexicon): \(phrases.count) phrases, \(automaton.stateCount) states, \(automaton.byteClassCount) byte classes")
    print("fold table \(milliseconds(tableTime))   (first use of the normalizer: builds its scalar table)")
    print("build      \(milliseconds(buildTime))   (median of \(options.runs); first build \(milliseconds(firstBuildTime)))")
    print("read       \(milliseconds(readTime))   \(megabytesPerSecond(bytes, readTime))   (files into Strings)")
    print("normalize  \(milliseconds(normalizeTime))   \(megabytesPerSecond(bytes, normalizeTime))   (in memory, median of \(options.runs))")
    print("norm+match \(milliseconds(matchTime))   \(megabytesPerSecond(bytes, matchTime))   (in memory, median of \(options.runs))")
    print("first pass \(milliseconds(firstPassTime))   \(megabytesPerSecond(bytes, firstPassTime))   (norm+match, cold)")
    print("end-to-end \(milliseconds(endToEndTime))   \(megabytesPerSecond(bytes, endToEndTime))   (table + lexicon + build + read + first pass)")
    print("matches    \(matches)")

    for group in Set(documents.map(\.group)).sorted() {
        let part = documents.filter { $0.group == group }[...]
        let partBytes = part.reduce(0) { $0 + $1.text.utf8.count }
        let (partTime, partMatches) = timed(runs: options.runs) { countMatches(part, automaton) }
        print("  \(group.padding(toLength: 6, withPad: " ", startingAt: 0)) \(String(format: "%5d", part.count)) files  "
            + "\(megabytesPerSecond(partBytes, partTime)) norm+match  \(partMatches) matches")
    }
} catch {
    FileHandle.standardError.write(Data("tagdesk-bench: \(error)\n".utf8))
    exit(1)
}
