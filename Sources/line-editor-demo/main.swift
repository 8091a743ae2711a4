import Foundation
import LineEditor

/// Try the line editor by hand: `line-editor-demo [--history FILE] [--prompt TEXT]`.
///
/// Each line read is echoed back as `=> «line»`; `history` lists the history, Ctrl-D or `quit` exits.
/// Tab completes from a fixed list of words in the languages TagDesk's editors type.

let words = [
    "Affaires", "étrangères", "ministère", "ministre", "Hanoï",
    "Bộ", "Ngoại", "giao", "Ngoại giao", "وزارة", "الخارجية", "مُؤْتَمَر",
    "東京", "👩‍👩‍👧", "help", "history", "quit",
]

var arguments = CommandLine.arguments.dropFirst()
var historyURL = FileManager.default.homeDirectoryForCurrentUser
    .appendingPathComponent(".line-editor-demo-history")
var prompt = "demo> "
while let argument = arguments.popFirst() {
    switch argument {
    case "--history":
        if let path = arguments.popFirst() { historyURL = URL(fileURLWithPath: path) }
    case "--prompt":
        if let text = arguments.popFirst() { prompt = text }
    default:
        FileHandle.standardError.write(Data("usage: line-editor-demo [--history FILE] [--prompt TEXT]\n".utf8))
        exit(2)
    }
}

let editor = LineEditor(history: (try? History(contentsOf: historyURL)) ?? History())
editor.completion = { line, cursor in
    let characters = Array(line)
    var start = cursor
    while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
    let word = String(characters[start..<cursor])
    return words.filter { $0.hasPrefix(word) }
}

func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

reading: while true {
    let result: LineReadResult
    do {
        result = try editor.readLine(prompt: prompt)
    } catch {
        FileHandle.standardError.write(Data("line-editor-demo: \(error)\n".utf8))
        exit(1)
    }
    switch result {
    case .line("quit"):
        break reading
    case .line("history"):
        for (number, entry) in editor.history.entries.enumerated() {
            say("\(number + 1)  \(entry)")
        }
    case .line(let line):
        say("=> «\(line)»")
    case .interrupted:
        say("(interrupted)")
    case .endOfInput:
        break reading
    }
    try? editor.history.save(to: historyURL)
}
try? editor.history.save(to: historyURL)
