/// Everything in a tag file written by this TagDesk but its tags, read from the top of the file line by line
/// without a YAML parser: what a pass needs to tell whether the tags are still fresh, and what a report needs
/// of an article it did not classify again.
public struct TagFileHeader: Sendable, Equatable {
    public var article = ""
    public var sha256 = ""
    public var fingerprints: [String: String] = [:]
    public var policies: String?
    public var facts: String?
    public var decisionsDigest: String?
    public var language: String?
    public var decision: PolicyDecision?
    public var findings: [Finding] = []

    /// 16 hex digits of SHA-256 over the text above the `checksum:` line that ends every tag file.
    static func checksum(of bytes: ArraySlice<UInt8>) -> String {
        ContentDigest.sha256(bytes, hexDigits: 16)
    }

    /// True when the file ends with a `checksum:` line that matches the text above it: it is whole and as
    /// TagDesk wrote it.
    static func isIntact(_ bytes: [UInt8]) -> Bool {
        let marker = Array("checksum: ".utf8)
        guard bytes.last == 0x0A, let start = bytes.dropLast().lastIndex(of: 0x0A).map({ $0 + 1 }),
              bytes[start...].starts(with: marker) else { return false }
        let written = String(decoding: bytes[(start + marker.count)..<(bytes.count - 1)], as: UTF8.self)
        let header = Array(TagFileStore.header.utf8)
        let body = bytes[..<start].starts(with: header) ? bytes[header.count..<start] : bytes[..<start]
        return written == checksum(of: body)
    }

    /// The header of `bytes`, or `nil` when they are not an intact tag file in this version's layout.
    public init?(_ bytes: [UInt8]) {
        guard Self.isIntact(bytes) else { return nil }
        // Only the part above `tags:` is decoded: the tags are most of the file.
        let marker = Array("\ntags:".utf8)
        var end = bytes.count
        if bytes.count >= marker.count {
            for index in 0...(bytes.count - marker.count) where bytes[index] == 0x0A && bytes[index..<(index + marker.count)].elementsEqual(marker) {
                end = index + marker.count
                break
            }
        }
        var section = ""
        var sawTags = false
        var finding: Finding?
        var fired: PolicyDecision.Fired?
        // Lines are cut on LF bytes; each is decoded on its own (a String splits by grapheme, which is slow).
        for bytesOfLine in bytes[..<end].split(separator: 0x0A, omittingEmptySubsequences: true) {
            let line = Substring(String(decoding: bytesOfLine, as: UTF8.self))
            let first = bytesOfLine.first
            if first == UInt8(ascii: "#") { continue }
            if first != UInt8(ascii: " ") && first != UInt8(ascii: "-") {
                if let pending = finding { findings.append(pending); finding = nil }
                if let pending = fired { decision?.fired.append(pending); fired = nil }
                guard let colon = line.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
                section = String(line[..<colon])
                let value = line[line.utf8.index(after: colon)...].drop { $0 == " " }
                switch section {
                case "article": article = YAMLText.read(value) ?? ""
                case "sha256": sha256 = YAMLText.read(value) ?? ""
                case "policies": policies = YAMLText.read(value)
                case "decision": decision = PolicyDecision()
                case "facts": facts = YAMLText.read(value)
                case "decisions_digest": decisionsDigest = YAMLText.read(value)
                case "language": language = YAMLText.read(value)
                case "fingerprints", "findings": break
                case "tags": sawTags = true
                default: return nil
                }
                if sawTags { break }
                continue
            }
            switch section {
            case "fingerprints":
                let entry = line.drop { $0 == " " }
                guard let colon = YAMLText.colonAfterKey(in: entry), let name = YAMLText.read(entry[..<colon]),
                      let value = YAMLText.read(entry[entry.utf8.index(after: colon)...].drop { $0 == " " }) else { return nil }
                fingerprints[name] = value
            case "findings":
                if line.hasPrefix("- kind: ") {
                    if let pending = finding { findings.append(pending) }
                    finding = Finding(kind: YAMLText.read(line.dropFirst(8)) ?? "", severity: .info, message: "")
                } else if line.hasPrefix("  severity: ") {
                    finding?.severity = Severity(rawValue: String(line.dropFirst(12))) ?? .info
                } else if line.hasPrefix("  lines: ") {
                    finding?.lines = YAMLText.readRanges(line.dropFirst(9)) ?? []
                } else if line.hasPrefix("  message: ") {
                    finding?.message = YAMLText.read(line.dropFirst(11)) ?? ""
                } else if line.hasPrefix("  classifier: ") {
                    finding?.classifier = YAMLText.read(line.dropFirst(14))
                }
            case "decision":
                guard readDecisionLine(line, pending: &fired) else { return nil }
            default:
                return nil
            }
        }
        guard sawTags, !article.isEmpty else { return nil }
    }

    /// Reads one line of the `decision:` section; false when it is not one `PolicyDecision.appendYAML` writes.
    private mutating func readDecisionLine(_ line: Substring, pending fired: inout PolicyDecision.Fired?) -> Bool {
        func outcome(_ text: Substring) -> PolicyDecision.Outcome? { PolicyDecision.Outcome(rawValue: String(text)) }
        if line.hasPrefix("  - policy: ") {
            if let pending = fired { decision?.fired.append(pending) }
            fired = PolicyDecision.Fired(policy: YAMLText.read(line.dropFirst(12)) ?? "", decision: .publish, severity: .info, message: "")
        } else if line.hasPrefix("    decision: ") {
            fired?.decision = outcome(line.dropFirst(14)) ?? .publish
        } else if line.hasPrefix("    severity: ") {
            fired?.severity = Severity(rawValue: String(line.dropFirst(14))) ?? .info
        } else if line.hasPrefix("    message: ") {
            fired?.message = YAMLText.read(line.dropFirst(13)) ?? ""
        } else if line.hasPrefix("  policy: ") {
            decision?.policy = outcome(line.dropFirst(10)) ?? .publish
        } else if line.hasPrefix("  severity: ") {
            decision?.severity = Severity(rawValue: String(line.dropFirst(12))) ?? .info
        } else if line.hasPrefix("  human: ") {
            let by = decision?.human?.by ?? ""
            decision?.human = outcome(line.dropFirst(9)).map { PolicyDecision.Human(decision: $0, by: by) }
        } else if line.hasPrefix("  human_by: ") {
            decision?.human?.by = YAMLText.read(line.dropFirst(12)) ?? ""
        } else if !line.hasPrefix("  outcome: ") && !line.hasPrefix("  fired:") {
            return false
        }
        return true
    }
}
