import Foundation

/// What discovery remembers of each input between runs, like git's index: when a file's size,
/// modification time and inode are unchanged, its SHA-256, media type and sniffed importer are reused
/// instead of re-reading the file.
public struct FileStatIndex: Codable, Sendable {
    /// One file's remembered state.
    public struct Entry: Codable, Sendable, Equatable {
        /// Size in bytes.
        public var size: Int64
        /// Modification time, nanoseconds since 1970.
        public var modifiedNanoseconds: Int64
        /// Inode number (a replaced file gets a new one even with the same size and time).
        public var inode: UInt64
        /// The SHA-256 computed when this state was seen.
        public var sha256: String
        /// The media type guessed from the name and first bytes (absent in indexes of older versions).
        public var mediaType: String?
        /// The importer sniffing chose, pins aside; nil when none claimed the file or `mediaType` is absent.
        public var sniffedImporterID: String?

        public init(size: Int64, modifiedNanoseconds: Int64, inode: UInt64, sha256: String,
                    mediaType: String? = nil, sniffedImporterID: String? = nil) {
            self.size = size
            self.modifiedNanoseconds = modifiedNanoseconds
            self.inode = inode
            self.sha256 = sha256
            self.mediaType = mediaType
            self.sniffedImporterID = sniffedImporterID
        }
    }

    /// A file's `stat(2)` fields that tell whether it changed.
    public struct FileStat: Sendable, Equatable {
        /// Size in bytes.
        public var size: Int64
        /// Modification time, nanoseconds since 1970.
        public var modifiedNanoseconds: Int64
        /// Inode number.
        public var inode: UInt64

        /// The modification time in seconds since 1970.
        public var modifiedSeconds: Double { Double(modifiedNanoseconds) / 1_000_000_000 }
    }

    /// Entries by relative path.
    public var entries: [String: Entry]
    /// When the index was made, nanoseconds since 1970 (for git's "racily clean" rule).
    public var writtenNanoseconds: Int64
    /// The importers (id@version, in registry order) whose sniffing chose `sniffedImporterID`: with
    /// other modules the choice may differ, so it is reused only when this matches.
    public var sniffedWith: String?

    public init(entries: [String: Entry] = [:], writtenNanoseconds: Int64 = 0, sniffedWith: String? = nil) {
        self.entries = entries
        self.writtenNanoseconds = writtenNanoseconds
        self.sniffedWith = sniffedWith
    }

    /// Now, in nanoseconds since 1970.
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// The current stat of a file (links followed), or nil with `errno` set.
    public static func stat(_ url: URL) -> FileStat? {
        var info = Glibc.stat()
        guard posixStat(url.path, &info) == 0 else { return nil }
        let nanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        return FileStat(size: Int64(info.st_size), modifiedNanoseconds: nanoseconds, inode: UInt64(info.st_ino))
    }

    /// The remembered entry when the file's stat still matches it, else nil.
    public func unchangedEntry(path: String, stat current: FileStat) -> Entry? {
        guard let entry = entries[path], entry.size == current.size,
              entry.modifiedNanoseconds == current.modifiedNanoseconds, entry.inode == current.inode else { return nil }
        // A file modified within two seconds of being indexed could have changed again unseen within the
        // file system's timestamp granularity: git's "racily clean" rule. Such entries are re-read.
        guard entry.modifiedNanoseconds < writtenNanoseconds - 2_000_000_000 else { return nil }
        return entry
    }

    /// The remembered hash when the file's stat still matches, else nil.
    public func cachedHash(path: String, url: URL) -> String? {
        guard let current = Self.stat(url) else { return nil }
        return unchangedEntry(path: path, stat: current)?.sha256
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// `stat(2)`, at file scope where the name is not shadowed by `FileStatIndex.stat`.
private func posixStat(_ path: String, _ info: inout Glibc.stat) -> Int32 {
    stat(path, &info)
}
