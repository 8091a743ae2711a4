import TagDeskCore

/// A label's `page:` signals, compiled once per rule set: which lines of one page are chrome, read from that page
/// alone. It finds the main text block, scores every other line by the features it shows, then lets a short line
/// without a mark of its own follow its two neighbours when they agree.
struct PageChromeModel: Sendable {
    let signals: PageSignals
    /// The `at_start` phrases, then the `anywhere` ones, then the function words: one scan of each line.
    private let phrases: PhraseAutomaton
    private let phrasesAtStart: Int
    private let phrasesAnywhere: Int

    init(_ signals: PageSignals) {
        self.signals = signals
        let functionWords = signals.functionWords.map { lists in lists.words.sorted { $0.key < $1.key }.flatMap(\.value) } ?? []
        phrases = PhraseAutomaton(phrases: signals.phrases.atStart + signals.phrases.anywhere + functionWords)
        phrasesAtStart = signals.phrases.atStart.count
        phrasesAnywhere = phrasesAtStart + signals.phrases.anywhere.count
    }

    /// What the model reads of each non-blank line of a page, and where the main text block is.
    struct Reading {
        /// The non-blank lines, in order, and what each shows.
        var lines: [ArticleLine] = []
        var shapes: [LineShape] = []
        var phraseAtStart: [Bool] = []
        var phraseAnywhere: [Bool] = []
        var bodyLike: [Bool] = []
        var runningText: [Bool] = []
        /// The line goes on a sentence begun on the line above it.
        var continuation: [Bool] = []
    }

    func read(_ article: Article) -> Reading {
        var reading = Reading()
        for line in article.lines where !line.isBlank {
            let shape = LineShape(line)
            var atStart = false
            var anywhere = false
            var functionWords = 0
            phrases.forEachMatch(in: line.normalized) { match in
                if match.phrase >= phrasesAnywhere {
                    functionWords += 1
                } else if match.phrase >= phrasesAtStart {
                    anywhere = true
                } else if match.range.lowerBound == 0 && shape.words < signals.body.longWords {
                    atStart = true
                }
            }
            let minShare = signals.functionWords?.minShare ?? .infinity
            reading.runningText.append(shape.words > 0 && Double(functionWords) >= minShare * Double(shape.words))
            reading.lines.append(line)
            reading.shapes.append(shape)
            reading.phraseAtStart.append(atStart)
            reading.phraseAnywhere.append(anywhere)
        }
        joinCutSentences(&reading)
        let body = signals.body
        for index in reading.lines.indices {
            let shape = reading.shapes[index]
            let unmarked = !reading.phraseAtStart[index] && !reading.phraseAnywhere[index] && shape.separators == 0
                && !shape.copyright
            reading.bodyLike.append(shape.words >= body.minWords && (shape.endsSentence || shape.words >= body.longWords)
                                    && (unmarked || shape.words >= 2 * body.longWords))
        }
        return reading
    }

    /// A sentence a scraper cut at its links (`Zimmerman, who is Hispanic and is` / `charged with second-degree
    /// murder` / `, is accused of…`) is read as one: each piece takes the words and the ending of the whole, and
    /// only the first piece counts towards the main block.
    private func joinCutSentences(_ reading: inout Reading) {
        reading.continuation = Array(repeating: false, count: reading.lines.count)
        var start = 0
        while start < reading.lines.count {
            var end = start
            while end + 1 < reading.lines.count, reading.lines[end + 1].number == reading.lines[end].number + 1,
                  !reading.shapes[end].endsSentence, reading.shapes[end].separators == 0,
                  reading.shapes[end + 1].continuesSentence, reading.shapes[end + 1].separators == 0 {
                end += 1
            }
            if end > start {
                let words = reading.shapes[start...end].reduce(0) { $0 + $1.words }
                let endsSentence = reading.shapes[end].endsSentence
                for index in start...end {
                    reading.shapes[index].words = words
                    reading.shapes[index].endsSentence = endsSentence
                    reading.continuation[index] = index > start
                }
            }
            start = end + 1
        }
    }

    /// Where the page's text is, with `known` lines taken for chrome already: its body blocks, and the headline
    /// lines above the first (indices into the reading's lines).
    private func layout(_ reading: Reading, isKnown: [Bool]) -> (blocks: BodyBlocks, headlines: Set<Int>) {
        let blocks = bodyBlocks(reading, isKnown: isKnown)
        return (blocks, blocks.first.map { headlineLines(reading, isKnown: isKnown, above: $0.lowerBound) } ?? [])
    }

    /// Line numbers of the page's text: its headlines, and the sentences of its body blocks (a widget's short
    /// lines inside a block are not).
    func textLines(_ reading: Reading, known: Set<Int>) -> Set<Int> {
        let (blocks, headlines) = layout(reading, isKnown: reading.lines.map { known.contains($0.number) })
        let text = reading.lines.indices.filter { index in
            headlines.contains(index) || (blocks.contains(index) && reading.shapes[index].endsSentence)
        }
        return Set(text.map { reading.lines[$0].number })
    }

    /// Line numbers of the chrome lines among those no other label took (`known` are chrome already).
    func chromeLines(_ reading: Reading, known: Set<Int>) -> Set<Int> {
        let count = reading.lines.count
        guard count > 0 else { return [] }
        let isKnown = reading.lines.map { known.contains($0.number) }
        let (blocks, headlines) = layout(reading, isKnown: isKnown)
        let repeated = repeatedLines(reading)
        var isChrome = isKnown
        var hasMark = isKnown
        for index in 0..<count where !isKnown[index] {
            let headline = headlines.contains(index)
            let (score, marked) = score(index, reading, blocks: blocks, headline: headline, repeated: repeated.contains(index))
            isChrome[index] = score >= signals.threshold
            hasMark[index] = marked || headline
        }
        // Between two chrome lines a short line is chrome; between two lines of the block it stays content.
        var smoothed = isChrome
        for index in 1..<max(1, count - 1) where !hasMark[index] && reading.shapes[index].words < signals.shortWords
            && isChrome[index - 1] == isChrome[index + 1] {
            if isChrome[index - 1] {
                smoothed[index] = true
            } else if blocks.contains(index - 1), blocks.contains(index + 1) {
                smoothed[index] = false
            }
        }
        var chrome: Set<Int> = []
        for index in 0..<count where smoothed[index] && !isKnown[index] { chrome.insert(reading.lines[index].number) }
        return chrome
    }

    /// The main text blocks: body lines count their words, any other line costs `gap_cost`.
    private func bodyBlocks(_ reading: Reading, isKnown: [Bool]) -> BodyBlocks {
        let values = reading.lines.indices.map { index in
            reading.bodyLike[index] && !isKnown[index]
                ? (reading.continuation[index] ? 0 : reading.shapes[index].words) : -signals.body.gapCost
        }
        return BodyBlocks(values: values, minBlockWords: signals.body.minBlockWords)
    }

    /// Above the block, within `headline_lines` lines and among those with no chrome mark: any line long enough
    /// to be body text (a headline, a lead or standfirst), and the longest of the others above those, from
    /// `headline_words` words on (the headline; a shorter line, or one below the lead, is more often a name). And
    /// a page title with its site's name after it, among the page's first `headline_lines` lines.
    private func headlineLines(_ reading: Reading, isKnown: [Bool], above start: Int) -> Set<Int> {
        let body = signals.body
        let titles = (0..<min(start, body.headlineLines)).filter { index in
            reading.shapes[index].siteSuffix && !isKnown[index] && !hasMark(index, reading, separators: false)
        }
        let clean = (max(0, start - body.headlineLines)..<start).filter { index in
            !isKnown[index] && !hasMark(index, reading) && reading.shapes[index].words >= body.headlineWords
        }
        let leads = clean.filter { reading.shapes[$0].words >= body.minWords }
        let above = clean.filter { $0 < (leads.first ?? start) }
        var lines = Set(leads).union(titles)
        if let longest = above.max(by: { reading.shapes[$0].words < reading.shapes[$1].words }) { lines.insert(longest) }
        return lines
    }

    /// Short lines whose folded text occurs more than once on the page.
    private func repeatedLines(_ reading: Reading) -> Set<Int> {
        var keys: [(index: Int, key: UInt64)] = []
        var counts: [UInt64: Int] = [:]
        for index in reading.lines.indices where reading.shapes[index].words < signals.shortWords {
            let key = reading.lines[index].normalized.withFoldedBytes { StableHash.of($0) }
            keys.append((index, key))
            counts[key, default: 0] += 1
        }
        return Set(keys.filter { counts[$0.key, default: 0] > 1 }.map(\.index))
    }

    /// A mark of chrome the line carries itself, whatever its neighbours: a known phrase or a widget.
    private func hasMark(_ index: Int, _ reading: Reading, separators: Bool = true) -> Bool {
        let shape = reading.shapes[index]
        return reading.phraseAtStart[index] || reading.phraseAnywhere[index] || (separators && shape.separators > 0) || shape.allCaps
            || isNumeric(shape) || shape.emailOrLink || shape.copyright
    }

    /// Dates, times and counters alone: a third of the words or more are numbers, on a line of fewer than twice
    /// `short_words` words (a CJK date counts its characters: `2024年3月22日 15時10分` is ten words).
    private func isNumeric(_ shape: LineShape) -> Bool {
        shape.numbers > 0 && shape.numbers * 3 >= shape.words && shape.words < 2 * signals.shortWords
    }

    private func score(_ index: Int, _ reading: Reading, blocks: BodyBlocks, headline: Bool, repeated: Bool)
        -> (score: Double, marked: Bool) {
        let weights = signals.weights
        let shape = reading.shapes[index]
        var score = 0.0
        switch blocks.position(of: index) {
        case .before(let distance): score += weights.beforeBody + weights.perLineAway * Double(min(distance, 10))
        case .after(let distance): score += weights.afterBody + weights.perLineAway * Double(min(distance, 10))
        case .between: score += weights.betweenBlocks
        case .inside, nil: break
        }
        if headline { score += weights.headline }
        if shape.endsSentence && shape.words >= signals.shortWords / 2 { score += weights.sentence }
        if shape.words < signals.shortWords { score += weights.short }
        if !shape.endsSentence { score += weights.noEndPunctuation }
        if shape.separators > 0 && !(headline && shape.siteSuffix) { score += weights.separators }
        if shape.allCaps { score += weights.allCaps }
        if isNumeric(shape) { score += weights.numbers }
        if shape.emailOrLink { score += weights.emailOrLink }
        if shape.copyright { score += weights.copyright }
        if repeated { score += weights.repeatedInPage }
        if reading.phraseAtStart[index] { score += weights.phraseAtStart }
        if reading.phraseAnywhere[index] { score += weights.phraseAnywhere }
        if reading.runningText[index] { score += weights.functionWords }
        return (score, hasMark(index, reading) || repeated)
    }
}
