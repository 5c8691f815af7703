import EvidenceModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One input file found by discovery, with the importer chosen for it.
public struct DiscoveredSource: Sendable {
    /// The file's identity and fingerprint.
    public var source: Source
    /// The importer chosen (pinned by the pack, or the most confident), nil when none claims it.
    public var importerID: String?
    /// Options for that importer, from the pin that chose it.
    public var importerOptions: [String: String]
    /// True when a pack rule pinned the importer rather than sniffing.
    public var pinned: Bool
}

/// What discovery found in an inputs folder.
public struct DiscoveryResult: Sendable {
    /// The files, sorted by path bytes.
    public var sources: [DiscoveredSource]
    /// Files skipped or unreadable.
    public var diagnostics: [Diagnostic]
    /// The stat index for the next build: each file's stat as seen before it was read, so a file
    /// changed while being read is read again next time.
    public var statIndex: FileStatIndex
}

/// A pack rule that pins an importer for the files matching a glob.
public struct ImporterPin: Sendable, Hashable {
    /// Which files.
    public var glob: Glob
    /// Which importer id.
    public var importerID: String
    /// Options passed to the importer.
    public var options: [String: String]

    public init(glob: Glob, importerID: String, options: [String: String] = [:]) {
        self.glob = glob
        self.importerID = importerID
        self.options = options
    }
}

/// Walks the inputs folder in a stable order, fingerprints each file and picks its importer.
public struct SourceDiscovery: Sendable {
    /// Bytes read for sniffing.
    public static let probeSize = 8192

    public var registry: ModuleRegistry
    public var pins: [ImporterPin]
    /// The last build's stat index: files whose size, time and inode are unchanged are not re-hashed.
    public var statIndex: FileStatIndex?
    /// The build's own output, cache and lock: never inputs, even inside the inputs folder.
    public var ownFiles: OwnFiles

    public init(registry: ModuleRegistry, pins: [ImporterPin] = [], statIndex: FileStatIndex? = nil, ownFiles: OwnFiles = .none) {
        self.registry = registry
        self.pins = pins
        self.statIndex = statIndex
        self.ownFiles = ownFiles
    }

    /// The importers' ids and versions, in registry order: what a sniffed choice depends on.
    public var sniffingKey: String {
        registry.importers.map { "\($0.descriptor.id)@\($0.descriptor.version)" }.joined(separator: ",")
    }

    /// Every regular file under `root` (hidden files and folders skipped), sorted by path bytes so
    /// the order is the same on every machine; symbolic links that lead outside `root` are refused.
    public func discover(in root: URL) throws -> DiscoveryResult {
        var diagnostics: [Diagnostic] = []
        let paths = try Self.listFiles(in: root, diagnostics: &diagnostics, skipping: ownFiles)
        var sources: [DiscoveredSource] = []
        sources.reserveCapacity(paths.count)
        let sniffingKey = sniffingKey
        var nextIndex = FileStatIndex(writtenNanoseconds: FileStatIndex.now(), sniffedWith: sniffingKey)
        let reuseSniffing = statIndex?.sniffedWith == sniffingKey
        for path in paths {
            // A listed file: said so, since the one-argument form asks the file system whether it is a folder.
            let url = root.appendingPathComponent(path, isDirectory: false)
            do {
                let (discovered, entry) = try discoverOne(path: path, url: url, reuseSniffing: reuseSniffing)
                sources.append(discovered)
                nextIndex.entries[path] = entry
            } catch {
                diagnostics.append(Diagnostic(.error, code: "discover.unreadable",
                    message: "cannot read the file: \(Self.describe(error))",
                    location: SourceLocation(path: path), step: "discover"))
            }
        }
        return DiscoveryResult(sources: sources, diagnostics: diagnostics, statIndex: nextIndex)
    }

    /// Fingerprints and sniffs one file.
    public func discoverOne(path: String, url: URL) throws -> DiscoveredSource {
        try discoverOne(path: path, url: url, reuseSniffing: statIndex?.sniffedWith == sniffingKey).source
    }

    /// Fingerprints and sniffs one file, reusing what the stat index remembers when the file is
    /// unchanged (no read at all then); also returns the file's entry for the next index.
    func discoverOne(path: String, url: URL, reuseSniffing: Bool) throws -> (source: DiscoveredSource, entry: FileStatIndex.Entry) {
        guard let stat = FileStatIndex.stat(url) else {
            throw POSIXFailure(operation: "stat", path: path, code: errno)
        }
        let remembered = statIndex?.unchangedEntry(path: path, stat: stat)
        let mediaType: String
        let sniffedImporterID: String?
        var sha = remembered?.sha256
        if reuseSniffing, let remembered, let rememberedType = remembered.mediaType {
            mediaType = rememberedType
            sniffedImporterID = remembered.sniffedImporterID
        } else {
            let head: [UInt8]
            if sha == nil {
                // The file is read once for both its hash and its head.
                let read = try FileHashing.sha256AndHead(of: url, headSize: Self.probeSize)
                (sha, head) = (read.sha256, read.head)
            } else {
                head = try Self.readHead(of: url)
            }
            let probe = SourceProbe(path: path, head: head, size: stat.size)
            mediaType = MediaTypes.guess(for: probe)
            sniffedImporterID = registry.bestImporter(for: probe)?.descriptor.id
        }
        let sha256 = try sha ?? FileHashing.sha256(of: url)
        let entry = FileStatIndex.Entry(size: stat.size, modifiedNanoseconds: stat.modifiedNanoseconds, inode: stat.inode,
                                        sha256: sha256, mediaType: mediaType, sniffedImporterID: sniffedImporterID)
        let source = Source(path: path, sha256: sha256, size: stat.size, mediaType: mediaType, modified: stat.modifiedSeconds)
        if let pin = pins.first(where: { $0.glob.matches(path) }) {
            return (DiscoveredSource(source: source, importerID: pin.importerID, importerOptions: pin.options, pinned: true), entry)
        }
        return (DiscoveredSource(source: source, importerID: sniffedImporterID, importerOptions: [:], pinned: false), entry)
    }

    /// The first bytes of a file.
    public static func readHead(of url: URL) throws -> [UInt8] {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        return [UInt8](try handle.read(upToCount: probeSize) ?? Data())
    }

    /// Lists one folder's entry names (`FileManager` by default; tests pass a failing one).
    public typealias FolderReader = @Sendable (String) throws -> [String]

    /// Relative paths of all regular files under `root`, sorted by their UTF-8 bytes; the tool's own
    /// files (`skipping`) are left out, and so are links that lead to them. A sub-folder that cannot be
    /// read is one diagnostic, not a stopped build; only an unreadable `root` throws.
    public static func listFiles(in root: URL, diagnostics: inout [Diagnostic], skipping ownFiles: OwnFiles = .none,
                                 readFolder: FolderReader = { try FileManager.default.contentsOfDirectory(atPath: $0) }) throws -> [String] {
        guard let rootInfo = FileKind.of(root.path, followingLinks: true), rootInfo == .folder else {
            throw DiscoveryError.notAFolder(root.path)
        }
        let rootPath = root.path
        let rootReal = root.resolvingSymlinksInPath().standardizedFileURL.path
        let rootResolved = OwnFiles.resolve(root)
        var result: [String] = []
        func walk(_ relative: String) throws {
            let folder = relative.isEmpty ? rootPath : rootPath + "/" + relative
            let unsorted: [String]
            do {
                unsorted = try readFolder(folder)
            } catch where !relative.isEmpty {
                diagnostics.append(Diagnostic(.error, code: "discover.unreadable-folder",
                    message: "skipped: the folder could not be read (\(describe(error))); the files in it are not inputs",
                    location: SourceLocation(path: relative), step: "discover"))
                return
            }
            // Names that are not UTF-8 (Windows-1252 shares) cannot be carried as text: say so by name.
            let undecodable = undecodableNames(in: folder)
            for raw in undecodable where raw.first != UInt8(ascii: ".") {
                let shown = (relative.isEmpty ? "" : relative + "/") + escapedName(raw)
                diagnostics.append(Diagnostic(.warning, code: "discover.name-not-utf8",
                    message: "skipped: the file name is not valid UTF-8 (shown with its bytes escaped; written by a system using another encoding); rename it to read it",
                    location: SourceLocation(path: shown), step: "discover"))
            }
            let names = unsorted.filter { undecodable.isEmpty || !$0.contains("\u{FFFD}") }
                .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            for name in names where !name.hasPrefix(".") {
                let path = relative.isEmpty ? name : relative + "/" + name
                let fullPath = rootPath + "/" + path
                if ownFiles.contains(rootResolved + "/" + path) { continue }
                var kind = FileKind.of(fullPath, followingLinks: false)
                if kind == .link {
                    let target = URL(fileURLWithPath: fullPath).resolvingSymlinksInPath().standardizedFileURL.path
                    guard target == rootReal || target.hasPrefix(rootReal + "/") else {
                        diagnostics.append(Diagnostic(.warning, code: "discover.symlink-outside",
                            message: "skipped: a symbolic link that points outside the inputs folder",
                            location: SourceLocation(path: path), step: "discover"))
                        continue
                    }
                    if ownFiles.contains(OwnFiles.resolve(URL(fileURLWithPath: fullPath))) { continue }
                    // A link to a folder is not walked, so links can never make a loop.
                    kind = FileKind.of(fullPath, followingLinks: true)
                    if kind == .folder { continue }
                }
                if kind == nil, errno == ENAMETOOLONG {
                    diagnostics.append(Diagnostic(.warning, code: "discover.path-too-long",
                        message: "skipped: the path is longer than the system allows (\(fullPath.utf8.count) bytes); move the file higher up",
                        location: SourceLocation(path: path), step: "discover"))
                    continue
                }
                switch kind {
                case nil, .link?:
                    diagnostics.append(Diagnostic(.warning, code: "discover.dangling",
                        message: "skipped: the file vanished or is a broken link",
                        location: SourceLocation(path: path), step: "discover"))
                case .folder?:
                    try walk(path)
                case .regularFile?:
                    result.append(path)
                case .special?:
                    // A FIFO or device would block or never end when read.
                    diagnostics.append(Diagnostic(.warning, code: "discover.not-a-file",
                        message: "skipped: not a regular file (a pipe, socket or device)",
                        location: SourceLocation(path: path), step: "discover"))
                }
            }
        }
        try walk("")
        return result.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// The entries of a folder whose names are not valid UTF-8, as bytes (read with `readdir`, which
    /// gives names as the file system holds them).
    static func undecodableNames(in folder: String) -> [[UInt8]] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(directory) {
            // The name is read in place, up to its NUL. Copying `entry.pointee.d_name` would copy all
            // 256 bytes the struct declares, but readdir's entries are only as long as their name: the
            // last one of a large folder can end at a page boundary, and the copy then crashed the build.
            let name = UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self)
            let bytes = Array(UnsafeRawBufferPointer(start: name, count: strlen(name)))
            if String(validating: bytes, as: UTF8.self) == nil { names.append(bytes) }
        }
        return names
    }

    /// A name's bytes for people: ASCII as is, anything else as `\xE9`.
    static func escapedName(_ bytes: [UInt8]) -> String {
        bytes.map { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\\") ? String(UnicodeScalar($0)) : String(format: "\\x%02X", $0) }.joined()
    }

    /// Whether a discovered path still resolves to somewhere inside `root`, links followed: checked
    /// again just before import, because a file can be swapped for a link between the two steps.
    /// `resolvedRoot` is `realPath(root.path)` when the caller asks for many files of one root
    /// (the import step resolves it once, not once per file).
    public static func leadsInside(_ path: String, root: URL, resolvedRoot: String? = nil) -> Bool {
        // realpath(3) first: Foundation's resolving cost a few hundred microseconds a file, asked
        // for every source of a large tree. It is the fallback for a path realpath cannot resolve
        // (a file deleted since discovery), which it resolves as far as it can.
        let joined = root.path.hasSuffix("/") ? root.path + path : root.path + "/" + path
        if let rootReal = resolvedRoot ?? realPath(root.path), let target = realPath(joined) {
            return target.hasPrefix(rootReal == "/" ? "/" : rootReal + "/")
        }
        let rootReal = root.resolvingSymlinksInPath().standardizedFileURL.path
        let target = root.appendingPathComponent(path).resolvingSymlinksInPath().standardizedFileURL.path
        return target.hasPrefix(rootReal + "/")
    }

    /// The absolute path with every symbolic link, `.` and `..` resolved, or nil when it cannot be.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// An error in plain words (a POSIX failure, a guarded-read refusal, else its localized description).
    public static func describe(_ error: Error) -> String {
        if let posix = error as? POSIXFailure { return posix.description }
        if let guarded = error as? GuardedInputError { return guarded.description }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}

/// What a directory entry is, from one `lstat(2)` (or `stat(2)` when following links).
enum FileKind: Equatable {
    case folder, link, regularFile, special

    /// The kind of the entry at `path`, nil when it does not exist (or a followed link is broken).
    static func of(_ path: String, followingLinks: Bool) -> FileKind? {
        var info = Glibc.stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        case S_IFREG: return .regularFile
        default: return .special
        }
    }
}

/// Why discovery could not start.
public enum DiscoveryError: Error, CustomStringConvertible {
    case notAFolder(String)

    public var description: String {
        switch self {
        case .notAFolder(let path): "the inputs folder does not exist or is not a folder: \(path)"
        }
    }
}

/// Media types from names and first bytes.
public enum MediaTypes {
    /// A media type for a probe: by magic bytes first, then by extension.
    public static func guess(for probe: SourceProbe) -> String {
        let head = probe.head
        if head.starts(with: Array("%PDF".utf8)) { return "application/pdf" }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            switch probe.fileExtension {
            case "docx": return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            case "xlsx": return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            case "pptx": return "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            case "odt": return "application/vnd.oasis.opendocument.text"
            case "ods": return "application/vnd.oasis.opendocument.spreadsheet"
            default: return "application/zip"
            }
        }
        switch probe.fileExtension {
        case "csv": return "text/csv"
        case "tsv": return "text/tab-separated-values"
        case "htm", "html", "aspx", "asp": return "text/html"
        case "xml": return "application/xml"
        case "json": return "application/json"
        case "txt", "text": return "text/plain"
        case "md": return "text/markdown"
        case "doc": return "application/msword"
        case "xls": return "application/vnd.ms-excel"
        case "pdf": return "application/pdf"
        default: break
        }
        if probe.headContains("<html") || probe.headContains("<!doctype html") { return "text/html" }
        if head.contains(0) { return "application/octet-stream" }
        return "text/plain"
    }
}
