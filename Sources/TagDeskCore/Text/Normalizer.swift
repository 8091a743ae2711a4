// STUB: replaced by the real implementation.
import Foundation

public struct NormalizedText: Sendable, Hashable {
    public let bytes: [UInt8]
    let origins: [Int]
    let ends: [Int]
    public var string: String { String(decoding: bytes, as: UTF8.self) }
    public func originalUTF8Range(of r: Range<Int>) -> Range<Int> {
        guard !r.isEmpty else { return 0..<0 }
        return origins[r.lowerBound]..<ends[r.upperBound - 1]
    }
}

public enum Normalizer {
    public static func normalize(_ text: some StringProtocol) -> NormalizedText {
        var bytes: [UInt8] = [], origins: [Int] = [], ends: [Int] = []
        var offset = 0
        var lastSpace = true
        for scalar in text.unicodeScalars {
            let len = String(scalar).utf8.count
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                let folded = String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars
                    .filter { $0.properties.generalCategory != .nonspacingMark }
                for b in String(String.UnicodeScalarView(folded)).lowercased().utf8 {
                    bytes.append(b); origins.append(offset); ends.append(offset + len)
                }
                lastSpace = false
            } else if !lastSpace {
                bytes.append(0x20); origins.append(offset); ends.append(offset + len)
                lastSpace = true
            }
            offset += len
        }
        return NormalizedText(bytes: bytes, origins: origins, ends: ends)
    }
    public static func fold(_ text: some StringProtocol) -> String {
        normalize(text).string.trimmingCharacters(in: .whitespaces)
    }
}

public struct PhraseMatch: Sendable, Hashable {
    public let phrase: Int
    public let range: Range<Int>
}

public struct PhraseAutomaton: Sendable {
    let phrases: [[UInt8]]
    public init(phrases: [String]) {
        self.phrases = phrases.map { Array(Normalizer.fold($0).utf8) }
    }
    public var phraseCount: Int { phrases.count }
    public func matches(in text: NormalizedText) -> [PhraseMatch] {
        var out: [PhraseMatch] = []
        forEachMatch(in: text) { out.append($0) }
        return out
    }
    public func forEachMatch(in text: NormalizedText, _ body: (PhraseMatch) -> Void) {
        let b = text.bytes
        for start in b.indices {
            for (i, p) in phrases.enumerated() where !p.isEmpty && start + p.count <= b.count {
                if Array(b[start..<start + p.count]) == p,
                   start == 0 || b[start - 1] == 0x20,
                   start + p.count == b.count || b[start + p.count] == 0x20 {
                    body(PhraseMatch(phrase: i, range: start..<start + p.count))
                }
            }
        }
    }
}
