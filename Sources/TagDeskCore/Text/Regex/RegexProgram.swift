/// A compiled pattern: NFA instructions over Unicode scalars, its classes, and where it can start matching.
///
/// Immutable and `Sendable`: one program is shared by every thread that classifies lines.
struct RegexProgram: Sendable {
    let instructions: [RegexInstruction]
    let classes: [ScalarClass]
    /// Every match starts at the beginning of the line (each path passes `^` before consuming), so the matcher
    /// tries position 0 only.
    let anchoredAtStart: Bool
    /// Some path reaches `match` without consuming a scalar, assertions taken as passable.
    let matchesEmpty: Bool
    /// Where a match can begin; `nil` if one can begin without consuming.
    let startFilter: StartFilter?
    let requiredBytes: RequiredBytes

    /// - Parameter allowingEmptyMatches: `false` to refuse patterns that can match the empty string.
    init(pattern: String, caseInsensitive: Bool, allowingEmptyMatches: Bool = false) throws(RegexError) {
        let node = try RegexParser.parse(pattern, caseInsensitive: caseInsensitive)
        let compiler = try RegexCompiler.compile(node)
        instructions = compiler.instructions
        classes = compiler.classes
        matchesEmpty = Self.reaches(instructions, passing: { _ in true }) { $0 == .match }
        if matchesEmpty && !allowingEmptyMatches { throw .matchesEmpty }
        anchoredAtStart = !Self.reaches(instructions, passing: { $0 != .lineStart }) { instruction in
            switch instruction {
            case .split, .jump, .loopBack, .assertion: return false
            default: return true
            }
        }
        startFilter = StartFilter(instructions, classes: classes)
        requiredBytes = RequiredBytes(node)
    }

    /// Whether the consuming `instruction` accepts `scalar`; `false` for the others.
    @inline(__always)
    static func accepts(_ instruction: RegexInstruction, _ scalar: Unicode.Scalar, classes: [ScalarClass]) -> Bool {
        switch instruction {
        case .scalar(let expected): return scalar == expected
        case .asciiLetter(let lowercase): return scalar.value | 0x20 == lowercase
        case .caseVariants(let variants): return variants.contains(scalar)
        case .scalarClass(let index): return classes[index].contains(scalar)
        case .anyScalar: return !RegexAssertion.isLineTerminator(scalar)
        case .assertion, .split, .jump, .loopBack, .match: return false
        }
    }

    /// Whether a path from the first instruction, consuming nothing and passing only the assertions `passing`
    /// accepts, reaches an instruction `target` accepts.
    private static func reaches(_ instructions: [RegexInstruction], passing: (RegexAssertion) -> Bool,
                                target: (RegexInstruction) -> Bool) -> Bool {
        var visited = [Bool](repeating: false, count: instructions.count)
        var pending = [0]
        while let pc = pending.popLast() {
            guard !visited[pc] else { continue }
            visited[pc] = true
            let instruction = instructions[pc]
            if target(instruction) { return true }
            switch instruction {
            case .split(let preferred, let other): pending += [preferred, other]
            case .jump(let next): pending.append(next)
            case .loopBack(let start, let exit): pending += [start, exit]
            case .assertion(let assertion) where passing(assertion): pending.append(pc + 1)
            default: break
            }
        }
        return false
    }
}
