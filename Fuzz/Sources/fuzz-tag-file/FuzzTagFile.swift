import FuzzSupport
import TagDeskCore

/// libFuzzer entry: a tag file's bytes, read as a pass reads the tag file it replaces.
/// A tag file or a located diagnostic; a tag file read is written again and read back the same, by the YAML
/// reader and by the line reader of intact files.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    let store = TagFileStore()
    // The line readers, on the bytes as they are and with a valid checksum line added (else they give up at once).
    _ = TagFileHeader(bytes)
    _ = TagFile.tags(ofIntact: bytes)
    let stamped = bytes + Array("checksum: \(ContentDigest.sha256(bodyOfTagFile(bytes), hexDigits: 16))\n".utf8)
    _ = TagFileHeader(stamped)
    _ = TagFile.tags(ofIntact: stamped)
    do {
        let file = try store.read(bytes: bytes, displayPath: "a.tags.yaml", article: "a")
        let written = Array(store.encode(file).utf8)
        let again: TagFile
        do {
            again = try store.read(bytes: written, displayPath: "a.tags.yaml", article: "a")
        } catch {
            FuzzProperty.require(false, "a tag file written from one read does not read: \(error)\n\(String(decoding: written, as: UTF8.self))")
            return 0
        }
        FuzzProperty.require(again == file || file.legacyDecisions != nil,
                             "written and read back differs:\n\(String(decoding: written, as: UTF8.self))")
        FuzzProperty.require(TagFileHeader(written)?.article == "a", "written tag file is not intact")
        FuzzProperty.require(TagFile.tags(ofIntact: written) == file.tags, "line reader of intact files reads other tags")
    } catch {
        FuzzProperty.requireLocated(DiagnosticList([error]), displayPath: "a.tags.yaml",
                                    lineCount: bytes.withUnsafeBufferPointer(FuzzProperty.lineCount))
    }
    return 0
}

/// The bytes a tag file's checksum covers: all but the header comment.
func bodyOfTagFile(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
    let header = Array(TagFileStore.header.utf8)
    return bytes.starts(with: header) ? bytes[header.count...] : bytes[...]
}

/// Runs libFuzzer on `fuzz`.
@main enum FuzzTagFileMain {
    static func main() { FuzzDriver.run(fuzz) }
}
