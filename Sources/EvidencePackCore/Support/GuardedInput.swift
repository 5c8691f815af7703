import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An input file opened for reading after discovery, through the one path every such read takes.
///
/// Discovery fingerprints each file; between then and a later read (an evidence file copied into the
/// pack, an Annex A list re-read for the workbook) the file could be swapped for a symbolic link to
/// somewhere else. Here the path is walked one component at a time from the inputs root with
/// `O_NOFOLLOW`: a link is resolved by hand and followed only while it stays inside the root, so the
/// file opened is always inside the inputs. When there is a discovery fingerprint, the bytes are
/// hashed as they are read, and `finish()` fails when they are not the ones discovery fingerprinted.
public final class GuardedInput {
    /// The path relative to the inputs root (what errors name).
    public let relativePath: String
    /// The discovery fingerprint the bytes must match; nil when the caller has none (tests, `import FILE`).
    public let expectedSHA256: String?
    /// Bytes read so far.
    public private(set) var bytesRead: Int64 = 0
    private var descriptor: Int32
    /// Only when there is a fingerprint to check: hashing costs a tenth of a CSV validation's time.
    private var hasher: SHA256?
    private var reachedEnd = false

    /// Symbolic links followed in one path before it is taken for a loop (the kernel's own limit).
    static let maximumLinkHops = 40

    private init(relativePath: String, descriptor: Int32, expectedSHA256: String?) {
        self.relativePath = relativePath
        self.descriptor = descriptor
        self.expectedSHA256 = expectedSHA256
        self.hasher = expectedSHA256 == nil ? nil : SHA256()
    }

    deinit { close() }

    /// Opens `relativePath` under `root` without following any link out of `root`; refuses what is not
    /// a regular file. `expectedSHA256` is the discovery hash `finish()` checks the bytes against.
    public static func open(relativePath: String, root: URL, expectedSHA256: String?) throws -> GuardedInput {
        let descriptor = try BeneathResolver(root: root, relativePath: relativePath).openRegularFile()
        return GuardedInput(relativePath: relativePath, descriptor: descriptor, expectedSHA256: expectedSHA256)
    }

    /// The discovery fingerprint to check a read against: `sha256` when it is one (64 hex digits, as
    /// discovery always records), nil for a source made without one (a test's, `import FILE`'s stub).
    public static func expectation(_ sha256: String) -> String? {
        sha256.utf8.count == 64 && sha256.allSatisfy(\.isHexDigit) ? sha256 : nil
    }

    /// Reads the whole file through the guarded path and checks it against `expectedSHA256`: for a
    /// file another program reads by name (an external importer), checked before and after it runs.
    public static func verify(relativePath: String, root: URL, expectedSHA256: String?) throws {
        try open(relativePath: relativePath, root: root, expectedSHA256: expectedSHA256).finish()
    }

    /// The open file's size in bytes (from `fstat`, so it is the file read, not whatever the path names now).
    public var fileSize: Int64 {
        var status = stat()
        guard descriptor >= 0, fstat(descriptor, &status) == 0 else { return 0 }
        return Int64(status.st_size)
    }

    /// Reads up to `buffer.count` bytes (fewer only at the end of the file); 0 at the end.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0, descriptor >= 0 else { return 0 }
        var total = 0
        while total < buffer.count {
            let count = systemRead(descriptor, base + total, buffer.count - total)
            if count < 0, errno == EINTR { continue }
            if count < 0 { throw POSIXFailure(operation: "read", path: relativePath, code: errno) }
            if count == 0 { reachedEnd = true; break }
            total += count
        }
        hasher?.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[0..<total]))
        bytesRead += Int64(total)
        return total
    }

    /// Reads up to `count` bytes as an array; empty at the end of the file.
    public func read(upToCount count: Int) throws -> [UInt8] {
        try [UInt8](unsafeUninitializedCapacity: max(0, count)) { buffer, initialized in
            initialized = try read(into: UnsafeMutableRawBufferPointer(buffer))
        }
    }

    /// Reads the rest of the file through a 1 MiB buffer, handing each chunk to `body`.
    public func readChunks(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = try read(into: buffer)
            if count == 0 { break }
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    /// Reads whatever is left (hashing it when there is a fingerprint), then checks the whole file against the discovery hash;
    /// throws `GuardedInputError.changedSinceDiscovery` on a mismatch. Closes the file.
    public func finish() throws {
        defer { close() }
        guard let expectedSHA256 else { return }
        if !reachedEnd { try readChunks { _ in } }
        guard let hasher else { return }
        let actual = FileHashing.hex(hasher.finalize())
        guard actual == expectedSHA256.lowercased() else {
            throw GuardedInputError.changedSinceDiscovery(path: relativePath, expected: expectedSHA256, actual: actual)
        }
    }

    /// A path that names the file this input opened (not whatever its name leads to now), for libraries
    /// that open by path and seek (a zip reader): `/proc/self/fd/N` on Linux, `/dev/fd/N` elsewhere.
    /// Valid until the input is closed.
    public var openedFilePath: String {
        #if os(Linux)
        "/proc/self/fd/\(descriptor)"
        #else
        "/dev/fd/\(descriptor)"
        #endif
    }

    /// Hashes the whole open file from its first byte (with `pread`, leaving the read position alone)
    /// and throws `GuardedInputError.changedSinceDiscovery` when it is not what discovery fingerprinted.
    /// For readers that read through `openedFilePath` rather than `read`; does nothing without a hash.
    public func verifyContents() throws {
        guard let expectedSHA256, descriptor >= 0 else { return }
        var hasher = SHA256()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        var offset: off_t = 0
        while true {
            let count = pread(descriptor, buffer.baseAddress, buffer.count, offset)
            if count < 0, errno == EINTR { continue }
            if count < 0 { throw POSIXFailure(operation: "read", path: relativePath, code: errno) }
            if count == 0 { break }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            offset += off_t(count)
        }
        let actual = FileHashing.hex(hasher.finalize())
        guard actual == expectedSHA256.lowercased() else {
            throw GuardedInputError.changedSinceDiscovery(path: relativePath, expected: expectedSHA256, actual: actual)
        }
    }

    /// Closes the file (also done when the value goes away).
    public func close() {
        if descriptor >= 0 { _ = systemClose(descriptor) }
        descriptor = -1
    }
}

/// Why a guarded read refused or failed; each names the file relative to the inputs.
public enum GuardedInputError: Error, CustomStringConvertible, Equatable {
    /// A component of the path is (or became) a symbolic link that leads outside the inputs folder.
    case outsideInputs(path: String)
    /// The path names a folder, pipe, socket or device, not a regular file.
    case notARegularFile(path: String)
    /// Links within links past the kernel's limit.
    case tooManyLinks(path: String)
    /// The bytes read are not the ones discovery fingerprinted.
    case changedSinceDiscovery(path: String, expected: String, actual: String)

    public var description: String {
        switch self {
        case .outsideInputs(let path):
            "\(path): not read: it is now a symbolic link that leads outside the inputs folder"
        case .notARegularFile(let path):
            "\(path): not read: it is no longer a regular file"
        case .tooManyLinks(let path):
            "\(path): not read: too many levels of symbolic links"
        case .changedSinceDiscovery(let path, let expected, let actual):
            "\(path): the file changed during the build (SHA-256 \(actual), discovery read \(expected)); the pack is not sealed, run the build again"
        }
    }
}

/// Walks a relative path from the inputs root, one `openat(O_NOFOLLOW)` per component, following
/// links by hand only while they stay beneath the root (like Linux's `openat2(RESOLVE_BENEATH)`).
struct BeneathResolver {
    let root: URL
    let relativePath: String

    /// The open file descriptor of the regular file the path leads to.
    func openRegularFile() throws -> Int32 {
        let rootDescriptor = systemOpen(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard rootDescriptor >= 0 else { throw POSIXFailure(operation: "open", path: root.path, code: errno) }
        // The folders walked into, root first; `..` steps back out of the last, never past the root.
        var folders: [Int32] = [rootDescriptor]
        defer { folders.forEach { _ = systemClose($0) } }
        var pending = Self.components(relativePath)
        var hops = 0
        while !pending.isEmpty {
            let name = pending.removeFirst()
            if name == "." { continue }
            if name == ".." {
                guard folders.count > 1 else { throw GuardedInputError.outsideInputs(path: relativePath) }
                _ = systemClose(folders.removeLast())
                continue
            }
            let folder = folders[folders.count - 1]
            var info = stat()
            guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                throw POSIXFailure(operation: "open", path: relativePath, code: errno)
            }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                hops += 1
                guard hops <= GuardedInput.maximumLinkHops else { throw GuardedInputError.tooManyLinks(path: relativePath) }
                let target = try linkTarget(in: folder, name: name)
                if target.hasPrefix("/") {
                    // An absolute target counts only when it names a place beneath the root.
                    pending = try pathBeneathRoot(target) + pending
                    while folders.count > 1 { _ = systemClose(folders.removeLast()) }
                } else {
                    pending = Self.components(target) + pending
                }
            case S_IFDIR where !pending.isEmpty:
                let next = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard next >= 0 else { throw refusal(errno) }
                folders.append(next)
            case S_IFREG where pending.isEmpty:
                // O_NONBLOCK: a file swapped for a pipe since the check must not hang the open.
                let file = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
                guard file >= 0 else { throw refusal(errno) }
                var opened = stat()
                guard fstat(file, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG else {
                    _ = systemClose(file)
                    throw GuardedInputError.notARegularFile(path: relativePath)
                }
                _ = fcntl(file, F_SETFL, fcntl(file, F_GETFL) & ~O_NONBLOCK)
                return file
            case S_IFREG:
                throw POSIXFailure(operation: "open", path: relativePath, code: ENOTDIR)
            default:
                throw GuardedInputError.notARegularFile(path: relativePath)
            }
        }
        throw GuardedInputError.notARegularFile(path: relativePath)
    }

    /// `ELOOP` means the entry became a link between the check and the open: refused as outside.
    private func refusal(_ code: Int32) -> Error {
        code == ELOOP ? GuardedInputError.outsideInputs(path: relativePath) : POSIXFailure(operation: "open", path: relativePath, code: code)
    }

    /// What a link says, read without following it.
    private func linkTarget(in folder: Int32, name: String) throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlinkat(folder, name, &buffer, buffer.count - 1)
        guard count >= 0 else { throw POSIXFailure(operation: "readlink", path: relativePath, code: errno) }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The components of an absolute link target below the root (its real path), else a refusal.
    private func pathBeneathRoot(_ target: String) throws -> [String] {
        for rootPath in Set([root.standardizedFileURL.path, root.resolvingSymlinksInPath().standardizedFileURL.path]) {
            let prefix = rootPath.hasSuffix("/") ? rootPath : rootPath + "/"
            let standardized = URL(fileURLWithPath: target).standardizedFileURL.path
            if standardized.hasPrefix(prefix) { return Self.components(String(standardized.dropFirst(prefix.count))) }
        }
        throw GuardedInputError.outsideInputs(path: relativePath)
    }

    static func components(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
private let systemClose = Glibc.close
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 { Glibc.open(path, flags) }
#elseif canImport(Darwin)
private let systemRead = Darwin.read
private let systemClose = Darwin.close
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 { Darwin.open(path, flags) }
#endif
