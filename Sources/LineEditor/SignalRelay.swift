import Foundation
import Glibc

/// Process-wide record of the terminals currently in raw mode, so that signal handlers can put them
/// back: restored before the process stops (SIGTSTP) or dies (SIGINT, SIGTERM, SIGHUP, SIGQUIT),
/// raw again after SIGCONT, and the reading loop woken (through its pipe) on SIGWINCH and the others.
///
/// The handlers only call async-signal-safe functions (`tcsetattr`, `write`, `sigaction`, `raise`,
/// `sigprocmask`) on storage allocated before they are installed.
enum SignalRelay {
    struct Slot {
        var active = false
        var fileDescriptor: Int32 = -1
        var cooked = termios()
        var raw = termios()
        var wakeFileDescriptor: Int32 = -1
    }

    static let terminatingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let handledSignals: [Int32] = terminatingSignals + [SIGTSTP, SIGCONT, SIGWINCH]
    static let capacity = 16
    private static let signalLimit = 65

    nonisolated(unsafe) fileprivate static let slots: UnsafeMutablePointer<Slot> = {
        let slots = UnsafeMutablePointer<Slot>.allocate(capacity: capacity)
        slots.initialize(repeating: Slot(), count: capacity)
        return slots
    }()

    nonisolated(unsafe) fileprivate static let previousActions: UnsafeMutablePointer<sigaction> = {
        let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: signalLimit)
        actions.initialize(repeating: sigaction(), count: signalLimit)
        return actions
    }()

    nonisolated(unsafe) fileprivate static let previouslyIgnored: UnsafeMutablePointer<Bool> = {
        let flags = UnsafeMutablePointer<Bool>.allocate(capacity: signalLimit)
        flags.initialize(repeating: false, count: signalLimit)
        return flags
    }()

    private static let lock = NSLock()
    nonisolated(unsafe) private static var activeCount = 0

    /// Records a terminal entering raw mode, installing the handlers for the first one.
    /// Returns the slot to pass to `unregister`, or nil when all slots are taken.
    static func register(fileDescriptor: Int32, cooked: termios, raw: termios, wakeFileDescriptor: Int32) -> Int? {
        withHandledSignalsBlocked {
            lock.withLock {
                guard let index = (0..<capacity).first(where: { !slots[$0].active }) else { return nil }
                slots[index].fileDescriptor = fileDescriptor
                slots[index].cooked = cooked
                slots[index].raw = raw
                slots[index].wakeFileDescriptor = wakeFileDescriptor
                slots[index].active = true
                activeCount += 1
                if activeCount == 1 {
                    for signal in handledSignals {
                        previouslyIgnored[Int(signal)] = false
                        installHandler(for: signal, saving: true)
                    }
                }
                return index
            }
        }
    }

    /// Forgets a terminal leaving raw mode, restoring the previous handlers after the last one.
    static func unregister(_ index: Int) {
        withHandledSignalsBlocked {
            lock.withLock {
                guard slots[index].active else { return }
                slots[index].active = false
                activeCount -= 1
                if activeCount == 0 {
                    for signal in handledSignals {
                        sigaction(signal, previousActions + Int(signal), nil)
                    }
                }
            }
        }
    }

    /// Puts the relay's handler back for `signal` after it stepped aside for the previous handler
    /// (a terminating signal the process survived), and the slot's terminal back in raw mode.
    static func reinstate(_ signal: Int32, slot index: Int) {
        withHandledSignalsBlocked {
            lock.withLock {
                guard slots[index].active else { return }
                installHandler(for: signal, saving: false)
                var raw = slots[index].raw
                tcsetattr(slots[index].fileDescriptor, TCSANOW, &raw)
            }
        }
    }

    private static func installHandler(for signal: Int32, saving: Bool) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = relaySignal
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        if saving {
            sigaction(signal, &action, previousActions + Int(signal))
            let previous = unsafeBitCast(previousActions[Int(signal)].__sigaction_handler.sa_handler, to: Int.self)
            previouslyIgnored[Int(signal)] = previous == unsafeBitCast(SIG_IGN, to: Int.self)
        } else {
            sigaction(signal, &action, nil)
        }
    }

    private static func withHandledSignalsBlocked<T>(_ body: () -> T) -> T {
        var blocked = sigset_t()
        var previous = sigset_t()
        sigemptyset(&blocked)
        for signal in handledSignals {
            sigaddset(&blocked, signal)
        }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return body()
    }

    /// Sets every registered terminal to its raw or its original (cooked) settings.
    fileprivate static func applyToAll(raw: Bool) {
        for index in 0..<capacity where slots[index].active {
            var settings = raw ? slots[index].raw : slots[index].cooked
            tcsetattr(slots[index].fileDescriptor, TCSANOW, &settings)
        }
    }

    /// Writes the signal number into every registered reading loop's wake pipe.
    fileprivate static func wakeAll(_ signal: Int32) {
        var byte = UInt8(truncatingIfNeeded: signal)
        for index in 0..<capacity where slots[index].active {
            _ = write(slots[index].wakeFileDescriptor, &byte, 1)
        }
    }
}

private func relaySignal(_ signal: Int32) {
    let savedErrno = errno
    defer { errno = savedErrno }
    switch signal {
    case SIGWINCH:
        SignalRelay.wakeAll(signal)
    case SIGCONT:
        SignalRelay.applyToAll(raw: true)
        SignalRelay.wakeAll(signal)
    case SIGTSTP:
        if SignalRelay.previouslyIgnored[Int(signal)] { return }
        SignalRelay.applyToAll(raw: false)
        var tstp = sigset_t()
        sigemptyset(&tstp)
        sigaddset(&tstp, SIGTSTP)
        var stopAction = sigaction()
        stopAction.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&stopAction.sa_mask)
        var relayAction = sigaction()
        sigaction(SIGTSTP, &stopAction, &relayAction)
        raise(SIGTSTP)
        sigprocmask(SIG_UNBLOCK, &tstp, nil)
        // The process stops here; it goes on once continued (or at once when stopping is not allowed).
        sigprocmask(SIG_BLOCK, &tstp, nil)
        sigaction(SIGTSTP, &relayAction, nil)
        SignalRelay.applyToAll(raw: true)
        SignalRelay.wakeAll(signal)
    default:
        if SignalRelay.previouslyIgnored[Int(signal)] { return }
        SignalRelay.applyToAll(raw: false)
        SignalRelay.wakeAll(signal)
        sigaction(signal, SignalRelay.previousActions + Int(signal), nil)
        raise(signal)
    }
}
