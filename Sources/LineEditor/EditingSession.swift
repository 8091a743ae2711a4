/// The editing state of one `readLine` call, driven key by key: the line, history browsing,
/// incremental search, completion and kills. It knows nothing of terminals; `display` says what to draw.
struct EditingSession {
    /// What the editor should do after a key.
    enum Outcome: Equatable {
        /// Nothing visible changed.
        case none
        case redraw
        case accept(String)
        case endOfInput
        case interrupt
        case clearScreen
        /// Show these completion candidates below the line.
        case list([String])
        case bell
        case suspend
    }

    /// What to draw: a prompt, the text after it, and the cursor's offset in that text.
    struct Display: Equatable {
        var prompt: String
        var characters: [Character]
        var cursor: Int
    }

    private enum Command {
        case kill
        case tab
        case other
    }

    let prompt: String
    private(set) var buffer = LineBuffer()
    private(set) var killRing: KillRing
    private let history: [String]
    /// History lines followed by the new line, holding any edits made to them during this call.
    private var lines: [String]
    private var lineIndex: Int
    private var search: HistorySearch?
    private var searchOrigin = LineBuffer()
    private var lastCommand = Command.other
    private let completion: LineEditor.Completion?

    init(prompt: String, history: [String], completion: LineEditor.Completion?, killRing: KillRing = KillRing()) {
        self.prompt = prompt
        self.history = history
        self.lines = history + [""]
        self.lineIndex = history.count
        self.completion = completion
        self.killRing = killRing
    }

    var isSearching: Bool { search != nil }

    var display: Display {
        guard let search else {
            return Display(prompt: prompt, characters: buffer.characters, cursor: buffer.cursor)
        }
        if let match = search.match {
            return Display(prompt: search.prompt, characters: Array(history[match.index]), cursor: match.offset)
        }
        return Display(prompt: search.prompt, characters: searchOrigin.characters, cursor: searchOrigin.cursor)
    }

    mutating func handle(_ key: Key) -> Outcome {
        if search != nil {
            return handleSearching(key)
        }
        let previous = lastCommand
        lastCommand = .other
        switch key {
        case .text(let text):
            buffer.insert(text)
            return .redraw
        case .enter:
            return .accept(buffer.text)
        case .control("d"):
            if buffer.isEmpty { return .endOfInput }
            return changed(buffer.deleteForward())
        case .control("c"):
            return .interrupt
        case .home, .control("a"):
            return changed(buffer.moveHome())
        case .end, .control("e"):
            return changed(buffer.moveEnd())
        case .left, .control("b"):
            return changed(buffer.moveLeft())
        case .right, .control("f"):
            return changed(buffer.moveRight())
        case .wordLeft, .meta("b"):
            return changed(buffer.moveWordLeft())
        case .wordRight, .meta("f"):
            return changed(buffer.moveWordRight())
        case .backspace, .control("h"):
            return changed(buffer.deleteBackward())
        case .delete:
            return changed(buffer.deleteForward())
        case .control("k"):
            return kill(buffer.killToEnd(), backward: false, after: previous)
        case .control("u"):
            return kill(buffer.killToStart(), backward: true, after: previous)
        case .control("w"):
            return kill(buffer.killBigWordBackward(), backward: true, after: previous)
        case .meta("d"):
            return kill(buffer.killWordForward(), backward: false, after: previous)
        case .metaBackspace:
            return kill(buffer.killWordBackward(), backward: true, after: previous)
        case .control("y"):
            guard let text = killRing.latest else { return .none }
            buffer.insert(text)
            return .redraw
        case .control("t"):
            return changed(buffer.transpose())
        case .control("l"):
            return .clearScreen
        case .up, .control("p"):
            return recall(lineIndex - 1)
        case .down, .control("n"):
            return recall(lineIndex + 1)
        case .control("r"):
            return startSearch(.backward)
        case .control("s"):
            return startSearch(.forward)
        case .tab:
            lastCommand = .tab
            return complete(listing: previous == .tab)
        case .control("z"):
            return .suspend
        default:
            return .none
        }
    }

    private func changed(_ didChange: Bool) -> Outcome {
        didChange ? .redraw : .none
    }

    private mutating func kill(_ text: String, backward: Bool, after previous: Command) -> Outcome {
        lastCommand = .kill
        guard !text.isEmpty else { return .none }
        killRing.record(text, backward: backward, continuing: previous == .kill)
        return .redraw
    }

    private mutating func recall(_ index: Int) -> Outcome {
        guard lines.indices.contains(index) else { return .none }
        lines[lineIndex] = buffer.text
        lineIndex = index
        buffer = LineBuffer(lines[index])
        return .redraw
    }

    private mutating func startSearch(_ direction: HistorySearch.Direction) -> Outcome {
        search = HistorySearch(lines: history, startIndex: min(lineIndex, history.count), direction: direction)
        searchOrigin = buffer
        lastCommand = .other
        return .redraw
    }

    private mutating func handleSearching(_ key: Key) -> Outcome {
        switch key {
        case .text(let text):
            search?.append(text)
        case .backspace, .control("h"):
            search?.deleteLast()
        case .control("r"):
            search?.repeatSearch(.backward)
        case .control("s"):
            search?.repeatSearch(.forward)
        case .control("g"):
            search = nil
            buffer = searchOrigin
        case .control("c"):
            search = nil
            buffer = searchOrigin
            return .interrupt
        case .enter:
            endSearchKeepingMatch()
            return .accept(buffer.text)
        case .escape:
            endSearchKeepingMatch()
        default:
            endSearchKeepingMatch()
            return handle(key)
        }
        return .redraw
    }

    private mutating func endSearchKeepingMatch() {
        defer { search = nil }
        guard let match = search?.match else {
            buffer = searchOrigin
            return
        }
        lines[lineIndex] = searchOrigin.text
        lineIndex = match.index
        buffer = LineBuffer(history[match.index], cursor: match.offset)
    }

    /// Completes the word before the cursor (the run of non-blank characters ending there) from the
    /// candidates the completion returns: one candidate replaces the word, several extend it to their
    /// common prefix, and a second Tab in a row lists them.
    private mutating func complete(listing: Bool) -> Outcome {
        guard let completion else { return .bell }
        let characters = buffer.characters
        let cursor = buffer.cursor
        var start = cursor
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        var seen = Set<String>()
        let candidates = completion(buffer.text, cursor).filter { seen.insert($0).inserted }
        guard let first = candidates.first else { return .bell }
        if candidates.count == 1 {
            let followedBySpace = cursor < characters.count && characters[cursor].isWhitespace
            buffer.replace(start..<cursor, with: followedBySpace ? first : first + " ")
            if followedBySpace { _ = buffer.moveRight() }
            return .redraw
        }
        let prefix = CandidateList.commonPrefix(candidates)
        if prefix.count > cursor - start {
            buffer.replace(start..<cursor, with: prefix)
            return .redraw
        }
        return listing ? .list(candidates) : .bell
    }
}
