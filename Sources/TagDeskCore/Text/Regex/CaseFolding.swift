/// Which scalars case-insensitive matching treats as one letter: Unicode simple case folding, as ICU uses it,
/// so `k`, `K` and the Kelvin sign form one class, and `σ`, `Σ` and `ς` another. Scalars without case stand alone.
enum CaseFolding {
    /// Every class of two or more scalars, and for each member the index of its class; built once per process (~7 ms).
    private static let table: (classes: [[Unicode.Scalar]], classOf: [UInt32: Int]) = build()

    /// The classes of two or more scalars.
    static var classes: [[Unicode.Scalar]] { table.classes }

    /// `scalar` and the scalars that fold like it.
    static func variants(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        guard let index = table.classOf[scalar.value] else { return [scalar] }
        return table.classes[index]
    }

    /// Whether `scalar` or one of its variants satisfies `predicate`.
    static func anyVariant(of scalar: Unicode.Scalar, satisfies predicate: (Unicode.Scalar) -> Bool) -> Bool {
        guard let index = table.classOf[scalar.value] else { return predicate(scalar) }
        return table.classes[index].contains(where: predicate)
    }

    private static func build() -> (classes: [[Unicode.Scalar]], classOf: [UInt32: Int]) {
        var members: [UInt32: [Unicode.Scalar]] = [:]
        // Every scalar with a case mapping lies below U+20000.
        for value: UInt32 in 0..<0x20000 {
            guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenCaseMapped else { continue }
            members[fold(scalar), default: []].append(scalar)
        }
        var classes: [[Unicode.Scalar]] = []
        var classOf: [UInt32: Int] = [:]
        for key in members.keys.sorted() {
            guard let group = members[key], group.count > 1 else { continue }
            for scalar in group { classOf[scalar.value] = classes.count }
            classes.append(group)
        }
        return (classes, classOf)
    }

    /// The simple case folding of `scalar`: the lowercase of its uppercase, where both map to one scalar.
    /// Dotted capital I and dotless small i fold to themselves outside Turkish, as in ICU's default folding.
    private static func fold(_ scalar: Unicode.Scalar) -> UInt32 {
        if scalar.value == 0x130 || scalar.value == 0x131 { return scalar.value }
        let upper = single(scalar.properties.uppercaseMapping) ?? scalar
        return (single(upper.properties.lowercaseMapping) ?? single(scalar.properties.lowercaseMapping) ?? scalar).value
    }

    private static func single(_ mapping: String) -> Unicode.Scalar? {
        var scalars = mapping.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first
    }
}
