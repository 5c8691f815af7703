import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Prints `[i/n] step` lines to stderr, like Publish, only when stderr is a terminal (or when forced),
/// so that cron mails and scripts stay quiet.
public struct ProgressReporter: Sendable {
    /// Whether lines are printed.
    public var enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Enabled exactly when stderr is a terminal.
    public static var automatic: ProgressReporter {
        ProgressReporter(enabled: isatty(STDERR_FILENO) == 1)
    }

    /// Reports that step `index` (1-based) of `total` has started.
    public func step(_ index: Int, of total: Int, _ name: String, detail: String = "") {
        guard enabled else { return }
        let line = "[\(index)/\(total)] \(name)\(detail.isEmpty ? "" : " — " + detail)\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
