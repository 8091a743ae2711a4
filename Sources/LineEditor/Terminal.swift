import Glibc

/// The terminal (or pipe, or file) behind an input and an output file descriptor: whether line
/// editing can be used on it, raw mode, window size, and byte I/O that retries when interrupted.
struct Terminal {
    let input: Int32
    let output: Int32

    /// Terminal types that cannot move the cursor, which get plain line reading.
    static let unsupportedTypes: Set<String> = ["dumb", "cons25", "emacs"]

    /// What woke a wait for input.
    enum Event {
        case input
        case wake
        case timeout
    }

    /// Whether both descriptors are terminals and TERM names one that understands cursor movement.
    func supportsEditing(environment: [String: String]) -> Bool {
        guard isatty(input) == 1, isatty(output) == 1 else { return false }
        if let type = environment["TERM"], Self.unsupportedTypes.contains(type.lowercased()) {
            return false
        }
        return true
    }

    /// The width of the terminal in columns, 80 when it cannot be read.
    var columns: Int {
        TerminalWindow.columns(of: output) ?? TerminalWindow.columns(of: input) ?? 80
    }

    /// Runs `body` with the input terminal in raw mode, registered with `SignalRelay`, and restores
    /// the original settings afterwards, whether `body` returns or throws.
    func withRawMode<T>(wakeFileDescriptor: Int32, _ body: (_ slot: Int?) throws -> T) throws -> T {
        var cooked = termios()
        guard tcgetattr(input, &cooked) == 0 else {
            throw TerminalError(operation: "tcgetattr", code: errno)
        }
        var raw = cooked
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        raw.c_oflag &= ~tcflag_t(OPOST)
        raw.c_cflag |= tcflag_t(CS8)
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { controlCharacters in
            controlCharacters[Int(VMIN)] = 1
            controlCharacters[Int(VTIME)] = 0
        }
        let slot = SignalRelay.register(
            fileDescriptor: input, cooked: cooked, raw: raw, wakeFileDescriptor: wakeFileDescriptor)
        defer {
            if let slot { SignalRelay.unregister(slot) }
            _ = Self.retryingInterrupted { tcsetattr(input, TCSADRAIN, &cooked) }
        }
        guard Self.retryingInterrupted({ tcsetattr(input, TCSADRAIN, &raw) }) == 0 else {
            throw TerminalError(operation: "tcsetattr", code: errno)
        }
        return try body(slot)
    }

    /// Waits until the input or the wake descriptor is readable, or `timeout` milliseconds pass
    /// (-1 waits indefinitely).
    func wait(wakeFileDescriptor: Int32, timeout: Int32) throws -> Event {
        var descriptors = [
            pollfd(fd: wakeFileDescriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: input, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            let count = poll(&descriptors, nfds_t(descriptors.count), timeout)
            if count < 0 {
                if errno == EINTR { continue }
                throw TerminalError(operation: "poll", code: errno)
            }
            if count == 0 { return .timeout }
            if descriptors[0].revents != 0 { return .wake }
            return .input
        }
    }

    /// Reads what is available from the input, at most `limit` bytes; empty at end of input or hang-up.
    func read(limit: Int = 4096) throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: limit)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress, limit) }
            if count >= 0 { return Array(buffer.prefix(count)) }
            switch errno {
            case EINTR:
                continue
            case EAGAIN:
                var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
                _ = poll(&descriptor, 1, -1)
            case EIO:
                return []
            default:
                throw TerminalError(operation: "read", code: errno)
            }
        }
    }

    func write(_ text: String) throws {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let count = bytes.withUnsafeBytes { Glibc.write(output, $0.baseAddress, $0.count) }
            if count >= 0 {
                bytes = bytes.dropFirst(count)
                continue
            }
            switch errno {
            case EINTR:
                continue
            case EAGAIN:
                var descriptor = pollfd(fd: output, events: Int16(POLLOUT), revents: 0)
                _ = poll(&descriptor, 1, 100)
            default:
                throw TerminalError(operation: "write", code: errno)
            }
        }
    }

    private static func retryingInterrupted(_ call: () -> Int32) -> Int32 {
        while true {
            let result = call()
            if result == 0 || errno != EINTR { return result }
        }
    }
}
