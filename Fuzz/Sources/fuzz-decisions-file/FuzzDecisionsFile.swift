import FuzzSupport
import TagDeskCore

/// The decision added to every decisions file that reads.
let addedDecision = HumanDecision(classifier: "topic", action: .add, label: "health", lines: [LineRange(2, 3)],
                                  by: "fuzz", at: "2026-01-01T00:00:00Z", note: "added: it's \"quoted\" # not a comment")

/// libFuzzer entry: a decisions file's bytes. Reading gives the decisions or located diagnostics; adding a
/// decision to a file that reads (as `tagdesk decide` does) keeps every decision it had and adds that one.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    let path = "a.decisions.yaml"
    let file: DecisionsFile
    do {
        file = try DecisionsFile(displayPath: path, bytes: bytes)
    } catch {
        FuzzProperty.requireLocated(error, displayPath: path, lineCount: bytes.withUnsafeBufferPointer(FuzzProperty.lineCount))
        return 0
    }
    let written: [UInt8]
    do {
        written = try DecisionsFile.appending(addedDecision, to: bytes, article: file.article, displayPath: path)
    } catch {
        FuzzProperty.require(error.file == path && !error.message.isEmpty, "refusal without a message: \(error)")
        return 0
    }
    FuzzProperty.require(written.starts(with: bytes), "adding a decision changed the bytes already there")
    do {
        let again = try DecisionsFile(displayPath: path, bytes: written)
        FuzzProperty.require(again.article == file.article, "article '\(file.article)' read back as '\(again.article)'")
        FuzzProperty.require(again.entries.map(\.decision) == file.entries.map(\.decision) + [addedDecision],
                             "decisions lost or changed:\n\(file.entries.map(\.decision))\n\(again.entries.map(\.decision))")
        FuzzProperty.require(again.moderation.map(\.decision) == file.moderation.map(\.decision), "moderation decisions lost or changed")
        FuzzProperty.require(again.reviews.map(\.record) == file.reviews.map(\.record), "review records lost or changed")
    } catch {
        FuzzProperty.require(false, "a decisions file with a decision added does not read: \(error)\n\(String(decoding: written, as: UTF8.self))")
    }
    return 0
}

/// Runs libFuzzer on `fuzz`.
@main enum FuzzDecisionsFileMain {
    static func main() { FuzzDriver.run(fuzz) }
}
