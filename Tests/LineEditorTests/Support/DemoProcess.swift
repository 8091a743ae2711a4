import Foundation
import Glibc

/// The `line-editor-demo` executable running as a child process, with its standard streams on a
/// pseudo-terminal or on pipes.
final class DemoProcess {
    /// How a child process ended or paused.
    enum Status: Equatable {
        case exited(Int32)
        case signaled(Int32)
        case stopped(Int32)
    }

    let pid: pid_t
    private var reaped = false

    /// The demo built next to the test executable.
    static var executableURL: URL {
        let testExecutable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return testExecutable.deletingLastPathComponent().appendingPathComponent("line-editor-demo")
    }

    /// Starts the demo with `input` as its standard input and `output` as standard output and error,
    /// in a process group of its own, with default signal dispositions and nothing blocked.
    init(arguments: [String], input: Int32, output: Int32, environment: [String: String]) throws {
        let path = Self.executableURL.path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw TestFailure("line-editor-demo is not built at \(path)")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH, SIGTTIN, SIGTTOU, SIGPIPE] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard status == 0 else {
            throw TestFailure("posix_spawn failed with \(status)")
        }
        self.pid = pid
    }

    /// Waits (up to 5 s) for the process to exit, die of a signal or stop; nil if it did none.
    func waitForStatus() async -> Status? {
        let deadline = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < deadline {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG | WUNTRACED)
            if result == pid {
                if status & 0xFF == 0x7F { return .stopped((status >> 8) & 0xFF) }
                reaped = true
                if status & 0x7F == 0 { return .exited((status >> 8) & 0xFF) }
                return .signaled(status & 0x7F)
            }
            if result < 0, errno != EINTR { return nil }
            try? await Task.sleep(for: .milliseconds(5))
        }
        return nil
    }

    /// Kills and reaps the process if it is still there.
    func terminate() {
        guard !reaped else { return }
        reaped = true
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }
}
