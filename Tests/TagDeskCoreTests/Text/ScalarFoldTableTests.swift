import Testing
@testable import TagDeskCore

@Suite struct ScalarFoldTableTests {
    /// The table decomposes all its scalars in one call; each entry must be the scalar's own folding.
    @Test func everyEntryIsTheScalarsFolding() {
        let table = ScalarFoldTable.shared
        var mismatches: [UInt32] = []
        for value in 0..<ScalarFoldTable.limit {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let entry = table.entries[Int(value)]
            let tag = entry & 0xFF
            let folding: ScalarFolding
            switch tag {
            case ScalarFoldTable.droppedTag: folding = .dropped
            case ScalarFoldTable.separatorTag: folding = .separator
            case ScalarFoldTable.longTag:
                let bytes = table.long[Int(entry >> 8)]
                folding = bytes.contains(0x20) ? .mixed(bytes) : .word(bytes)
            default: folding = .word((1...Int(tag)).map { UInt8(truncatingIfNeeded: entry >> (8 * UInt32($0))) })
            }
            if folding != ScalarFolding(scalar) { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20).map { String($0, radix: 16) })")
    }
}
