/// A multi-pattern matcher (Aho–Corasick) over normalized UTF-8, built once per rule set.
///
/// Matches are whole words: a match must end at the end of the text or before a space, and start at the
/// start of the text or after a space — or, for a phrase that starts with an Arabic letter, after proclitics
/// attached to its first word (see `ArabicClitics`). The range of such a match covers the phrase only, not
/// the proclitics; for "للخارجية" the phrase "الخارجية" matches from the second ل. A prefix phrase
/// (`prefixes`) need not end a word: `limit` matches `limitation`, and its range runs to the end of that word.
public struct PhraseAutomaton: Sendable {
    /// One byte string inserted into the automaton: a phrase, or the contracted variant of an Arabic one.
    struct Pattern: Sendable {
        let phrase: Int
        let length: Int
        let form: ArabicClitics.Form
        let isPrefix: Bool
    }

    public let phraseCount: Int
    let patterns: [Pattern]
    let longestPattern: Int
    let hasPrefixes: Bool
    /// Phrases that can only start a word (no proclitics) are inserted after a space, so that inside a word
    /// the automaton falls back to its root instead of following them from every letter.
    let dfa: AhoCorasickDFA
    /// The state after a space, where every stretch of text starts.
    let startState: Int

    /// Phrases are folded with `Normalizer.fold`; a phrase that folds to nothing never matches.
    /// - Parameter prefixes: indexes of the phrases that match the start of a word.
    public init(phrases: [String], prefixes: Set<Int> = []) {
        var patterns: [Pattern] = []
        var patternBytes: [[UInt8]] = []
        for (index, phrase) in phrases.enumerated() {
            let folded = Array(Normalizer.fold(phrase).utf8)
            guard !folded.isEmpty else { continue }
            let form = ArabicClitics.form(ofFolded: folded)
            let isPrefix = prefixes.contains(index)
            patterns.append(Pattern(phrase: index, length: folded.count, form: form, isPrefix: isPrefix))
            patternBytes.append(form == .none ? [0x20] + folded : folded)
            if let variant = ArabicClitics.contractedVariant(ofFolded: folded) {
                patterns.append(Pattern(phrase: index, length: variant.count, form: .contractedArticle, isPrefix: isPrefix))
                patternBytes.append(variant)
            }
        }
        self.phraseCount = phrases.count
        self.patterns = patterns
        self.longestPattern = patterns.map(\.length).max() ?? 0
        hasPrefixes = patterns.contains(where: \.isPrefix)
        self.dfa = AhoCorasickDFA(patterns: patternBytes)
        self.startState = Int(dfa.next[Int(dfa.byteClass[0x20])])
    }

    /// Number of automaton states, for sizing and diagnostics.
    public var stateCount: Int { dfa.stateCount }
    /// Number of byte classes (columns of the transition table), for sizing and diagnostics.
    public var byteClassCount: Int { dfa.classCount }

    /// All occurrences, overlapping ones included, sorted by `range.lowerBound`, then `phrase`.
    public func matches(in text: NormalizedText) -> [PhraseMatch] {
        var found: [PhraseMatch] = []
        forEachMatch(in: text) { found.append($0) }
        found.sort {
            ($0.range.lowerBound, $0.phrase, $0.range.upperBound) < ($1.range.lowerBound, $1.phrase, $1.range.upperBound)
        }
        return found
    }

    /// Calls `body` once for every occurrence, in no particular order (`matches(in:)` sorts them).
    public func forEachMatch(in text: NormalizedText, _ body: (PhraseMatch) -> Void) {
        text.withFoldedBytes { forEachMatch(inFolded: $0, body) }
    }

    /// `forEachMatch(in:_:)` over bytes already folded by `Normalizer` (see `FoldingScratch`).
    public func forEachMatch(inFolded bytes: [UInt8], _ body: (PhraseMatch) -> Void) {
        bytes.withUnsafeBufferPointer { forEachMatch(inFolded: $0, body) }
    }

    /// Texts of more than a few hundred bytes are scanned as two interleaved stretches split at the space nearest
    /// the middle, so that two independent chains of table lookups overlap; the first runs on past the split by
    /// the longest pattern and reports only occurrences that start before it. (Classifiers keep the first few
    /// occurrences as evidence, so this order is part of what tag files show: keep it.)
    private func forEachMatch(inFolded bytes: UnsafeBufferPointer<UInt8>, _ body: (PhraseMatch) -> Void) {
        dfa.next.withUnsafeBufferPointer { next in
            dfa.byteClass.withUnsafeBufferPointer { byteClass in
                let scanner = DFAScanner(bytes: bytes, next: next, byteClass: byteClass, threshold: dfa.outputThreshold)
                withUnsafeTemporaryAllocation(of: DFAScanner.Cursor.self, capacity: 2) { cursors in
                    var live = stretches(of: bytes, into: cursors)
                    while true {
                        var kept = 0
                        for index in 0..<live where !cursors[index].isDone {
                            cursors.swapAt(kept, index)
                            kept += 1
                        }
                        live = kept
                        switch live {
                        case 0: return
                        case 1: scanner.advance(&cursors[0])
                        default: scanner.advance(&cursors[0], &cursors[1])
                        }
                        for index in 0..<live where cursors[index].inOutputState {
                            report(cursors[index], in: bytes, body)
                            cursors[index].inOutputState = false
                        }
                    }
                }
            }
        }
    }

    /// Initializes one cursor per stretch of `bytes` and returns how many.
    private func stretches(of bytes: UnsafeBufferPointer<UInt8>, into cursors: UnsafeMutableBufferPointer<DFAScanner.Cursor>) -> Int {
        let count = bytes.count
        let parts = count >= 4 * longestPattern + 256 ? 2 : 1
        var start = 0
        var made = 0
        for part in 1...parts {
            var split = count
            if part < parts, let space = bytes[max(start, count * part / parts)...].firstIndex(of: 0x20) { split = space }
            let end = split == count ? count : min(count, split + longestPattern)
            cursors.initializeElement(at: made, to: DFAScanner.Cursor(index: start, end: end, limit: split, state: startState))
            made += 1
            if split == count { break }
            start = split + 1
        }
        return made
    }

    private func report(_ cursor: DFAScanner.Cursor, in bytes: UnsafeBufferPointer<UInt8>, _ body: (PhraseMatch) -> Void) {
        let end = cursor.index
        let limit = cursor.limit
        let endsWord = end == bytes.count || bytes[end] == 0x20
        guard endsWord || hasPrefixes else { return }
        var output = (cursor.state - dfa.outputThreshold) / dfa.classCount
        while output >= 0 {
            for patternIndex in dfa.outputs[Int(dfa.outputStart[output])..<Int(dfa.outputStart[output + 1])] {
                let pattern = patterns[Int(patternIndex)]
                guard endsWord || pattern.isPrefix else { continue }
                let start = end - pattern.length
                if start < limit, startsWord(at: start, form: pattern.form, in: bytes) {
                    var wordEnd = end
                    while wordEnd < bytes.count, bytes[wordEnd] != 0x20 { wordEnd += 1 }
                    body(PhraseMatch(phrase: pattern.phrase, range: start..<wordEnd))
                }
            }
            output = Int(dfa.dictionaryLink[output])
        }
    }

    private func startsWord(at start: Int, form: ArabicClitics.Form, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var wordStart = start
        while wordStart > 0, bytes[wordStart - 1] != 0x20 {
            if start - wordStart == ArabicClitics.maximumPrefixLength || form == .none { return false }
            wordStart -= 1
        }
        if wordStart == start { return form != .contractedArticle }
        return ArabicClitics.allows(prefix: bytes[wordStart..<start], before: form)
    }
}
