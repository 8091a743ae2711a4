/// A property class such as `\d`, `\w`, `\s` or `\p{Lu}`, decided per scalar with ICU's definitions.
enum ScalarProperty: Sendable, Equatable {
    /// `\d`: general category Nd.
    case digit
    /// `\w`: Alphabetic, marks, Nd, connector punctuation, ZWNJ and ZWJ.
    case word
    /// `\s`: the White_Space property (tab to carriage return, NEL, NBSP and category Z).
    case space
    /// `\h`: tab and category Zs.
    case horizontalSpace
    /// `\p{..}`: general categories, one bit each (see `bit(of:)`).
    case categories(UInt32)

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch self {
        case .digit:
            if value < 0x80 { return (0x30...0x39).contains(value) }
            return scalar.properties.generalCategory == .decimalNumber
        case .word:
            if value < 0x80 {
                return (0x61...0x7A).contains(value | 0x20) || (0x30...0x39).contains(value) || value == 0x5F
            }
            let properties = scalar.properties
            return properties.isAlphabetic || value == 0x200C || value == 0x200D
                || Self.wordCategories & Self.bit(of: properties.generalCategory) != 0
        case .space:
            if value < 0x80 { return (0x09...0x0D).contains(value) || value == 0x20 }
            return scalar.properties.isWhitespace
        case .horizontalSpace:
            return value == 0x09 || scalar.properties.generalCategory == .spaceSeparator
        case .categories(let mask):
            return mask & Self.bit(of: scalar.properties.generalCategory) != 0
        }
    }

    /// Membership below `ScalarBitmap.limit`, computed once per process (per category, not per class).
    var bitmap: ScalarBitmap {
        switch self {
        case .digit: return Self.digitBitmap
        case .word: return Self.wordBitmap
        case .space: return Self.spaceBitmap
        case .horizontalSpace: return Self.horizontalSpaceBitmap
        case .categories(let mask):
            var bitmap = ScalarBitmap()
            for (value, category) in Self.categoryBits.enumerated() where mask & category != 0 {
                bitmap.insert(UInt32(value))
            }
            return bitmap
        }
    }

    /// Whether every case-folding class lies wholly inside or wholly outside the property, so a case-insensitive
    /// class need not try case variants for it (true of `\d`, `\w`, `\s`, `\p{L}`; false of `\p{Lu}`).
    var isClosedUnderCase: Bool {
        switch self {
        case .digit, .space, .horizontalSpace: return true
        case .word: return Self.wordIsClosedUnderCase
        case .categories(let mask):
            return Self.caseClassCategories.allSatisfy { mask & $0 == 0 || mask & $0 == $0 }
        }
    }

    private static let digitBitmap = ScalarBitmap { ScalarProperty.digit.contains($0) }
    private static let wordBitmap = ScalarBitmap { ScalarProperty.word.contains($0) }
    private static let spaceBitmap = ScalarBitmap { ScalarProperty.space.contains($0) }
    private static let horizontalSpaceBitmap = ScalarBitmap { ScalarProperty.horizontalSpace.contains($0) }
    private static let wordIsClosedUnderCase = closedUnderCase(.word)

    /// The general category bit of every scalar below `ScalarBitmap.limit` (0 for surrogates, which are above it).
    private static let categoryBits: [UInt32] = (0..<ScalarBitmap.limit).map { value in
        Unicode.Scalar(value).map { bit(of: $0.properties.generalCategory) } ?? 0
    }

    /// For each case-folding class, the categories of its members; each distinct set once.
    private static let caseClassCategories: [UInt32] = Array(Set(CaseFolding.classes.map { variants in
        variants.reduce(0) { $0 | bit(of: $1.properties.generalCategory) }
    }))

    private static func closedUnderCase(_ property: ScalarProperty) -> Bool {
        CaseFolding.classes.allSatisfy { variants in
            let inside = property.contains(variants[0])
            return variants.dropFirst().allSatisfy { property.contains($0) == inside }
        }
    }

    /// The property `\p{name}` stands for; `name` is a general category or a group of them (`L`, `Lu`, `LC`, `N`, …).
    static func named(_ name: String) -> ScalarProperty? {
        let categories: [Unicode.GeneralCategory]
        switch name {
        case "L": categories = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter]
        case "LC": categories = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter]
        case "M": categories = [.nonspacingMark, .spacingMark, .enclosingMark]
        case "N": categories = [.decimalNumber, .letterNumber, .otherNumber]
        case "P": categories = [.connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                                .initialPunctuation, .finalPunctuation, .otherPunctuation]
        case "S": categories = [.mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol]
        case "Z": categories = [.spaceSeparator, .lineSeparator, .paragraphSeparator]
        case "C": categories = [.control, .format, .surrogate, .privateUse, .unassigned]
        default:
            guard let category = abbreviations[name] else { return nil }
            categories = [category]
        }
        return .categories(categories.reduce(0) { $0 | bit(of: $1) })
    }

    /// What `\p{..}` accepts, for error messages.
    static let knownNames = "L LC Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Co Cn"

    private static let abbreviations: [String: Unicode.GeneralCategory] = [
        "Lu": .uppercaseLetter, "Ll": .lowercaseLetter, "Lt": .titlecaseLetter, "Lm": .modifierLetter,
        "Lo": .otherLetter, "Mn": .nonspacingMark, "Mc": .spacingMark, "Me": .enclosingMark,
        "Nd": .decimalNumber, "Nl": .letterNumber, "No": .otherNumber, "Pc": .connectorPunctuation,
        "Pd": .dashPunctuation, "Ps": .openPunctuation, "Pe": .closePunctuation, "Pi": .initialPunctuation,
        "Pf": .finalPunctuation, "Po": .otherPunctuation, "Sm": .mathSymbol, "Sc": .currencySymbol,
        "Sk": .modifierSymbol, "So": .otherSymbol, "Zs": .spaceSeparator, "Zl": .lineSeparator,
        "Zp": .paragraphSeparator, "Cc": .control, "Cf": .format, "Cs": .surrogate, "Co": .privateUse,
        "Cn": .unassigned,
    ]

    private static let wordCategories = bit(of: .nonspacingMark) | bit(of: .spacingMark) | bit(of: .enclosingMark)
        | bit(of: .decimalNumber) | bit(of: .connectorPunctuation)

    /// One bit per general category, so a set of them is a mask.
    private static func bit(of category: Unicode.GeneralCategory) -> UInt32 {
        let index: UInt32
        switch category {
        case .uppercaseLetter: index = 0
        case .lowercaseLetter: index = 1
        case .titlecaseLetter: index = 2
        case .modifierLetter: index = 3
        case .otherLetter: index = 4
        case .nonspacingMark: index = 5
        case .spacingMark: index = 6
        case .enclosingMark: index = 7
        case .decimalNumber: index = 8
        case .letterNumber: index = 9
        case .otherNumber: index = 10
        case .connectorPunctuation: index = 11
        case .dashPunctuation: index = 12
        case .openPunctuation: index = 13
        case .closePunctuation: index = 14
        case .initialPunctuation: index = 15
        case .finalPunctuation: index = 16
        case .otherPunctuation: index = 17
        case .mathSymbol: index = 18
        case .currencySymbol: index = 19
        case .modifierSymbol: index = 20
        case .otherSymbol: index = 21
        case .spaceSeparator: index = 22
        case .lineSeparator: index = 23
        case .paragraphSeparator: index = 24
        case .control: index = 25
        case .format: index = 26
        case .surrogate: index = 27
        case .privateUse: index = 28
        case .unassigned: index = 29
        @unknown default: index = 29
        }
        return 1 << index
    }
}
