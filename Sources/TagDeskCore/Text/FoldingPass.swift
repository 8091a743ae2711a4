/// One normalization pass over valid UTF-8 into preallocated buffers, recording each output byte's origin.
///
/// Invariant: `written + (input.count - read) <= out.count`, so one-byte-or-shorter foldings (all of ASCII)
/// never need a capacity check. `run()` returns nil when an expanding folding would break it.
struct FoldingPass {
    let input: UnsafeBufferPointer<UInt8>
    let out: UnsafeMutableBufferPointer<UInt8>
    let origins: UnsafeMutableBufferPointer<Int32>
    let entries: UnsafeBufferPointer<UInt32>
    let long: [[UInt8]]

    /// The write position and whether the last byte written was a space; kept in locals so they stay in registers.
    private struct Output {
        var written = 0
        var lastWasSpace = true
    }

    /// Returns the number of bytes written, or nil if the output buffer was too small.
    func run() -> Int? {
        let count = input.count
        var output = Output()
        var read = 0
        while read < count {
            var lead = input[read]
            if lead < 0x80 {
                repeat {
                    let lower = lead | 0x20
                    let isLetter = lower &- 0x61 < 26
                    let isDigit = lead &- 0x30 < 10
                    let isWord = isLetter || isDigit
                    out[output.written] = isLetter ? lower : isDigit ? lead : 0x20
                    origins[output.written] = Int32(truncatingIfNeeded: read)
                    output.written &+= isWord || !output.lastWasSpace ? 1 : 0
                    output.lastWasSpace = !isWord
                    read &+= 1
                    guard read < count else { break }
                    lead = input[read]
                } while lead < 0x80
                continue
            }
            let start = Int32(truncatingIfNeeded: read)
            let (value, length) = decode(lead, at: read)
            if value < ScalarFoldTable.limit {
                let entry = entries[Int(value)]
                let tag = entry & 0xFF
                if tag &- 1 < 3 {
                    let produced = Int(tag)
                    if produced > length, !fits(output, produced, replacing: length, at: read) { return nil }
                    put(UInt8(truncatingIfNeeded: entry >> 8), from: start, &output)
                    if produced > 1 { put(UInt8(truncatingIfNeeded: entry >> 16), from: start, &output) }
                    if produced > 2 { put(UInt8(truncatingIfNeeded: entry >> 24), from: start, &output) }
                } else if tag == ScalarFoldTable.separatorTag {
                    putSeparator(from: start, &output)
                } else if tag == ScalarFoldTable.longTag {
                    guard put(long[Int(entry >> 8)], from: start, replacing: length, at: read, &output) else { return nil }
                }
            } else if let scalar = Unicode.Scalar(value) {
                switch ScalarFolding(scalar) {
                case .dropped:
                    break
                case .separator:
                    putSeparator(from: start, &output)
                case .word(let bytes), .mixed(let bytes):
                    guard put(bytes, from: start, replacing: length, at: read, &output) else { return nil }
                }
            }
            read &+= length
        }
        if output.lastWasSpace, output.written > 0 {
            output.written -= 1
        } else {
            origins[output.written] = Int32(truncatingIfNeeded: count)
        }
        return output.written
    }

    @inline(__always)
    private func decode(_ lead: UInt8, at index: Int) -> (value: UInt32, length: Int) {
        let second = UInt32(input[index &+ 1] & 0x3F)
        if lead < 0xE0 {
            return (UInt32(lead & 0x1F) << 6 | second, 2)
        }
        let third = UInt32(input[index &+ 2] & 0x3F)
        if lead < 0xF0 {
            return (UInt32(lead & 0x0F) << 12 | second << 6 | third, 3)
        }
        let fourth = UInt32(input[index &+ 3] & 0x3F)
        return (UInt32(lead & 0x07) << 18 | second << 12 | third << 6 | fourth, 4)
    }

    private func fits(_ output: Output, _ produced: Int, replacing length: Int, at index: Int) -> Bool {
        output.written + produced + (input.count - index - length) <= out.count
    }

    @inline(__always)
    private func put(_ byte: UInt8, from start: Int32, _ output: inout Output) {
        out[output.written] = byte
        origins[output.written] = start
        output.written &+= 1
        output.lastWasSpace = false
    }

    @inline(__always)
    private func putSeparator(from start: Int32, _ output: inout Output) {
        guard !output.lastWasSpace else { return }
        out[output.written] = 0x20
        origins[output.written] = start
        output.written &+= 1
        output.lastWasSpace = true
    }

    /// Writes a folding whose spaces stand for separators; false if it does not fit.
    private func put(_ bytes: [UInt8], from start: Int32, replacing length: Int, at index: Int,
                     _ output: inout Output) -> Bool {
        if bytes.count > length, !fits(output, bytes.count, replacing: length, at: index) { return false }
        for byte in bytes {
            if byte == 0x20 {
                putSeparator(from: start, &output)
            } else {
                put(byte, from: start, &output)
            }
        }
        return true
    }
}
