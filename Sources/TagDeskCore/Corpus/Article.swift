import Foundation

/// One article of the corpus: its id, where it lives, its bytes' SHA-256 and its lines.
///
/// Building an article never fails: empty, huge or non-UTF-8 input is recorded in `problem`.
public struct Article: Sendable {
    /// Articles over this many bytes are not classified.
    public static let sizeLimit = 16 * 1024 * 1024

    public let id: String
    /// The path as the user named it, for messages (e.g. `seeds/000_54b95f3bc5afc1bd.txt`).
    public let path: String
    public let sha256: String
    public let lines: [ArticleLine]
    public let problem: ArticleProblem?

    /// - Parameter problem: set when the file could not be read; the article then has no lines.
    public init(id: String, path: String, bytes: [UInt8], problem readProblem: ArticleProblem? = nil) {
        self.init(id: id, path: path, bytes: bytes, sha256: ContentDigest.sha256(bytes), problem: readProblem)
    }

    /// - Parameter sha256: `ContentDigest.sha256(bytes)`, for a caller that has already computed it.
    public init(id: String, path: String, bytes: [UInt8], sha256: String, problem readProblem: ArticleProblem? = nil) {
        self.id = id
        self.path = path
        self.sha256 = sha256
        if let readProblem {
            lines = []
            problem = readProblem
            return
        }
        if bytes.count > Article.sizeLimit {
            lines = []
            problem = .tooLarge(bytes: bytes.count, limit: Article.sizeLimit)
            return
        }
        var texts: [String] = []
        var invalid: [Int] = []
        bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            while start < bytes.count {
                var end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                let next = end + 1
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if let valid = String(validating: slice, as: UTF8.self) { texts.append(valid) } else {
                    invalid.append(texts.count + 1)
                    texts.append(String(decoding: slice, as: UTF8.self))
                }
                start = next
            }
        }
        var folded: [UInt8] = []
        var origins: [Int32] = []
        folded.reserveCapacity(bytes.count)
        origins.reserveCapacity(bytes.count + texts.count)
        let stretches = texts.map { text in
            (originsStart: origins.count, range: Normalizer.append(foldingOf: text, to: &folded, origins: &origins))
        }
        let lines = texts.indices.map { index in
            ArticleLine(number: index + 1, text: texts[index],
                        normalized: NormalizedText(folded: folded, range: stretches[index].range, origins: origins,
                                                   originsStart: stretches[index].originsStart))
        }
        self.lines = lines
        if !invalid.isEmpty {
            problem = .invalidUTF8(lines: invalid)
        } else if lines.allSatisfy(\.isBlank) {
            problem = .empty
        } else {
            problem = nil
        }
    }

    /// An article known only by its digest, for one whose tags are up to date: its lines are not needed.
    public init(id: String, path: String, sha256: String) {
        self.id = id
        self.path = path
        self.sha256 = sha256
        lines = []
        problem = nil
    }

    /// An article made from text in memory, as rule examples and tests use.
    public init(id: String, text: String) {
        self.init(id: id, path: id, bytes: Array(text.utf8))
    }

    /// Paragraphs: maximal runs of non-blank lines.
    public var paragraphs: [LineRange] {
        var result: [LineRange] = []
        var start: Int?
        for line in lines {
            if line.isBlank {
                if let first = start { result.append(LineRange(first, line.number - 1)) }
                start = nil
            } else if start == nil {
                start = line.number
            }
        }
        if let first = start, let last = lines.last { result.append(LineRange(first, last.number)) }
        return result
    }

    public func line(_ number: Int) -> ArticleLine? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }
}
