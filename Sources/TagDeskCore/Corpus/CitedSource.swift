import Foundation

/// The source an article cites on a line of its own (`Source : https://…`, `المصدر: https://…`,
/// `Nguồn: https://…`): articles citing one source are versions of one story, translations of it most often.
public struct CitedSource: Sendable, Hashable {
    public let url: String
    /// 1-based line of the citation.
    public let line: Int

    /// A label line: at most `maximumLabelWords` words, a colon (`:`, ` :`, `：`), then one `http(s)` URL and nothing
    /// else; the first such line. Scheme and host are compared in lower case, a trailing `/` does not count.
    public static func find(in bytes: [UInt8]) -> CitedSource? {
        var number = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            if let url = url(citedBy: String(decoding: line, as: UTF8.self)) { return CitedSource(url: url, line: number) }
        }
        return nil
    }

    static let maximumLabelWords = 3

    static func url(citedBy line: String) -> String? {
        guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let label = line[..<colon].split(whereSeparator: \.isWhitespace)
        guard (1...maximumLabelWords).contains(label.count), label.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return nil }
        let rest = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
        guard !rest.contains(where: \.isWhitespace), let schemeEnd = rest.range(of: "://"),
              ["http", "https"].contains(rest[..<schemeEnd.lowerBound].lowercased()) else { return nil }
        let address = rest[schemeEnd.upperBound...]
        let hostEnd = address.firstIndex(of: "/") ?? address.endIndex
        guard hostEnd > address.startIndex else { return nil }
        var path = String(address[hostEnd...])
        if path.hasSuffix("/") { path.removeLast() }
        return address[..<hostEnd].lowercased() + path
    }
}
