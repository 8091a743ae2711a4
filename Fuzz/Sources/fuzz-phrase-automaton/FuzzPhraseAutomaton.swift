import FuzzSupport
import TagDeskCore

/// libFuzzer entry: phrases and a text as arbitrary bytes: up to the first NUL, phrases one per line; after it,
/// the text. The normalizer folds both and the automaton's matches must be the brute-force reference matcher's
/// (`Tests/TagDeskCoreTests/Text/ReferenceMatcher.swift`, the one the unit tests use), each mapping back into the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
    let split = bytes.firstIndex(of: 0) ?? bytes.count
    let phrases = bytes[..<split].split(separator: 0x0A, omittingEmptySubsequences: false).prefix(64)
        .map { String(decoding: $0, as: UTF8.self) }
    let text = String(decoding: bytes[min(split + 1, bytes.count)...], as: UTF8.self)
    let normalized = Normalizer.normalize(text)
    let found = PhraseAutomaton(phrases: phrases).matches(in: normalized)
    let expected = ReferenceMatcher(phrases: phrases).matches(in: normalized)
    FuzzProperty.require(found == expected, "automaton \(found) != reference \(expected) for \(phrases) in \(text.debugDescription)")
    let utf8Count = text.utf8.count
    for match in found {
        let original = normalized.originalUTF8Range(of: match.range)
        FuzzProperty.require(original.lowerBound >= 0 && original.upperBound <= utf8Count,
                             "match \(match) maps to \(original), outside the text's \(utf8Count) bytes")
        _ = normalized.originalText(of: match.range, in: text)
    }
    return 0
}

/// Runs libFuzzer on `fuzz`.
@main enum FuzzPhraseAutomatonMain {
    static func main() { FuzzDriver.run(fuzz) }
}
