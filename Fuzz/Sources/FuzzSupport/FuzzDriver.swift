import CLibFuzzer
import Foundation

/// Runs libFuzzer on a target's entry: the `main` of every fuzz target.
///
/// SwiftPM links each executable with its own `main` (renamed for testing), which keeps libFuzzer's `main` out;
/// so each target has an `@main` that calls this, and libFuzzer's driver reads the command line as usual.
public enum FuzzDriver {
    /// Hands the command line to libFuzzer, which calls `entry` on each input, and exits with its status.
    public static func run(_ entry: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv, entry)
        exit(status)
    }
}
