import FuzzSupport
import TagDeskCore

/// libFuzzer entry: an article file's bytes (invalid UTF-8, CR, NUL, huge lines). Loading never fails: the lines
/// are the file's LF-separated lines, a problem says what is wrong, and every line's folded text maps back into it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    let article = Article(id: "a", path: "a.txt", bytes: bytes)
    let lineBytes = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    let expectedLines = bytes.last == 0x0A ? lineBytes.count - 1 : (bytes.isEmpty ? 0 : lineBytes.count)
    FuzzProperty.require(article.lines.count == expectedLines, "\(article.lines.count) lines, expected \(expectedLines)")
    var invalid: [Int] = []
    for (index, line) in article.lines.enumerated() {
        FuzzProperty.require(line.number == index + 1, "line \(index + 1) numbered \(line.number)")
        FuzzProperty.require(!line.text.utf8.contains(0x0A), "line \(line.number) holds a line feed")
        var raw = lineBytes[index]
        if raw.last == 0x0D { raw = raw.dropLast() }
        if String(validating: raw, as: UTF8.self) == nil { invalid.append(line.number) }
        let normalized = line.normalized
        let count = line.text.utf8.count
        let whole = normalized.originalUTF8Range(of: 0..<normalized.byteCount)
        FuzzProperty.require(whole.lowerBound >= 0 && whole.upperBound <= count,
                             "line \(line.number)'s folded text maps to \(whole), outside its \(count) bytes")
        _ = normalized.originalText(of: 0..<normalized.byteCount, in: line.text)
    }
    switch article.problem {
    case .invalidUTF8(let lines)?:
        FuzzProperty.require(lines == invalid, "invalid lines \(lines), expected \(invalid)")
    case .empty?:
        FuzzProperty.require(invalid.isEmpty && article.lines.allSatisfy(\.isBlank), "empty, but not blank")
    case nil:
        FuzzProperty.require(invalid.isEmpty && !article.lines.allSatisfy(\.isBlank), "no problem reported: invalid \(invalid)")
    default:
        FuzzProperty.require(false, "unexpected problem \(String(describing: article.problem))")
    }
    _ = article.paragraphs
    return 0
}

/// Runs libFuzzer on `fuzz`.
@main enum FuzzArticleMain {
    static func main() { FuzzDriver.run(fuzz) }
}
