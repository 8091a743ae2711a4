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

/// Folds `bytes` into `scratch` (read as `String(decoding:)` reads them if they are not valid UTF-8).
func fold(_ bytes: UnsafeBufferPointer<UInt8>, into scratch: inout FoldingScratch) {
    guard !scratch.fold(utf8: bytes) else { return }
    var repaired = String(decoding: bytes, as: UTF8.self)
    let valid = repaired.withUTF8 { scratch.fold(utf8: $0) }
    precondition(valid)
}

func countMatches(_ bytes: UnsafeBufferPointer<UInt8>, _ automaton: PhraseAutomaton, _ scratch: inout FoldingScratch) -> Int {
    fold(bytes, into: &scratch)
    var total = 0
    automaton.forEachMatch(inFolded: scratch.folded) { _ in total += 1 }
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
    let (listTime, corpus) = try timed(runs: 1) { try BenchCorpus(folder: options.corpus) }

    // The one end-to-end pass: each file read into one buffer, folded into another, matched.
    var buffer: [UInt8] = []
    var scratch = FoldingScratch()
    var bytes = 0
    var normalizedBytes = 0
    var readTime = 0.0
    var groups: [String: (files: Int, bytes: Int, matches: Int)] = [:]
    var texts: [[UInt8]] = []
    let passStart = clock.now
    for document in corpus.documents {
        let readStart = clock.now
        let count = try corpus.read(document, into: &buffer)
        readTime += seconds(clock.now - readStart)
        let matches = buffer.withUnsafeBufferPointer { countMatches(UnsafeBufferPointer(rebasing: $0[..<count]), automaton, &scratch) }
        bytes += count
        normalizedBytes += scratch.folded.count
        groups[document.group, default: (0, 0, 0)].files += 1
        groups[document.group]!.bytes += count
        groups[document.group]!.matches += matches
        if options.runs > 1 { texts.append(Array(buffer[..<count])) }
    }
    let passTime = seconds(clock.now - passStart)
    let endToEndTime = seconds(clock.now - processStart)
    let matches = groups.values.reduce(0) { $0 + $1.matches }

    print("corpus     \(options.corpus): \(corpus.documents.count) files, \(bytes) bytes (\(normalizedBytes) normalized)")
    print("lexicon    \(options.lexicon): \(phrases.count) phrases, \(automaton.stateCount) states, \(automaton.byteClassCount) byte classes")
    print("fold table \(milliseconds(tableTime))   (first use of the normalizer: builds its scalar table)")
    print("build      \(milliseconds(firstBuildTime))   (first build of the automaton)")
    print("list       \(milliseconds(listTime))   (finding the files)")
    print("read       \(milliseconds(readTime))   \(megabytesPerSecond(bytes, readTime))   (files into one reused buffer, within the pass)")
    print("pass       \(milliseconds(passTime))   \(megabytesPerSecond(bytes, passTime))   (read + normalize + match, one pass)")
    print("end-to-end \(milliseconds(endToEndTime))   \(megabytesPerSecond(bytes, endToEndTime))   (table + lexicon + build + list + pass)")

    if options.runs > 1 {
        func inMemory(_ texts: ArraySlice<[UInt8]>) -> Int {
            var scratch = FoldingScratch()
            return texts.reduce(0) { total, text in
                total + text.withUnsafeBufferPointer { countMatches($0, automaton, &scratch) }
            }
        }
        let (buildTime, _) = timed(runs: options.runs) { PhraseAutomaton(phrases: phrases) }
        let (normalizeTime, _) = timed(runs: options.runs) {
            var scratch = FoldingScratch()
            return texts.reduce(0) { total, text in
                total + text.withUnsafeBufferPointer { fold($0, into: &scratch); return scratch.folded.count }
            }
        }
        let (matchTime, again) = timed(runs: options.runs) { inMemory(texts[...]) }
        precondition(again == matches)
        print("build      \(milliseconds(buildTime))   (median of \(options.runs))")
        print("normalize  \(milliseconds(normalizeTime))   \(megabytesPerSecond(bytes, normalizeTime))   (in memory, median of \(options.runs))")
        print("norm+match \(milliseconds(matchTime))   \(megabytesPerSecond(bytes, matchTime))   (in memory, median of \(options.runs))")
    }
    print("matches    \(matches)")
    for group in groups.keys.sorted() {
        let part = groups[group]!
        var speed = ""
        if options.runs > 1 {
            let indices = corpus.documents.indices.filter { corpus.documents[$0].group == group }
            let (partTime, _) = timed(runs: options.runs) {
                var scratch = FoldingScratch()
                return indices.reduce(0) { total, index in
                    total + texts[index].withUnsafeBufferPointer { countMatches($0, automaton, &scratch) }
                }
            }
            speed = "\(megabytesPerSecond(part.bytes, partTime)) norm+match  "
        }
        print("  \(group.padding(toLength: 6, withPad: " ", startingAt: 0)) \(String(format: "%5d", part.files)) files  "
            + "\(speed)\(part.matches) matches")
    }
} catch {
    FileHandle.standardError.write(Data("tagdesk-bench: \(error)\n".utf8))
    exit(1)
}
