import Foundation
import Glibc

/// A pseudo-terminal pair: the editor (or a child process) uses the terminal side, the test types
/// into and reads the screen output from the controlling side.
public struct PseudoTerminal: Sendable {
    public let controller: Int32
    public let terminal: Int32

    public init(columns: Int = 80, rows: Int = 24) throws {
        var controller: Int32 = -1
        var terminal: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&controller, &terminal, nil, nil, &size) == 0 else {
            throw TestSupportError("openpty failed with errno \(errno)")
        }
        _ = fcntl(controller, F_SETFD, FD_CLOEXEC)
        _ = fcntl(terminal, F_SETFD, FD_CLOEXEC)
        self.controller = controller
        self.terminal = terminal
    }

    /// The terminal side's current settings.
    public var settings: termios {
        var settings = termios()
        tcgetattr(terminal, &settings)
        return settings
    }

    public func resize(columns: Int, rows: Int = 24) {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(controller, UInt(TIOCSWINSZ), &size)
    }

    /// Writes `keys` as the keyboard would send them.
    public func type(_ keys: String) {
        var bytes = Array(keys.utf8)[...]
        while !bytes.isEmpty {
            let count = bytes.withUnsafeBytes { write(controller, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes = bytes.dropFirst(count)
            } else if count < 0, errno != EINTR {
                return
            }
        }
    }

    public func closeController() {
        close(controller)
    }

    public func closeTerminal() {
        close(terminal)
    }
}

/// The termios flags that raw mode changes, for comparing a terminal's state before and after.
public struct TerminalFlags: Equatable, CustomStringConvertible, Sendable {
    public let input: tcflag_t
    public let output: tcflag_t
    public let control: tcflag_t
    public let local: tcflag_t

    public init(_ settings: termios) {
        input = settings.c_iflag
        output = settings.c_oflag
        control = settings.c_cflag
        local = settings.c_lflag
    }

    public var isCanonical: Bool { local & tcflag_t(ICANON) != 0 }
    public var echoes: Bool { local & tcflag_t(ECHO) != 0 }
    public var generatesSignals: Bool { local & tcflag_t(ISIG) != 0 }
    public var translatesReturn: Bool { input & tcflag_t(ICRNL) != 0 }
    public var postProcessesOutput: Bool { output & tcflag_t(OPOST) != 0 }

    /// Raw as the editor sets it: no line buffering, echo, signal keys, CR translation or output processing.
    public var isRaw: Bool { !isCanonical && !echoes && !generatesSignals && !translatesReturn && !postProcessesOutput }

    public var description: String {
        "iflag=\(String(input, radix: 8)) oflag=\(String(output, radix: 8)) cflag=\(String(control, radix: 8)) lflag=\(String(local, radix: 8))"
    }
}
