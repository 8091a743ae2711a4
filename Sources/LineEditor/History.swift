import Foundation

/// Previously entered lines, oldest first, for Up/Down recall and Ctrl-R search; loadable from and
/// savable to a text file with one line per entry.
///
/// Empty lines, lines starting with a space, lines containing a line break, and a line equal to the
/// most recent entry are not recorded. Past `maximumCount`, the oldest entries are dropped.
public struct History: Sendable, Equatable {
    /// The recorded lines, oldest first.
    public private(set) var entries: [String] = []

    /// How many entries are kept; lowering it drops the oldest at once.
    public var maximumCount: Int {
        didSet { trim() }
    }

    public init(maximumCount: Int = 1000) {
        self.maximumCount = max(0, maximumCount)
    }

    /// Loads the entries stored in `url` by `save(to:)`. A file that does not exist yields an empty history.
    public init(contentsOf url: URL, maximumCount: Int = 1000) throws {
        self.init(maximumCount: maximumCount)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch CocoaError.fileReadNoSuchFile {
            return
        }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            add(String(line))
        }
    }

    /// Appends `line` if it is worth recalling; returns whether it was recorded.
    @discardableResult
    public mutating func add(_ line: String) -> Bool {
        guard !line.isEmpty,
              !line.hasPrefix(" "),
              !line.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }),
              entries.last != line,
              maximumCount > 0
        else { return false }
        entries.append(line)
        trim()
        return true
    }

    /// Forgets every entry.
    public mutating func removeAll() {
        entries.removeAll()
    }

    /// Writes the entries to `url` (replacing it atomically), readable only by the owner.
    public func save(to url: URL) throws {
        let text = entries.map { $0 + "\n" }.joined()
        try Data(text.utf8).write(to: url, options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
    }

    private mutating func trim() {
        let limit = max(0, maximumCount)
        if entries.count > limit {
            entries.removeFirst(entries.count - limit)
        }
    }
}
