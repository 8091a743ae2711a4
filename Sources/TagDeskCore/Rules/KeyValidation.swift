/// Records keys of a YAML mapping that its type does not know, with the nearest known key as a suggestion.
public final class UnknownKeyCollector: @unchecked Sendable {
    public struct UnknownKey: Sendable {
        public let path: [String]
        public let key: String
        public let known: [String]
    }

    public private(set) var keys: [UnknownKey] = []
    /// Where the value being decoded sits in its document, as path components.
    var prefix: [String] = []

    public init() {}

    func record(_ key: UnknownKey) {
        keys.append(UnknownKey(path: prefix + key.path, key: key.key, known: key.known))
    }

    static let userInfoKey = CodingUserInfoKey(rawValue: "tagdesk.unknownKeys")!
}

/// Any string key, used to list every key a mapping holds.
struct AnyCodingKey: CodingKey {
    let stringValue: String
    let intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue; intValue = nil }
    init?(intValue: Int) { stringValue = String(intValue); self.intValue = intValue }
}

extension Decoder {
    /// A keyed container that also records every key the mapping holds that `Key` does not list.
    ///
    /// Types in rule files decode through this so a misspelt key (`treshold`) is reported, not ignored.
    public func strictContainer<Key: CodingKey & CaseIterable>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let known = Key.allCases.map(\.stringValue)
        if let collector = userInfo[UnknownKeyCollector.userInfoKey] as? UnknownKeyCollector {
            let all = try container(keyedBy: AnyCodingKey.self)
            for key in all.allKeys where !known.contains(key.stringValue) {
                collector.record(.init(path: codingPath.map(\.pathComponent), key: key.stringValue, known: known))
            }
        }
        return try container(keyedBy: type)
    }
}

extension CodingKey {
    var pathComponent: String { intValue.map { "[\($0)]" } ?? stringValue }
}

/// The known word nearest to a misspelt one, if it is close enough to be a likely typo.
public func nearestWord(to word: String, in candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    return best.1 <= max(2, word.count / 3) ? best.0 : nil
}

/// Levenshtein distance between two strings, counted in characters.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
