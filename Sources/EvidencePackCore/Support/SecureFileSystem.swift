import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File operations for outputs that hold children's data: files 0600, folders 0700, whatever the umask.
public enum SecureFileSystem {
    /// Permission bits for files written by this tool.
    public static let filePermissions: Int16 = 0o600
    /// Permission bits for folders written by this tool.
    public static let folderPermissions: Int16 = 0o700

    /// Creates a folder (and its parents) readable by the owner only.
    /// Folders that already exist are left as they are (never tighten `/tmp` or a user's home).
    public static func createDirectory(at url: URL) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw POSIXFailure(operation: "mkdir", path: url.path, code: EEXIST) }
            return
        }
        try createDirectory(at: url.deletingLastPathComponent())
        // mkdir applies the umask; chmod afterwards makes the folder 0700 whatever the umask.
        guard mkdir(url.path, mode_t(folderPermissions)) == 0 || errno == EEXIST else {
            throw POSIXFailure(operation: "mkdir", path: url.path, code: errno)
        }
        _ = chmod(url.path, mode_t(folderPermissions))
    }

    /// Makes a file written by another library (libxlsxwriter, a subprocess) readable by the owner only.
    public static func restrict(_ url: URL) throws {
        guard chmod(url.path, mode_t(filePermissions)) == 0 else {
            throw POSIXFailure(operation: "chmod", path: url.path, code: errno)
        }
    }

    /// Writes bytes to a file readable by the owner only, creating parent folders as needed; a
    /// symbolic link planted at the path is refused, never followed; synced to disk unless `syncing`
    /// is false (see `OwnerOnlyFile`).
    public static func write(_ data: Data, to url: URL, syncing: Bool = true) throws {
        let file = try OwnerOnlyFile(creating: url, bufferSize: 0, syncing: syncing)
        try file.write(data)
        try file.close()
    }

    /// Writes text as UTF-8.
    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }

    /// Makes `destination` a second name of the regular file `source` (a file of the pack this build
    /// replaces, already on disk) when its bytes have SHA-256 `sha256`, checked through the new name;
    /// false, with nothing left at `destination`, otherwise (not there, a link, other bytes, another
    /// file system). Costs a read instead of a copy and a sync.
    public static func linkVerified(from source: URL, to destination: URL, sha256: String) -> Bool {
        guard FileKind.of(source.path, followingLinks: false) == .regularFile,
              (try? createDirectory(at: destination.deletingLastPathComponent())) != nil,
              link(source.path, destination.path) == 0 else { return false }
        guard FileKind.of(destination.path, followingLinks: false) == .regularFile,
              (try? FileHashing.sha256(ofNoFollow: destination.path)) == sha256 else {
            unlink(destination.path)
            return false
        }
        return true
    }

    /// `linkVerified` for a file proven to hold the expected bytes while in `state` (see
    /// `PreviousPackProof`): the new name must show the same inode, size and modification time.
    public static func linkProven(from source: URL, to destination: URL, state: BagFileStates.State) -> Bool {
        guard (try? createDirectory(at: destination.deletingLastPathComponent())) != nil,
              link(source.path, destination.path) == 0 else { return false }
        guard let linked = BagFileStates.State.ofRegularFile(at: destination.path), linked.isSameContent(as: state) else {
            unlink(destination.path)
            return false
        }
        return true
    }

    /// Copies a guarded input's bytes into a new owner-only file (streamed), then checks them against
    /// the discovery hash (`GuardedInput.finish()`): a file that changed or was swapped throws.
    public static func copyFile(from input: GuardedInput, to destination: URL, digests: PayloadDigests? = nil) throws {
        let file = try OwnerOnlyFile(creating: destination, bufferSize: 0, digests: digests)
        try input.readChunks { try file.write($0) }
        try file.close()
        try input.finish()
    }
}

/// A failed system call, naming the operation and the path.
public struct POSIXFailure: Error, CustomStringConvertible {
    /// The call (`open`, `write`, `rename`).
    public var operation: String
    /// The path it was called on.
    public var path: String
    /// errno.
    public var code: Int32

    public init(operation: String, path: String, code: Int32) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    public var description: String {
        "\(operation) \(path): \(String(cString: strerror(code)))"
    }
}
