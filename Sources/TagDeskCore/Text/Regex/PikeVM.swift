/// Finds the leftmost-first match of a `RegexProgram` in a line by running all NFA threads in lockstep (Pike VM):
/// O(length × instructions) time, never backtracking. Scratch memory is per call, so one VM serves many threads.
/// A class, so that copying a value that holds one (a `LinePattern` read out of an array per line) costs one retain.
final class PikeVM: Sendable {
    let program: RegexProgram

    init(program: RegexProgram) {
        self.program = program
    }

    /// The text of the first match in `line`, if any.
    func firstMatch(in line: String) -> String? {
        func match(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
            let text = UTF8Line(bytes: bytes)
            return firstMatch(in: text).map(text.string)
        }
        if let found = line.utf8.withContiguousStorageIfAvailable(match) { return found }
        var contiguous = line
        return contiguous.withUTF8(match)
    }

    /// The byte range of the first match: the earliest start, and at that start the match the pattern prefers
    /// (alternation order, greedy or lazy quantifiers), as a backtracking engine would report it.
    func firstMatch(in line: UTF8Line) -> Range<Int>? {
        if program.anchoredAtStart, let filter = program.startFilter {
            guard line.count > 0, filter.canBegin(at: 0, in: line, program: program).0 else { return nil }
        }
        guard program.requiredBytes.allPresent(in: line) else { return nil }
        let size = program.instructions.count
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 8 * size) { memory in
            let base = memory.baseAddress.unsafelyUnwrapped
            base.initialize(repeating: 0, count: 2 * size)  // the two lists' slots; the rest is written before read
            var current = ThreadList(slots: base, storage: base + 2 * size, instructions: size)
            var next = ThreadList(slots: base + size, storage: base + 4 * size, instructions: size)
            return run(line, current: &current, next: &next, stack: base + 6 * size)
        }
    }

    private func run(_ line: UTF8Line, current: inout ThreadList, next: inout ThreadList,
                     stack: UnsafeMutablePointer<Int>) -> Range<Int>? {
        let instructions = program.instructions
        let classes = program.classes
        var found: Range<Int>?
        var position = 0
        while true {
            if found == nil && (position == 0 || !program.anchoredAtStart) {
                if current.count == 0, let filter = program.startFilter {
                    position = filter.candidate(from: position, in: line, program: program)
                }
                follow(0, start: position, at: position, in: line, into: &current, stack: stack)
            }
            if current.count == 0 && (found != nil || program.anchoredAtStart) { break }
            let atEnd = position == line.count
            let (scalar, length) = atEnd ? (Unicode.Scalar(UInt8(0)), 0) : line.scalar(at: position)
            next.removeAll()
            var slot = 0
            while slot < current.count {
                let pc = current.pc(at: slot)
                slot += 1
                let instruction = instructions[pc]
                if case .match = instruction {
                    found = current.start(of: pc)..<position
                    break  // the remaining threads have lower priority
                }
                let consumed = RegexProgram.accepts(instruction, scalar, classes: classes)
                if consumed && !atEnd {
                    follow(pc + 1, start: current.start(of: pc), at: position + length, in: line, into: &next,
                           stack: stack)
                }
            }
            if atEnd { break }
            position += length
            swap(&current, &next)
        }
        return found
    }

    /// Adds the thread at `pc` and every instruction it reaches without consuming at `position`, depth first with
    /// the preferred branch first, so the list keeps priority order; instructions already listed are skipped.
    @inline(__always)
    private func follow(_ pc: Int, start: Int, at position: Int, in line: UTF8Line, into list: inout ThreadList,
                        stack: UnsafeMutablePointer<Int>) {
        let firstSlot = list.count
        var depth = 1
        stack[0] = pc
        while depth > 0 {
            depth -= 1
            let pc = stack[depth]
            if list.contains(pc) { continue }
            list.insert(pc, start: start)
            switch program.instructions[pc] {
            case .jump(let target):
                stack[depth] = target
                depth += 1
            case .loopBack(let start, let exit):
                stack[depth] = list.contains(start, since: firstSlot) ? exit : start
                depth += 1
            case .split(let preferred, let other):
                stack[depth] = other
                stack[depth + 1] = preferred
                depth += 2
            case .assertion(let assertion):
                if assertion.holds(at: position, in: line) {
                    stack[depth] = pc + 1
                    depth += 1
                }
            default:
                break
            }
        }
    }
}
