import Synchronization

/// Values the command keeps until the process exits instead of freeing them as it returns: a large
/// pack's outcome is ten thousand records of blocks and strings, and taking them apart one by one
/// cost a build about a tenth of a second after its work was done. The system takes back the
/// process's memory at exit in one go.
enum KeptUntilExit {
    private static let values = Mutex<[any Sendable]>([])

    /// Keeps `value` alive until the process exits.
    static func keep(_ value: any Sendable) {
        values.withLock { $0.append(value) }
    }
}
