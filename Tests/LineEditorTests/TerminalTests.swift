import Testing

/// Tests that drive the editor through a pseudo-terminal. They run one at a time: raw mode and the
/// signal handlers that restore it are process-wide.
@Suite(.serialized) struct TerminalTests {}
