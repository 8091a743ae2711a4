import TagDeskCore

/// A property a fuzz target checks on each input: when it does not hold, the input is a finding.
/// `require` prints what failed and aborts, which libFuzzer records as a crash with the input saved.
public enum FuzzProperty {
    /// Stops the run with `message` when `condition` is false.
    public static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                               file: StaticString = #fileID, line: UInt = #line) {
        if !condition() {
            fatalError("property failed: \(message())", file: file, line: line)
        }
    }

    /// A reader's failure must say what is wrong, in which file, and where when it names a place:
    /// at least one diagnostic, each with the file's display path, a message and 1-based positions.
    public static func requireLocated(_ error: DiagnosticList, displayPath: String, lineCount: Int) {
        require(!error.diagnostics.isEmpty, "a failure without any diagnostic")
        requireLocated(error.diagnostics, displayPath: displayPath, lineCount: lineCount)
    }

    /// Every diagnostic of `diagnostics` names the file `displayPath`, says something, and is within its lines.
    public static func requireLocated(_ diagnostics: [Diagnostic], displayPath: String, lineCount: Int) {
        for diagnostic in diagnostics {
            require(diagnostic.file == displayPath, "diagnostic for '\(diagnostic.file)', not '\(displayPath)': \(diagnostic)")
            require(!diagnostic.message.isEmpty, "diagnostic without a message: \(diagnostic)")
            if let location = diagnostic.location {
                require(location.line >= 1 && location.column >= 1, "diagnostic at a position before the start: \(diagnostic)")
                require(location.line <= lineCount + 1, "diagnostic past the end (\(lineCount) lines): \(diagnostic)")
            }
        }
    }

    /// The most lines `bytes` can have as a YAML parser counts them: LF, CR LF and CR end a line, and so do
    /// NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR (YAML 1.1 line breaks).
    public static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 1
        var previous: UInt8 = 0
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A, previous != 0x0D { count += 1 } else if byte == 0x0D { count += 1 }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 { count += 1 }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0xA8 { count += 1 }
            previous = byte
        }
        return count
    }
}
