import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on an output folder (`.<name>.lock` beside it, held with flock), so that two
/// builds of the same pack never write it at once. The kernel releases it when the process ends,
/// even on SIGKILL, so a killed run never leaves a stale lock.
public final class BuildLock: @unchecked Sendable {
    // The file descriptor is only read after init and closed once in deinit.
    private let descriptor: Int32
    /// The lock file.
    public let path: String

    /// Takes the lock for `output`; waits when `wait` is true, else throws `BuildLockError.busy` at once.
    public init(output: URL, wait: Bool) throws {
        let parent = output.deletingLastPathComponent()
        try SecureFileSystem.createDirectory(at: parent)
        path = parent.appendingPathComponent(".\(output.lastPathComponent).lock").path
        // Never through a link: a link planted at the lock's name would make us truncate its target.
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            if code == ELOOP { throw OutputRefusal(path: path, reason: "the lock file is a symbolic link; refusing to follow it") }
            throw POSIXFailure(operation: "open", path: path, code: code)
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw OutputRefusal(path: path, reason: "the lock file is not a plain file")
        }
        while flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            if errno == EINTR { continue }
            let code = errno
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            close(descriptor)
            if code == EWOULDBLOCK { throw BuildLockError.busy(output: output.path, holder: holder) }
            throw POSIXFailure(operation: "flock", path: path, code: code)
        }
        // Record who holds it, for the message a second run prints.
        _ = ftruncate(descriptor, 0)
        let text = "pid \(getpid())\n"
        _ = text.withCString { write(descriptor, $0, strlen($0)) }
    }

    deinit {
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// The output is being written by another run.
public enum BuildLockError: Error, CustomStringConvertible {
    case busy(output: String, holder: String?)

    public var description: String {
        switch self {
        case .busy(let output, let holder):
            "another build is writing \(output)\(holder.map { " (\($0))" } ?? ""); wait for it, or pass --wait"
        }
    }
}
