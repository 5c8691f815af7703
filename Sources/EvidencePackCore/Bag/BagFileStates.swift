import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a sealed pack's files looked like when a build last proved it whole: each file's size,
/// inode, modification and change times. When all are unchanged, the pack is as that build left it
/// without hashing every file again (a large pack holds half a gigabyte).
///
/// The change time (`ctime`) cannot be set back by a user: any write, `touch -r` included, moves it.
/// As in git's index, a file whose change time is within two seconds of when the states were taken
/// could have changed again unseen within the file system's timestamp granularity: then the states
/// prove nothing and the pack is verified by its hashes.
public struct BagFileStates: Codable, Sendable, Equatable {
    /// One file's state.
    public struct State: Codable, Sendable, Equatable {
        /// Size in bytes.
        public var size: Int64
        /// Inode number.
        public var inode: UInt64
        /// Modification time, nanoseconds since 1970.
        public var modifiedNanoseconds: Int64
        /// Change time (content or metadata), nanoseconds since 1970.
        public var changedNanoseconds: Int64

        init(_ info: Glibc.stat) {
            size = Int64(info.st_size)
            inode = UInt64(info.st_ino)
            modifiedNanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            changedNanoseconds = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        }

        /// The state of the plain file at `path` (a link is not followed), or nil when there is none.
        static func ofRegularFile(at path: String) -> State? {
            var info = Glibc.stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            return State(info)
        }
    }

    /// States by path relative to the pack folder (`data/pack.json`, `bag-info.txt`).
    public var files: [String: State]
    /// When the states were taken, nanoseconds since 1970.
    public var takenNanoseconds: Int64

    /// The states of every file under `folder`, or nil when it holds anything but plain files and
    /// folders (a link, a pipe) or cannot be read.
    public static func take(of folder: URL) -> BagFileStates? {
        let taken = FileStatIndex.now()
        var files: [String: State] = [:]
        func walk(_ relative: String) -> Bool {
            let path = relative.isEmpty ? folder.path : folder.path + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return false }
            for name in names {
                let child = relative.isEmpty ? name : relative + "/" + name
                var info = Glibc.stat()
                guard lstat(folder.path + "/" + child, &info) == 0 else { return false }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    guard walk(child) else { return false }
                case S_IFREG:
                    files[child] = State(info)
                default:
                    return false
                }
            }
            return true
        }
        guard walk("") else { return nil }
        return BagFileStates(files: files, takenNanoseconds: taken)
    }

    /// Whether `current` (taken now) shows the same files, untouched since these states were taken,
    /// none of them racily close to when they were taken.
    public func provesUnchanged(_ current: BagFileStates) -> Bool {
        guard current.files == files else { return false }
        return files.values.allSatisfy { $0.changedNanoseconds < takenNanoseconds - 2_000_000_000 }
    }
}
