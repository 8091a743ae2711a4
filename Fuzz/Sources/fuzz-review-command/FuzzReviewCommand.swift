import FuzzSupport
import TagDeskCore

/// The names completion offers.
let vocabulary = ReviewCommand.Vocabulary(labels: ["topic": ["health", "sport"], "language": ["ar", "en"]],
                                          articles: ["000_54b95f3bc5afc1bd", "001_711c1f60d4ccf35c"],
                                          boilerplateKinds: ["chrome", "footer"])

/// libFuzzer entry: a line typed at the review prompt: parsed as a command and completed at every cursor position.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let line = String(decoding: UnsafeBufferPointer(start: data, count: data == nil ? 0 : size), as: UTF8.self)
    do {
        if let parsed = try ReviewCommand.parse(line) {
            FuzzProperty.require(parsed.arguments.count >= parsed.command.required, "\(parsed) has too few arguments")
        } else {
            FuzzProperty.require(line.allSatisfy(\.isWhitespace), "a line with words read as blank")
        }
    } catch {
        FuzzProperty.require(!error.description.isEmpty, "parse error without a message")
    }
    if size <= 256 {
        for cursor in 0...line.count {
            _ = ReviewCommand.completions(line, cursor: cursor, vocabulary: vocabulary)
        }
    }
    return 0
}

/// Runs libFuzzer on `fuzz`.
@main enum FuzzReviewCommandMain {
    static func main() { FuzzDriver.run(fuzz) }
}
