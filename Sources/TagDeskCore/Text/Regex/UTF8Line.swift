/// A line's UTF-8 bytes, decoded into Unicode scalars only where the matcher looks, so a pattern anchored at the
/// start of the line does not pay for the whole line. Positions are byte offsets at scalar boundaries.
struct UTF8Line {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    /// The scalar starting at `offset` (< `count`) and its length in bytes. The bytes are valid UTF-8, as a
    /// `String`'s are.
    @inline(__always)
    func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        func continuation(_ index: Int) -> UInt32 { UInt32(bytes[offset + index]) & 0x3F }
        let value: UInt32
        let length: Int
        if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | continuation(1)
            length = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2)
            length = 3
        } else {
            value = (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The offset where the scalar ending at `offset` (> 0) starts.
    @inline(__always)
    func start(before offset: Int) -> Int {
        var index = offset - 1
        while index > 0 && bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    /// The text between two offsets.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
