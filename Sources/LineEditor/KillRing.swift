/// Text removed by kill commands (Ctrl-K, Ctrl-U, Ctrl-W, Alt-D), most recent last, for Ctrl-Y to yank back.
struct KillRing: Sendable {
    private(set) var entries: [String] = []
    let capacity = 16

    /// The text Ctrl-Y inserts.
    var latest: String? { entries.last }

    /// Records killed text. Consecutive kills (`continuing`) grow the latest entry instead of adding one:
    /// backward kills prepend, forward kills append.
    mutating func record(_ text: String, backward: Bool, continuing: Bool) {
        guard !text.isEmpty else { return }
        if continuing, let last = entries.popLast() {
            entries.append(backward ? text + last : last + text)
            return
        }
        entries.append(text)
        if entries.count > capacity {
            entries.removeFirst(entries.count - capacity)
        }
    }
}
