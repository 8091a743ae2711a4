import FuzzSupport
import TagDeskCore

/// libFuzzer entry: a `--filter` expression.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: data == nil ? 0 : size), as: UTF8.self)
    let vocabulary = ReviewFilter.Vocabulary(labels: ["topic": ["health", "sport"], "lang": ["ar", "en"]])
    do {
        let filter = try ReviewFilter.parse(text, vocabulary: vocabulary)
        _ = filter.description
    } catch {
        FuzzProperty.require(error.column >= 1 && error.column <= text.count + 1, "column \(error.column) outside 1...\(text.count + 1)")
        FuzzProperty.require(!error.message.isEmpty, "parse error without a message")
    }
    return 0
}

/// Runs libFuzzer on `fuzz`.
@main enum FuzzReviewFilterMain {
    static func main() { FuzzDriver.run(fuzz) }
}
