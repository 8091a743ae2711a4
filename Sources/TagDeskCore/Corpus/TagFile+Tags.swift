extension TagFile {
    /// The tags of an intact tag file in this version's layout, read line by line as `yamlText` writes them,
    /// without a YAML parser (many times faster on large tag files); `nil` for any other file, which the
    /// caller then reads with `TagFileStore.read`.
    public static func tags(ofIntact bytes: [UInt8]) -> [String: [Tag]]? {
        guard TagFileHeader.isIntact(bytes) else { return nil }
        var tags: [String: [Tag]] = [:]
        var classifier: String?
        var tag: Tag?
        var evidenceLine: Int?
        var inTags = false
        func flush() {
            if let pending = tag, let classifier { tags[classifier, default: []].append(pending) }
            tag = nil
        }
        for bytesOfLine in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
            let line = Substring(String(decoding: bytesOfLine, as: UTF8.self))
            if !inTags {
                if line == "tags:" || line == "tags: {}" { inTags = true }
                continue
            }
            if line.hasPrefix("checksum: ") { break }
            if line.hasPrefix("  - label: ") {
                flush()
                guard let label = YAMLText.read(line.dropFirst(11)) else { return nil }
                tag = Tag(label: label, score: 0)
            } else if line.hasPrefix("    score: ") {
                guard let score = Double(line.dropFirst(11)) else { return nil }
                tag?.score = score
            } else if line.hasPrefix("    lines: ") {
                tag?.lines = YAMLText.readRanges(line.dropFirst(11))
            } else if line.hasPrefix("    - line: ") {
                evidenceLine = Int(line.dropFirst(12))
            } else if line.hasPrefix("      text: ") {
                guard let number = evidenceLine, let text = YAMLText.read(line.dropFirst(12)) else { return nil }
                tag?.evidence.append(Evidence(line: number, text: text))
            } else if line.hasPrefix("    more_evidence: ") {
                tag?.moreEvidence = Int(line.dropFirst(19))
            } else if line.hasPrefix("    prominence: ") {
                guard let prominence = Prominence(rawValue: String(line.dropFirst(16))) else { return nil }
                tag?.prominence = prominence
            } else if line.hasPrefix("    source: ") {
                guard let source = TagSource(rawValue: String(line.dropFirst(12))) else { return nil }
                tag?.source = source
            } else if line.hasPrefix("  ") && !line.hasPrefix("   ") && (line.hasSuffix(":") || line.hasSuffix(": []")) {
                flush()
                let key = line.dropFirst(2).dropLast(line.hasSuffix(": []") ? 4 : 1)
                guard let name = YAMLText.read(key) else { return nil }
                classifier = name
                if tags[name] == nil { tags[name] = [] }
            } else if line != "    evidence: []" && line != "    evidence:" {
                return nil
            }
        }
        flush()
        return tags
    }
}
