/// One normalization pass over UTF-8 into a preallocated buffer, optionally recording each output byte's origin.
///
/// Invariant: `written + (input.count - read) <= out.count`, so one-byte-or-shorter foldings (all of ASCII)
/// never need a capacity check. `run()` stops early when an expanding folding would break it, or at the first
/// byte that is not well-formed UTF-8, so any input is safe to read.
struct FoldingPass<Origins: OriginRecording> {
    let input: UnsafeBufferPointer<UInt8>
    let out: UnsafeMutableBufferPointer<UInt8>
    let origins: Origins
    let entries: UnsafeBufferPointer<UInt32>
    let long: [[UInt8]]
    /// The folding of each ASCII byte: itself for digits and lower-case letters, lower case for capitals, else a space.
    let ascii: UnsafeBufferPointer<UInt8>

    enum Outcome: Equatable {
        /// The number of bytes written.
        case folded(Int)
        /// The output buffer was too small.
        case overflow
        /// The input is not valid UTF-8.
        case invalid
    }

    /// The write position, and 1 when the last byte written was a word byte (0 after a space, or at the start:
    /// where a separator is not kept); kept in locals so they stay in registers.
    private struct Output {
        var written = 0
        var afterWord = 0
    }

    func run() -> Outcome {
        let count = input.count
        var output = Output()
        var read = 0
        while read < count {
            var lead = input[read]
            if lead < 0x80 {
                repeat {
                    let folded = ascii[Int(lead)]
                    let isWord = folded == 0x20 ? 0 : 1
                    out[output.written] = folded
                    origins.record(Int32(truncatingIfNeeded: read), at: output.written)
                    output.written &+= isWord | output.afterWord
                    output.afterWord = isWord
                    read &+= 1
                    guard read < count else { break }
                    lead = input[read]
                } while lead < 0x80
                continue
            }
            let start = Int32(truncatingIfNeeded: read)
            let (value, length) = decode(lead, at: read)
            guard length > 0 else { return .invalid }
            if value < ScalarFoldTable.limit {
                let entry = entries[Int(value)]
                let tag = entry & 0xFF
                if tag &- 1 < 3 {
                    let produced = Int(tag)
                    if produced > length, !fits(output, produced, replacing: length, at: read) { return .overflow }
                    put(UInt8(truncatingIfNeeded: entry >> 8), from: start, &output)
                    if produced > 1 { put(UInt8(truncatingIfNeeded: entry >> 16), from: start, &output) }
                    if produced > 2 { put(UInt8(truncatingIfNeeded: entry >> 24), from: start, &output) }
                } else if tag == ScalarFoldTable.separatorTag {
                    putSeparator(from: start, &output)
                } else if tag == ScalarFoldTable.longTag {
                    guard put(long[Int(entry >> 8)], from: start, replacing: length, at: read, &output) else { return .overflow }
                }
            } else if let scalar = Unicode.Scalar(value) {
                switch ScalarFolding(scalar) {
                case .dropped:
                    break
                case .separator:
                    putSeparator(from: start, &output)
                case .word(let bytes), .mixed(let bytes):
                    guard put(bytes, from: start, replacing: length, at: read, &output) else { return .overflow }
                }
            }
            read &+= length
        }
        if output.afterWord == 0, output.written > 0 {
            output.written -= 1
        } else {
            origins.record(Int32(truncatingIfNeeded: count), at: output.written)
        }
        return .folded(output.written)
    }

    /// The scalar starting at `index` and its length in bytes; length 0 if the bytes there are not well-formed
    /// (a stray continuation byte, an overlong form, a surrogate, a value over U+10FFFF or a truncated sequence).
    @inline(__always)
    private func decode(_ lead: UInt8, at index: Int) -> (value: UInt32, length: Int) {
        let count = input.count
        guard lead &- 0xC2 < 0x33, index &+ 1 < count else { return (0, 0) }
        let second = input[index &+ 1]
        if lead < 0xE0 {
            guard second & 0xC0 == 0x80 else { return (0, 0) }
            return (UInt32(lead & 0x1F) << 6 | UInt32(second & 0x3F), 2)
        }
        guard index &+ 2 < count else { return (0, 0) }
        let third = input[index &+ 2]
        let low: UInt8 = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80
        let high: UInt8 = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF
        guard second >= low, second <= high, third & 0xC0 == 0x80 else { return (0, 0) }
        if lead < 0xF0 {
            return (UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F), 3)
        }
        guard index &+ 3 < count else { return (0, 0) }
        let fourth = input[index &+ 3]
        guard fourth & 0xC0 == 0x80 else { return (0, 0) }
        return (UInt32(lead & 0x07) << 18 | UInt32(second & 0x3F) << 12 | UInt32(third & 0x3F) << 6
            | UInt32(fourth & 0x3F), 4)
    }

    private func fits(_ output: Output, _ produced: Int, replacing length: Int, at index: Int) -> Bool {
        output.written + produced + (input.count - index - length) <= out.count
    }

    @inline(__always)
    private func put(_ byte: UInt8, from start: Int32, _ output: inout Output) {
        out[output.written] = byte
        origins.record(start, at: output.written)
        output.written &+= 1
        output.afterWord = 1
    }

    @inline(__always)
    private func putSeparator(from start: Int32, _ output: inout Output) {
        guard output.afterWord == 1 else { return }
        out[output.written] = 0x20
        origins.record(start, at: output.written)
        output.written &+= 1
        output.afterWord = 0
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

/// Where a `FoldingPass` puts the origin of each byte it writes: nowhere, or a buffer one longer than the output.
protocol OriginRecording {
    func record(_ origin: Int32, at index: Int)
}

/// Origins are not kept: matching needs only the folded bytes.
struct NoOrigins: OriginRecording {
    @inline(__always)
    func record(_ origin: Int32, at index: Int) {}
}

/// Origins written to a buffer, one per output byte and one for the end.
struct OriginBuffer: OriginRecording {
    let buffer: UnsafeMutableBufferPointer<Int32>

    @inline(__always)
    func record(_ origin: Int32, at index: Int) {
        buffer[index] = origin
    }
}
