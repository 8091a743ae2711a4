/// A dense Aho–Corasick automaton over byte classes: the goto trie completed with its failure links into a
/// full transition table, with outputs reached through dictionary-suffix links.
///
/// Bytes that occur in no pattern share class 0. States are numbered breadth first, those with an output last,
/// so one comparison with `outputThreshold` tells whether a state reports anything. Table entries are
/// premultiplied by `classCount`, so the next state is `next[state + byteClass[byte]]`.
struct AhoCorasickDFA: Sendable {
    let byteClass: [UInt8]
    let classCount: Int
    let next: [Int32]
    let stateCount: Int
    /// The premultiplied number of the first state with an output.
    let outputThreshold: Int
    /// Pattern indices of each output state's own patterns, grouped by output state.
    let outputs: [Int32]
    /// Per output state (index = state - first output state), where its run in `outputs` starts; one extra end entry.
    let outputStart: [Int32]
    /// Per output state, the output state of its longest proper suffix that has patterns of its own, or -1.
    let dictionaryLink: [Int32]

    init(patterns: [[UInt8]]) {
        var byteClass = [UInt8](repeating: 0, count: 256)
        var classCount = 1
        for pattern in patterns {
            for byte in pattern where byteClass[Int(byte)] == 0 {
                precondition(classCount < 256, "patterns use every byte value")
                byteClass[Int(byte)] = UInt8(classCount)
                classCount += 1
            }
        }
        let trie = Self.trie(patterns, byteClass: byteClass, classCount: classCount)
        precondition(trie.goto.count <= Int(Int32.max), "too many states for 32-bit premultiplied state numbers")
        var next = trie.goto
        let (fail, order) = Self.complete(&next, classCount: classCount)

        var link = [Int32](repeating: -1, count: trie.own.count)
        for state in order.dropFirst() {
            let failure = Int(fail[Int(state)])
            link[Int(state)] = trie.own[failure].isEmpty ? link[failure] : Int32(failure)
        }
        let hasOutput = trie.own.indices.map { !trie.own[$0].isEmpty || link[$0] >= 0 }

        let byNewNumber = order.filter { !hasOutput[Int($0)] } + order.filter { hasOutput[Int($0)] }
        var newNumber = [Int32](repeating: 0, count: trie.own.count)
        for (number, state) in byNewNumber.enumerated() {
            newNumber[Int(state)] = Int32(number)
        }
        let firstOutput = hasOutput.lazy.filter { !$0 }.count

        let renumbered = [Int32](unsafeUninitializedCapacity: next.count) { renumbered, count in
            next.withUnsafeBufferPointer { next in
                newNumber.withUnsafeBufferPointer { newNumber in
                    for state in 0..<newNumber.count {
                        let from = state * classCount
                        let row = Int(newNumber[state]) * classCount
                        for klass in 0..<classCount {
                            renumbered[row + klass] = newNumber[Int(next[from + klass])] &* Int32(classCount)
                        }
                    }
                }
            }
            count = next.count
        }

        var outputs: [Int32] = []
        var outputStart: [Int32] = []
        var dictionaryLink: [Int32] = []
        for state in byNewNumber.dropFirst(firstOutput).map({ Int($0) }) {
            outputStart.append(Int32(outputs.count))
            outputs.append(contentsOf: trie.own[state])
            let target = link[state]
            dictionaryLink.append(target < 0 ? -1 : newNumber[Int(target)] - Int32(firstOutput))
        }
        outputStart.append(Int32(outputs.count))

        self.byteClass = byteClass
        self.classCount = classCount
        self.next = renumbered
        self.stateCount = trie.own.count
        self.outputThreshold = firstOutput * classCount
        self.outputs = outputs
        self.outputStart = outputStart
        self.dictionaryLink = dictionaryLink
    }

    /// The goto function as a table with -1 for "no edge", and each state's own pattern indices.
    private static func trie(_ patterns: [[UInt8]], byteClass: [UInt8], classCount: Int)
        -> (goto: [Int32], own: [[Int32]]) {
        var goto = [Int32](repeating: -1, count: classCount)
        var own: [[Int32]] = [[]]
        for (index, pattern) in patterns.enumerated() {
            var state = 0
            for byte in pattern {
                let slot = state * classCount + Int(byteClass[Int(byte)])
                if goto[slot] < 0 {
                    goto[slot] = Int32(own.count)
                    own.append([])
                    goto.append(contentsOf: repeatElement(-1, count: classCount))
                }
                state = Int(goto[slot])
            }
            own[state].append(Int32(index))
        }
        return (goto, own)
    }

    /// Fills every missing edge with the failure transition, in breadth-first order.
    /// Returns the failure link of each state and the breadth-first order.
    private static func complete(_ next: inout [Int32], classCount: Int) -> (fail: [Int32], order: [Int32]) {
        let stateCount = next.count / classCount
        var fail = [Int32](repeating: 0, count: stateCount)
        var order: [Int32] = [0]
        order.reserveCapacity(stateCount)
        next.withUnsafeMutableBufferPointer { next in
            var head = 0
            while head < order.count {
                let state = Int(order[head])
                head += 1
                let row = state * classCount
                let failRow = Int(fail[state]) * classCount
                for klass in 0..<classCount {
                    let target = next[row + klass]
                    let fallback = state == 0 ? 0 : next[failRow + klass]
                    if target < 0 {
                        next[row + klass] = fallback
                    } else {
                        fail[Int(target)] = fallback
                        order.append(target)
                    }
                }
            }
        }
        return (fail, order)
    }
}
