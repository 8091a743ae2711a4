/// Turns the byte stream from a terminal into keys: UTF-8 text, control keys, and escape sequences
/// (CSI, SS3, Alt-prefixed keys). Unknown or malformed escape sequences are consumed and dropped.
struct KeyDecoder {
    private var bytes: [UInt8] = []
    private var position = 0
    private var expireIncomplete = false

    /// Whether bytes are waiting that do not yet form a complete key (such as a lone ESC).
    var hasPendingBytes: Bool { position < bytes.count }

    mutating func feed(_ input: some Sequence<UInt8>) {
        if position > 0 {
            bytes.removeFirst(position)
            position = 0
        }
        bytes.append(contentsOf: input)
        expireIncomplete = false
    }

    /// Declares that no more bytes will complete the pending sequence: a lone ESC becomes `.escape`,
    /// any other incomplete sequence is dropped by the following calls to `next()`.
    mutating func expirePendingSequence() {
        expireIncomplete = true
    }

    /// The next complete key, or nil when the remaining bytes (if any) are an incomplete sequence.
    mutating func next() -> Key? {
        while position < bytes.count {
            let byte = bytes[position]
            let step: Step
            if byte == 0x1B {
                step = escapeSequence(at: position)
            } else if byte < 0x20 || byte == 0x7F {
                step = .key(Self.controlKey(byte), length: 1)
            } else {
                step = text(at: position)
            }
            switch step {
            case .key(let key, let length):
                position += length
                if let key { return key }
            case .incomplete:
                if expireIncomplete {
                    let lone = bytes.count - position == 1 && bytes[position] == 0x1B
                    position = bytes.count
                    expireIncomplete = false
                    return lone ? .escape : nil
                }
                return nil
            }
        }
        return nil
    }

    private enum Step {
        /// `length` bytes were consumed; `key` is nil when they mean nothing to the editor.
        case key(Key?, length: Int)
        case incomplete
    }

    private static func controlKey(_ byte: UInt8) -> Key? {
        switch byte {
        case 0x0D, 0x0A: .enter
        case 0x09: .tab
        case 0x7F: .backspace
        case 0x01...0x1A: .control(Character(Unicode.Scalar(byte + 0x60)))
        default: nil
        }
    }

    private func escapeSequence(at start: Int) -> Step {
        guard start + 1 < bytes.count else { return .incomplete }
        let second = bytes[start + 1]
        switch second {
        case UInt8(ascii: "["):
            return controlSequence(at: start)
        case UInt8(ascii: "O"):
            guard start + 2 < bytes.count else { return .incomplete }
            let final = bytes[start + 2]
            guard (0x40...0x7E).contains(final) else { return .key(nil, length: 2) }
            return .key(Self.cursorKey(final: final, modifier: 1), length: 3)
        case 0x7F, 0x08:
            return .key(.metaBackspace, length: 2)
        case 0x20...0x7E:
            return .key(.meta(Character(Unicode.Scalar(second))), length: 2)
        case 0xC2...0xF4:
            let length = second < 0xE0 ? 2 : second < 0xF0 ? 3 : 4
            guard start + 1 + length <= bytes.count else { return .incomplete }
            return .key(nil, length: 1 + length)
        default:
            return .key(.escape, length: 1)
        }
    }

    /// Parses `ESC [ parameters intermediates final`.
    private func controlSequence(at start: Int) -> Step {
        var index = start + 2
        var parameters: [UInt8] = []
        var hasIntermediates = false
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x30...0x3F where !hasIntermediates:
                parameters.append(byte)
            case 0x20...0x2F:
                hasIntermediates = true
            case 0x40...0x7E:
                let key = hasIntermediates ? nil : Self.controlSequenceKey(parameters: parameters, final: byte)
                return .key(key, length: index - start + 1)
            default:
                return .key(nil, length: index - start)
            }
            index += 1
            if index - start > 64 { return .key(nil, length: index - start) }
        }
        return .incomplete
    }

    private static func controlSequenceKey(parameters: [UInt8], final: UInt8) -> Key? {
        if let first = parameters.first, (0x3C...0x3F).contains(first) { return nil }
        let numbers = parameters.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false)
            .map { Int(String(decoding: $0, as: UTF8.self)) }
        let modifier = numbers.count > 1 ? (numbers[1] ?? 1) : 1
        if final == UInt8(ascii: "~") {
            switch numbers.first ?? nil {
            case 1, 7: return .home
            case 4, 8: return .end
            case 3: return .delete
            default: return nil
            }
        }
        return cursorKey(final: final, modifier: modifier)
    }

    private static func cursorKey(final: UInt8, modifier: Int) -> Key? {
        switch final {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): modifier > 1 ? .wordRight : .right
        case UInt8(ascii: "D"): modifier > 1 ? .wordLeft : .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        default: nil
        }
    }

    /// Collects a run of printable UTF-8 characters; invalid bytes and C1 controls are dropped.
    private func text(at start: Int) -> Step {
        var index = start
        var scalars = String.UnicodeScalarView()
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x20 || lead == 0x7F { break }
            let length: Int
            switch lead {
            case 0x20..<0x80: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            if length == 0 {
                index += 1
                continue
            }
            guard index + length <= bytes.count else {
                if scalars.isEmpty && index == start { return .incomplete }
                break
            }
            let encoded = bytes[index..<index + length]
            if let decoded = String(validating: encoded, as: UTF8.self),
               let scalar = decoded.unicodeScalars.first,
               !(0x80..<0xA0).contains(scalar.value) {
                scalars.append(scalar)
            }
            index += length
        }
        if scalars.isEmpty {
            return .key(nil, length: index - start)
        }
        return .key(.text(String(scalars)), length: index - start)
    }
}
