#if canImport(Glibc)
import Glibc
#endif

/// Swaps two paths in one step with Linux's `renameat2(…, RENAME_EXCHANGE)`, so the final move of a
/// new pack into place never leaves a moment with no pack at the output: a build killed at any
/// instant leaves either the old pack or the new one there. Looked up at run time (Swift's Glibc
/// module does not declare it); where the system lacks it, callers fall back to two renames.
enum AtomicExchange {
    private typealias Renameat2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    private static let renameat2: Renameat2? = {
        #if os(Linux)
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: Renameat2.self)
        #else
        return nil
        #endif
    }()

    /// `RENAME_EXCHANGE` from <linux/fs.h>.
    private static let renameExchange: UInt32 = 1 << 1

    /// Exchanges `first` and `second` (both must exist); false when the system cannot, with nothing changed.
    static func exchange(_ first: String, _ second: String) -> Bool {
        guard let renameat2 else { return false }
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
    }
}
