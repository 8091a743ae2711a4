import Foundation

/// An article without its boilerplate lines, as `tagdesk export --clean` prints it. Every kept line is the
/// article's text unchanged; the blank lines between two kept lines are kept as written when nothing was removed
/// between them, and become one blank line (or none, if there was none) where chrome was cut out.
public struct CleanArticle: Sendable {
    public let id: String
    public let text: String

    public init(article: Article, boilerplate: Set<Int>) {
        id = article.id
        var out = ""
        var gap: [ArticleLine] = []
        var wroteLine = false
        for line in article.lines {
            if line.isBlank || boilerplate.contains(line.number) {
                gap.append(line)
                continue
            }
            if wroteLine {
                if gap.allSatisfy(\.isBlank) {
                    for blank in gap { out += blank.text + "\n" }
                } else if gap.contains(where: \.isBlank) {
                    out += "\n"
                }
            }
            out += line.text + "\n"
            wroteLine = true
            gap.removeAll(keepingCapacity: true)
        }
        text = out
    }

    /// One JSON object on one line, `{"id": …, "text": …}`, as Dolma and the JSON Lines corpora read them.
    public var jsonLine: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(["id": id, "text": text])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
