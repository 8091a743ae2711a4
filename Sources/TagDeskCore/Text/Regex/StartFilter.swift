/// Which scalars can begin a match, so that while no thread is alive the matcher skips ahead to the next candidate
/// instead of starting a doomed thread at every position, and rejects at once a line an anchored program cannot
/// begin to match.
struct StartFilter: Sendable {
    /// The consuming instructions a match can begin with, assertions taken as passable.
    private let firstInstructions: [Int]
    /// Whether each of U+0000…U+003F and U+0040…U+007F can begin a match.
    private var asciiLow: UInt64 = 0
    private var asciiHigh: UInt64 = 0
    /// Whether some scalar of each two-byte lead 0xC0…0xDF (Latin, Greek, Cyrillic, Hebrew, Arabic) can begin one.
    private var twoByteLeads: UInt32 = 0

    /// `nil` if a match can begin without consuming (the filter would pass everything).
    init?(_ instructions: [RegexInstruction], classes: [ScalarClass]) {
        var first: [Int] = []
        var visited = [Bool](repeating: false, count: instructions.count)
        var pending = [0]
        while let pc = pending.popLast() {
            guard !visited[pc] else { continue }
            visited[pc] = true
            switch instructions[pc] {
            case .match: return nil
            case .split(let preferred, let other): pending += [preferred, other]
            case .jump(let next): pending.append(next)
            case .loopBack(let start, let exit): pending += [start, exit]
            case .assertion: pending.append(pc + 1)
            case .scalar, .asciiLetter, .caseVariants, .scalarClass, .anyScalar: first.append(pc)
            }
        }
        firstInstructions = first
        for value: UInt8 in 0..<0x80 {
            let scalar = Unicode.Scalar(value)
            guard first.contains(where: { RegexProgram.accepts(instructions[$0], scalar, classes: classes) }) else { continue }
            if value < 0x40 { asciiLow |= 1 << UInt64(value) } else { asciiHigh |= 1 << UInt64(value - 0x40) }
        }
        for lead: UInt32 in 0xC2...0xDF {
            let scalars = ((lead & 0x1F) << 6)...((lead & 0x1F) << 6 | 0x3F)
            guard scalars.contains(where: { value in
                first.contains { RegexProgram.accepts(instructions[$0], Unicode.Scalar(value)!, classes: classes) }
            }) else { continue }
            twoByteLeads |= 1 << (lead - 0xC0)
        }
    }

    /// The first offset at or after `position` where a match can begin, or `line.count`.
    func candidate(from position: Int, in line: UTF8Line, program: RegexProgram) -> Int {
        var offset = position
        while offset < line.count {
            let (begins, length) = canBegin(at: offset, in: line, program: program)
            if begins { return offset }
            offset += length
        }
        return offset
    }

    /// Whether a match can begin at `offset` (< `line.count`), and the length of the scalar there.
    @inline(__always)
    func canBegin(at offset: Int, in line: UTF8Line, program: RegexProgram) -> (Bool, length: Int) {
        let byte = line.bytes[offset]
        if byte < 0x40 { return (asciiLow & (1 << UInt64(byte)) != 0, 1) }
        if byte < 0x80 { return (asciiHigh & (1 << UInt64(byte - 0x40)) != 0, 1) }
        if byte >= 0xC0, byte < 0xE0, twoByteLeads & (1 << UInt32(byte - 0xC0)) == 0 { return (false, 2) }
        let (scalar, length) = line.scalar(at: offset)
        let begins = firstInstructions.contains { RegexProgram.accepts(program.instructions[$0], scalar, classes: program.classes) }
        return (begins, length)
    }
}
