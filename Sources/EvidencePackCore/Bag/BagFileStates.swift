import CFileSystemType
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a sealed pack's files looked like when a build last proved it whole: each file's size,
/// inode, modification and change times. When all are unchanged, the pack is as that build left it
/// without hashing every file again (a large pack holds half a gigabyte).
///
/// The change time (`ctime`) cannot be set back by a user: any write, `touch -r` included, moves it.
/// As in git's index, a file whose change time is racily close to when the states were taken could
/// have changed again unseen within the file system's timestamp granularity: then the states prove
/// nothing and the pack is verified by its hashes. How close is racy depends on the file system: a
/// tenth of a second where inodes keep nanoseconds, two seconds elsewhere (`racyWindowNanoseconds`).
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
        public static func ofRegularFile(at path: String) -> State? {
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
    /// none of them racily close to when they were taken (see `racyWindowNanoseconds(forFolder:)`).
    public func provesUnchanged(_ current: BagFileStates, racyWindowNanoseconds: Int64 = BagFileStates.coarseRacyWindow) -> Bool {
        guard current.files == files else { return false }
        return files.values.allSatisfy { isSettled($0, racyWindowNanoseconds: racyWindowNanoseconds) }
    }

    /// Whether `state` (as recorded here) was old enough when the states were taken that any later
    /// change would show in its change time.
    public func isSettled(_ state: State, racyWindowNanoseconds: Int64) -> Bool {
        // Whole seconds only: the file system may round, whatever its type says.
        let window = state.hasSubsecondTimes ? racyWindowNanoseconds : max(racyWindowNanoseconds, Self.coarseRacyWindow)
        return state.changedNanoseconds < takenNanoseconds - window
    }

    /// The window for a file system whose timestamps may be as coarse as FAT's two seconds.
    public static let coarseRacyWindow: Int64 = 2_000_000_000

    /// The window for the local file systems that stamp changes in nanoseconds from the kernel's
    /// coarse clock, which lags the real one by at most a scheduler tick (10 ms at 100 Hz).
    public static let fineRacyWindow: Int64 = 100_000_000

    /// How close to the taking a change time may be and still prove nothing, for the file system
    /// holding `path`: `fineRacyWindow` on ext4, XFS, Btrfs, tmpfs, F2FS, ZFS and overlayfs, whose
    /// inodes keep nanoseconds; `coarseRacyWindow` on any other (FAT, network file systems) or when
    /// it cannot be told. A state without a fraction of a second is judged by the coarse window whatever
    /// the file system (ext2 and ext3 with small inodes keep whole seconds under ext4's magic number).
    public static func racyWindowNanoseconds(forFolder path: String) -> Int64 {
        // ext2/3/4, XFS, Btrfs, tmpfs, F2FS, ZFS, overlayfs (linux/magic.h).
        let nanosecondFileSystems: Set<Int64> = [0xEF53, 0x5846_5342, 0x9123_683E, 0x0102_1994, 0xF2F5_2010, 0x2FC1_2FC1, 0x794C_7630]
        return nanosecondFileSystems.contains(evidence_pack_file_system_type(path)) ? fineRacyWindow : coarseRacyWindow
    }
}

extension BagFileStates.State {
    /// Whether the modification or change time has a fraction of a second (a file system keeping
    /// whole seconds never shows one; one keeping nanoseconds almost always does).
    public var hasSubsecondTimes: Bool {
        modifiedNanoseconds % 1_000_000_000 != 0 || changedNanoseconds % 1_000_000_000 != 0
    }
}
