import ArgumentParser
import Foundation
import LineEditor
import TagDeskScreen

/// `--color` and `--width`, for commands that print the article screen on standard output.
struct ScreenOptions: ParsableArguments {
    @Option(help: "Colours and emphasis: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always or never.")
    var color: ColorMode = .auto

    @Option(help: ArgumentHelp("Wrap the text to this many columns, 0 for no wrapping (default: the terminal's width; no wrapping when the output is not a terminal).",
                               valueName: "columns"))
    var width: Int?

    func validate() throws {
        if let width, width < 0 {
            throw ValidationError("'--width \(width)' is not a width; expected a number of columns, or 0 for no wrapping")
        }
    }

    /// The width to wrap to (`nil`: no wrapping) and the style, for standard output as it is now.
    var layout: (width: Int?, style: ScreenStyle) {
        let isTerminal = isatty(STDOUT_FILENO) == 1
        let environment = ProcessInfo.processInfo.environment
        let columns = width.map { $0 == 0 ? nil : $0 } ?? Self.terminalWidth(isTerminal: isTerminal, environment: environment)
        return (columns, color.style(isTerminal: isTerminal, environment: environment))
    }

    /// The terminal's columns (`COLUMNS` when the terminal does not say, else 80); `nil` off a terminal.
    static func terminalWidth(isTerminal: Bool, environment: [String: String]) -> Int? {
        guard isTerminal else { return nil }
        return TerminalWindow.columns(of: STDOUT_FILENO) ?? environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil } ?? 80
    }
}

extension ColorMode: ExpressibleByArgument {}
