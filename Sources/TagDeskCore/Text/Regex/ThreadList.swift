/// The threads of one Pike VM step: a sparse set of instruction indices in priority order, each with the position
/// where its match attempt began. Insertion, membership and clearing are O(1); storage is borrowed from the caller.
struct ThreadList {
    /// Instruction index → its slot in `order` (stale entries are harmless).
    private let slots: UnsafeMutablePointer<Int>
    /// Slot → instruction index, in priority order.
    private let order: UnsafeMutablePointer<Int>
    /// Instruction index → start position of the thread there.
    private let starts: UnsafeMutablePointer<Int>
    private(set) var count = 0

    /// - Parameters:
    ///   - slots: one `Int` per instruction, initialized (to anything: stale slots are recognized).
    ///   - storage: two `Int`s per instruction, written before they are read.
    ///   The caller keeps both alive while the list is used.
    init(slots: UnsafeMutablePointer<Int>, storage: UnsafeMutablePointer<Int>, instructions: Int) {
        self.slots = slots
        order = storage
        starts = storage + instructions
    }

    @inline(__always)
    func contains(_ pc: Int) -> Bool {
        let slot = slots[pc]
        return slot < count && order[slot] == pc
    }

    /// Adds `pc` at the lowest priority; the caller checks `contains` first.
    /// Whether `pc` is listed at slot `slot` or later: added since the list had `slot` threads.
    @inline(__always)
    func contains(_ pc: Int, since slot: Int) -> Bool {
        contains(pc) && slots[pc] >= slot
    }

    @inline(__always)
    mutating func insert(_ pc: Int, start: Int) {
        slots[pc] = count
        order[count] = pc
        starts[pc] = start
        count += 1
    }

    @inline(__always)
    func pc(at slot: Int) -> Int { order[slot] }

    @inline(__always)
    func start(of pc: Int) -> Int { starts[pc] }

    mutating func removeAll() { count = 0 }
}
