/// A character class (`[a-z\d]`, `[^.!?]`, `\w`, `\P{L}`): ranges and property classes, possibly negated.
///
/// Case-insensitive classes are closed over case as ICU closes them, before any negation: `(?i)[^a]` rejects `A`,
/// `(?i)\p{Lu}` accepts `a`. Ranges are closed when the class is built; property classes that are not already
/// closed over case (`\p{Lu}`) try the scalar's variants when matching. Membership below U+2100 is a bitmap.
struct ScalarClass: Sendable {
    /// A property class inside the brackets, such as `\d` or `\P{Lu}`.
    struct Member: Sendable {
        let property: ScalarProperty
        let negated: Bool
        /// Whether matching must try the scalar's case variants (case-insensitive, property not closed over case).
        var foldsCase = false
    }

    /// Sorted, disjoint, not adjacent.
    private let ranges: [ClosedRange<UInt32>]
    private let members: [Member]
    private let negated: Bool
    private let bitmap: ScalarBitmap

    init(ranges: [ClosedRange<UInt32>], members: [Member], negated: Bool, caseInsensitive: Bool) {
        var ranges = Self.merged(ranges)
        var members = members
        if caseInsensitive {
            ranges = Self.merged(ranges + Self.caseClosure(of: ranges))
            for index in members.indices { members[index].foldsCase = !members[index].property.isClosedUnderCase }
        }
        var bitmap = ScalarBitmap(ranges)
        for member in members {
            let property = member.property
            var scalars = property.bitmap
            if member.foldsCase {
                for variants in CaseFolding.classes where variants.contains(where: property.contains) {
                    for variant in variants where variant.value < ScalarBitmap.limit { scalars.insert(variant.value) }
                }
            }
            bitmap.formUnion(member.negated ? scalars.inverted() : scalars)
        }
        self.bitmap = negated ? bitmap.inverted() : bitmap
        self.ranges = ranges
        self.members = members
        self.negated = negated
    }

    /// A class of one property, as `\d` or `\P{L}` outside brackets.
    init(_ property: ScalarProperty, negated: Bool, caseInsensitive: Bool) {
        self.init(ranges: [], members: [Member(property: property, negated: negated)], negated: false,
                  caseInsensitive: caseInsensitive)
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < ScalarBitmap.limit { return bitmap.contains(scalar.value) }
        return generalContains(scalar)
    }

    private func generalContains(_ scalar: Unicode.Scalar) -> Bool {
        var found = rangesContain(scalar.value)
        if !found {
            for member in members {
                let has = member.foldsCase
                    ? CaseFolding.anyVariant(of: scalar, satisfies: member.property.contains)
                    : member.property.contains(scalar)
                if has != member.negated {
                    found = true
                    break
                }
            }
        }
        return found != negated
    }

    private func rangesContain(_ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < value {
                low = middle + 1
            } else if ranges[middle].lowerBound > value {
                high = middle
            } else {
                return true
            }
        }
        return false
    }

    /// The ranges of every case-folding class with a member in `ranges`.
    private static func caseClosure(of ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        guard !ranges.isEmpty else { return [] }
        var added: [ClosedRange<UInt32>] = []
        for variants in CaseFolding.classes
        where variants.contains(where: { value in ranges.contains { $0.contains(value.value) } }) {
            added += variants.map { $0.value...$0.value }
        }
        return added
    }

    private static func merged(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var result: [ClosedRange<UInt32>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound &+ 1 {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
