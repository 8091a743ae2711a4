/// When the screen is coloured (`--color auto|always|never`, as swift-format's and git's colour options).
public enum ColorMode: String, Sendable, CaseIterable {
    /// Colours on a terminal, unless `NO_COLOR` is set (to any value) or `TERM` is `dumb`.
    case auto
    case always
    case never

    /// The style for output to a terminal (`isTerminal`) or not, given the process environment.
    public func style(isTerminal: Bool, environment: [String: String]) -> ScreenStyle {
        switch self {
        case .always: return .color
        case .never: return .plain
        case .auto:
            let wanted = isTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
            return wanted ? .color : .plain
        }
    }
}
