/// Runs the transition table of an `AhoCorasickDFA` over bytes with one or two cursors, stopping as soon as a
/// cursor enters a state with an output. Two cursors give two independent chains of lookups to overlap.
struct DFAScanner {
    /// A position in the bytes, the state reached there, and the end of the cursor's stretch.
    struct Cursor {
        var index: Int
        let end: Int
        /// Occurrences found by this cursor count only if they start before this.
        let limit: Int
        var state: Int
        /// True when the last step entered a state with an output.
        var inOutputState = false

        init(index: Int, end: Int, limit: Int, state: Int) {
            self.index = index
            self.end = max(index, end)
            self.limit = limit
            self.state = state
        }

        var isDone: Bool { index >= end }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let next: UnsafeBufferPointer<Int32>
    let byteClass: UnsafeBufferPointer<UInt8>
    let threshold: Int

    @inline(__always)
    private func step(_ state: Int, _ index: Int) -> Int {
        Int(next[state &+ Int(byteClass[Int(bytes[index])])])
    }

    @inline(never)
    func advance(_ cursor: inout Cursor) {
        var index = cursor.index
        var state = cursor.state
        guard index < cursor.end else { return cursor.inOutputState = false }
        repeat {
            state = step(state, index)
            index &+= 1
        } while index < cursor.end && state < threshold
        cursor.index = index
        cursor.state = state
        cursor.inOutputState = state >= threshold
    }

    @inline(never)
    func advance(_ first: inout Cursor, _ second: inout Cursor) {
        var firstIndex = first.index, firstState = first.state
        var secondIndex = second.index, secondState = second.state
        guard firstIndex < first.end, secondIndex < second.end else {
            first.inOutputState = false
            second.inOutputState = false
            return
        }
        repeat {
            firstState = step(firstState, firstIndex)
            secondState = step(secondState, secondIndex)
            firstIndex &+= 1
            secondIndex &+= 1
        } while firstIndex < first.end && secondIndex < second.end
            && firstState < threshold && secondState < threshold
        first.index = firstIndex
        first.state = firstState
        first.inOutputState = firstState >= threshold
        second.index = secondIndex
        second.state = secondState
        second.inOutputState = secondState >= threshold
    }
}
