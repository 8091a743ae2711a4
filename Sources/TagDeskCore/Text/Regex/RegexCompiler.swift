/// Turns a `RegexNode` into Thompson NFA instructions, expanding counted repetitions, within `instructionLimit`.
struct RegexCompiler {
    /// The most instructions a program may have once repetitions are expanded.
    static let instructionLimit = 20_000
    /// Where `size(of:)` stops counting.
    static let sizeCap = 1_000_000_000

    private(set) var instructions: [RegexInstruction] = []
    private(set) var classes: [ScalarClass] = []

    /// The program for `node`, ending in `match`.
    static func compile(_ node: RegexNode) throws(RegexError) -> RegexCompiler {
        let size = size(of: node) + 1
        guard size <= instructionLimit else { throw .programTooLarge(instructions: size) }
        var compiler = RegexCompiler()
        compiler.instructions.reserveCapacity(size)
        compiler.emit(node)
        compiler.instructions.append(.match)
        return compiler
    }

    /// How many instructions `emit(node)` appends, capped at `sizeCap` so hostile nesting cannot overflow.
    static func size(of node: RegexNode) -> Int {
        func capped(_ value: Int) -> Int { min(value, sizeCap) }
        switch node {
        case .empty:
            return 0
        case .scalar, .scalarClass, .anyScalar, .assertion:
            return 1
        case .concatenation(let items):
            return capped(items.reduce(0) { $0 + size(of: $1) })
        case .alternation(let branches):
            return capped(branches.reduce(2 * (branches.count - 1)) { $0 + size(of: $1) })
        case .repetition(let body, let minimum, let maximum, _):
            let once = size(of: body)
            guard let maximum else {
                let loopBack = minimum > 0 && canMatchEmpty(body) ? 1 : 0
                return capped(minimum == 0 ? once + 2 : minimum * once + 1 + loopBack)
            }
            return capped(minimum * once + (maximum - minimum) * (once + 1))
        }
    }

    /// Whether `node` can match without consuming, assertions taken as passable.
    static func canMatchEmpty(_ node: RegexNode) -> Bool {
        switch node {
        case .empty, .assertion: return true
        case .scalar, .scalarClass, .anyScalar: return false
        case .concatenation(let items): return items.allSatisfy(canMatchEmpty)
        case .alternation(let branches): return branches.contains(where: canMatchEmpty)
        case .repetition(let body, let minimum, _, _): return minimum == 0 || canMatchEmpty(body)
        }
    }

    private mutating func emit(_ node: RegexNode) {
        switch node {
        case .empty:
            break
        case .scalar(let scalar, let caseInsensitive):
            instructions.append(Self.literal(scalar, caseInsensitive: caseInsensitive))
        case .scalarClass(let scalarClass):
            instructions.append(.scalarClass(classes.count))
            classes.append(scalarClass)
        case .anyScalar:
            instructions.append(.anyScalar)
        case .assertion(let assertion):
            instructions.append(.assertion(assertion))
        case .concatenation(let items):
            for item in items { emit(item) }
        case .alternation(let branches):
            var jumps: [Int] = []
            for branch in branches.dropLast() {
                let split = instructions.count
                instructions.append(.match)  // placeholder
                emit(branch)
                jumps.append(instructions.count)
                instructions.append(.match)  // placeholder
                instructions[split] = .split(split + 1, instructions.count)
            }
            emit(branches[branches.count - 1])
            for jump in jumps { instructions[jump] = .jump(instructions.count) }
        case .repetition(let body, let minimum, let maximum, let greedy):
            emitRepetition(body, minimum: minimum, maximum: maximum, greedy: greedy)
        }
    }

    /// `e{m,}` as m-1 copies then `L: e; split(L, out)`; `e*` as `L: split(body, out); body: e; jump L`, with
    /// `loopBack` for the jump when `e` can match empty; `e{m,n}` as m copies then n-m nested optional copies.
    private mutating func emitRepetition(_ body: RegexNode, minimum: Int, maximum: Int?, greedy: Bool) {
        func split(_ preferred: Int, _ other: Int) -> RegexInstruction {
            greedy ? .split(preferred, other) : .split(other, preferred)
        }
        guard let maximum else {
            let mayBeEmpty = Self.canMatchEmpty(body)
            if minimum == 0 {
                let loop = instructions.count
                instructions.append(.match)  // placeholder
                emit(body)
                instructions.append(mayBeEmpty ? .loopBack(loop, exit: instructions.count + 1) : .jump(loop))
                instructions[loop] = split(loop + 1, instructions.count)
            } else {
                for _ in 1..<minimum { emit(body) }
                let loop = instructions.count
                emit(body)
                if mayBeEmpty {
                    let exit = instructions.count + 2
                    instructions.append(split(instructions.count + 1, exit))
                    instructions.append(.loopBack(loop, exit: exit))
                } else {
                    instructions.append(split(loop, instructions.count + 1))
                }
            }
            return
        }
        for _ in 0..<minimum { emit(body) }
        var splits: [Int] = []
        for _ in minimum..<maximum {
            splits.append(instructions.count)
            instructions.append(.match)  // placeholder
            emit(body)
        }
        for index in splits { instructions[index] = split(index + 1, instructions.count) }
    }

    private static func literal(_ scalar: Unicode.Scalar, caseInsensitive: Bool) -> RegexInstruction {
        guard caseInsensitive else { return .scalar(scalar) }
        let variants = CaseFolding.variants(of: scalar)
        if variants.count == 1 { return .scalar(scalar) }
        if variants.count == 2, variants.allSatisfy(\.isASCII) { return .asciiLetter(scalar.value | 0x20) }
        return .caseVariants(CaseVariants(variants))
    }
}
