import Glibc

/// The size of the terminal window behind a file descriptor, as the kernel reports it.
public enum TerminalWindow {
    /// The window's width in columns; `nil` when `descriptor` is not a terminal or reports no width.
    public static func columns(of descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
