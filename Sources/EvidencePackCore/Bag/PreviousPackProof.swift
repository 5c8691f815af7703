import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The payload files of the pack a build replaces that are provably as the build which last proved
/// that pack whole left them, each with its SHA-256 from the pack's manifest: carrying them over then
/// needs no hashing (on a large pack the lists, pack.json and pack.xml are a quarter of a gigabyte,
/// hashed again on every nightly build).
///
/// A file is proven when its state (size, inode, modification and change times) is the one the
/// cache's build stamp recorded and was settled when recorded (`BagFileStates.isSettled`). The
/// manifest giving its digest is checked by content: its SHA-256 is the one the tag manifest gives,
/// whose own SHA-256 the stamp recorded (the manifest is written moments before the stamp is taken,
/// too late for its state to prove anything). The stamp's build wrote those bytes and their digests,
/// or hashed every file against the manifest after taking the states; any write since, `touch -r`
/// included, moves a file's change time, and a file replaced has another inode.
///
/// The states are compared once, when the proof is made, before this build removes the pack from
/// the build before last: files carried over by linking share their inode with that pack, and
/// unlinking its names moves their change time too. From then on a proven file must still show the
/// same inode, size and modification time (`State.isSameContent`), which any write moves.
public struct PreviousPackProof: Sendable {
    /// The payload folder (`data/`).
    let payload: URL
    /// The proven files, by path relative to `data/`.
    let files: [String: ProvenFile]

    /// A proven payload file: its digest and the state it was proven in.
    public struct ProvenFile: Sendable, Equatable {
        public var sha256: String
        public var state: BagFileStates.State
    }

    /// The proof for the pack at `folder` from the build stamp that recorded it; nil when the stamp
    /// recorded no states or the pack's manifests are not the ones it sealed.
    public init?(pack folder: URL, stamp: ImportCache.BuildStamp?) {
        guard let stamp, let recorded = stamp.outputFiles,
              let tagManifest = Self.contents(of: folder.appendingPathComponent("tagmanifest-sha256.txt").path, limit: 1 << 20),
              FileHashing.sha256(of: tagManifest) == stamp.tagManifestSHA256,
              let tagText = String(validating: tagManifest, as: UTF8.self),
              let manifestHash = Self.digests(inManifest: tagText)?["manifest-sha256.txt"],
              let manifest = Self.contents(of: folder.appendingPathComponent("manifest-sha256.txt").path, limit: 1 << 28),
              FileHashing.sha256(of: manifest) == manifestHash,
              let text = String(validating: manifest, as: UTF8.self), let entries = Self.digests(inManifest: text) else { return nil }
        let racyWindow = BagFileStates.racyWindowNanoseconds(forFolder: folder.path)
        let payload = folder.appendingPathComponent("data")
        var files: [String: ProvenFile] = [:]
        for (path, sha256) in entries {
            guard path.hasPrefix("data/") else { return nil }
            let relative = String(path.dropFirst(5))
            guard let state = recorded.files[path], recorded.isSettled(state, racyWindowNanoseconds: racyWindow),
                  BagFileStates.State.ofRegularFile(at: payload.path + "/" + relative) == state else { continue }
            files[relative] = ProvenFile(sha256: sha256, state: state)
        }
        self.payload = payload
        self.files = files
    }

    /// The payload file `relativePath` (under `data/`) when it was proven and still shows the same
    /// content (inode, size, modification time); nil otherwise.
    public func proven(_ relativePath: String) -> ProvenFile? {
        guard let file = files[relativePath],
              let now = BagFileStates.State.ofRegularFile(at: payload.path + "/" + relativePath), now.isSameContent(as: file.state) else { return nil }
        return file
    }

    /// How many payload files are proven.
    public var count: Int { files.count }

    /// SHA-256 by path from a BagIt manifest's lines; nil when one is malformed.
    static func digests(inManifest text: String) -> [String: String]? {
        var digests: [String: String] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let (hash, path) = BagIt.splitManifestLine(String(line)) else { return nil }
            digests[path] = hash.lowercased()
        }
        return digests
    }

    /// The bytes of the plain file at `path` (a link is not followed), or nil when there is none or
    /// it holds more than `limit` bytes.
    static func contents(of path: String, limit: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard let state = BagFileStates.State.ofOpenFile(descriptor), state.size <= limit else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(state.size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + filled, $0.count - filled, off_t(filled)) }
            guard count > 0 else { return nil }
            filled += count
        }
        return bytes
    }
}

extension BagFileStates.State {
    /// The state of an open plain file, or nil.
    static func ofOpenFile(_ descriptor: Int32) -> BagFileStates.State? {
        var info = Glibc.stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return BagFileStates.State(info)
    }

    /// Whether this is still the same file with the same contents: inode, size and modification
    /// time (`link` and `unlink` of another name move only the change time).
    func isSameContent(as other: BagFileStates.State) -> Bool {
        inode == other.inode && size == other.size && modifiedNanoseconds == other.modifiedNanoseconds
    }
}
