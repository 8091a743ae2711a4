/// Polls `condition` every few milliseconds until it holds or 5 s pass; returns whether it held.
/// The deadline only keeps a broken test from hanging; it is never what a test asserts.
func eventually(_ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + .seconds(5)
    while !condition() {
        guard ContinuousClock.now < deadline else { return false }
        try? await Task.sleep(for: .milliseconds(5))
    }
    return true
}
