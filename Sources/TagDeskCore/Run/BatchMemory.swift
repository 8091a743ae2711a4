import Foundation

/// Gives the memory finished batches freed back to the system. glibc keeps freed memory in one arena per thread
/// that allocated it, so without this the peak grows with the number of batches (up to 20% over 8 times the
/// articles), not with the size of a batch. A pass calls it every few batches: each call costs page faults.
enum BatchMemory {
    static func release() {
        _ = mallocTrim?(0)
    }

    /// glibc's `malloc_trim(3)`, which the Swift module for the C library does not declare, looked up once.
    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    }()
}
