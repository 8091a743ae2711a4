/// The process exit status, decided by the core: 0 fine, 1 the corpus or rules fail a check, 2 usage or configuration error.
public enum ExitStatus: Int32, Sendable {
    case success = 0
    case checkFailed = 1
    case usageError = 2

    /// The one sentence every help text and the README give for the exit statuses.
    public static let meanings = "Exit status: 0 fine, 1 the corpus or rules fail a check, 2 usage or configuration error "
        + "(a bad option, a broken rule file or tagdesk.yaml)."
}
