import Foundation

/// How one Unicode scalar folds for matching: dropped, a separator, or word bytes (spaces inside stand for separators).
enum ScalarFolding: Equatable, Sendable {
    case dropped
    case separator
    case word([UInt8])
    case mixed([UInt8])

    /// Folds a scalar: NFKD, combining marks dropped, lower case, then the explicit foldings.
    init(_ scalar: Unicode.Scalar) {
        self.init(scalar, decomposition: String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars)
    }

    /// Folds a scalar whose NFKD decomposition is given (computed for many scalars at once by `ScalarFoldTable`).
    init(_ scalar: Unicode.Scalar, decomposition: some Sequence<Unicode.Scalar>) {
        if let special = Self.explicit(scalar) {
            self = special
            return
        }
        var bytes: [UInt8] = []
        for decomposed in decomposition where !Self.isMark(decomposed) {
            for lower in decomposed.properties.lowercaseMapping.unicodeScalars where !Self.isMark(lower) {
                for folded in Self.letterFolding(lower) {
                    if Self.isWordCharacter(folded) {
                        bytes.append(contentsOf: String(folded).utf8)
                    } else if bytes.last != 0x20 {
                        bytes.append(0x20)
                    }
                }
            }
        }
        if bytes.isEmpty {
            self = .dropped
        } else if bytes == [0x20] {
            self = .separator
        } else {
            self = bytes.contains(0x20) ? .mixed(bytes) : .word(bytes)
        }
    }

    /// Scalars whose folding is decided before decomposition.
    private static func explicit(_ scalar: Unicode.Scalar) -> ScalarFolding? {
        switch scalar.value {
        case 0x0640: return .dropped  // Arabic tatweel
        case 0x200B, 0x02BC: return .separator  // zero width space, modifier letter apostrophe
        default: break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return .dropped
        default: return nil
        }
    }

    private static func letterFolding(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        switch scalar.value {
        case 0x0111: return ["d"]
        case 0x0153: return ["o", "e"]
        case 0x00E6: return ["a", "e"]
        case 0x00DF: return ["s", "s"]
        case 0x00F8: return ["o"]
        case 0x0142: return ["l"]
        case 0x0649: return ["\u{064A}"]  // alef maksura → yeh
        case 0x0629: return ["\u{0647}"]  // teh marbuta → heh
        case 0x0640: return []
        case 0x0660...0x0669: return [Unicode.Scalar(scalar.value - 0x0660 + 0x30)!]
        case 0x06F0...0x06F9: return [Unicode.Scalar(scalar.value - 0x06F0 + 0x30)!]
        default: return [scalar]
        }
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: true
        default: false
        }
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .spacingMark:
            true
        default:
            false
        }
    }
}
