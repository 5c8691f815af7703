import EvidenceModel
import Foundation

/// One input file found by discovery, with the importer chosen for it.
public struct DiscoveredSource: Sendable {
    /// The file's identity and fingerprint.
    public var source: Source
    /// What importers sniffed.
    public var probe: SourceProbe
    /// The importer chosen (pinned by the pack, or the most confident), nil when none claims it.
    public var importerID: String?
    /// Options for that importer, from the pin that chose it.
    public var importerOptions: [String: String]
    /// True when a pack rule pinned the importer rather than sniffing.
    public var pinned: Bool
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

    public init(registry: ModuleRegistry, pins: [ImporterPin] = [], statIndex: FileStatIndex? = nil) {
        self.registry = registry
        self.pins = pins
        self.statIndex = statIndex
    }

    /// Every regular file under `root` (hidden files and folders skipped), sorted by path bytes so
    /// the order is the same on every machine; symbolic links that lead outside `root` are refused.
    public func discover(in root: URL) throws -> (sources: [DiscoveredSource], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let paths = try Self.listFiles(in: root, diagnostics: &diagnostics)
        var sources: [DiscoveredSource] = []
        for path in paths {
            let url = root.appendingPathComponent(path)
            do {
                sources.append(try discoverOne(path: path, url: url))
            } catch {
                diagnostics.append(Diagnostic(.error, code: "discover.unreadable",
                    message: "cannot read the file: \(Self.describe(error))",
                    location: SourceLocation(path: path), step: "discover"))
            }
        }
        return (sources, diagnostics)
    }

    /// Fingerprints and sniffs one file.
    public func discoverOne(path: String, url: URL) throws -> DiscoveredSource {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970
        let head = try Self.readHead(of: url)
        let probe = SourceProbe(path: path, head: head, size: size)
        let sha = try statIndex?.cachedHash(path: path, url: url) ?? FileHashing.sha256(of: url)
        let source = Source(path: path, sha256: sha, size: size, mediaType: MediaTypes.guess(for: probe), modified: modified)
        if let pin = pins.first(where: { $0.glob.matches(path) }) {
            return DiscoveredSource(source: source, probe: probe, importerID: pin.importerID, importerOptions: pin.options, pinned: true)
        }
        let importer = registry.bestImporter(for: probe)
        return DiscoveredSource(source: source, probe: probe, importerID: importer?.descriptor.id, importerOptions: [:], pinned: false)
    }

    /// The first bytes of a file.
    public static func readHead(of url: URL) throws -> [UInt8] {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        return [UInt8](try handle.read(upToCount: probeSize) ?? Data())
    }

    /// Relative paths of all regular files under `root`, sorted by their UTF-8 bytes.
    public static func listFiles(in root: URL, diagnostics: inout [Diagnostic]) throws -> [String] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiscoveryError.notAFolder(root.path)
        }
        let rootReal = root.resolvingSymlinksInPath().standardizedFileURL.path
        var result: [String] = []
        func walk(_ relative: String) throws {
            let folder = relative.isEmpty ? root : root.appendingPathComponent(relative)
            let names = try fm.contentsOfDirectory(atPath: folder.path).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            for name in names where !name.hasPrefix(".") {
                let path = relative.isEmpty ? name : relative + "/" + name
                let url = root.appendingPathComponent(path)
                let linkAttributes = try? fm.attributesOfItem(atPath: url.path)
                if (linkAttributes?[.type] as? FileAttributeType) == .typeSymbolicLink {
                    let target = url.resolvingSymlinksInPath().standardizedFileURL.path
                    guard target == rootReal || target.hasPrefix(rootReal + "/") else {
                        diagnostics.append(Diagnostic(.warning, code: "discover.symlink-outside",
                            message: "skipped: a symbolic link that points outside the inputs folder",
                            location: SourceLocation(path: path), step: "discover"))
                        continue
                    }
                }
                var isFolder: ObjCBool = false
                guard fm.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                    diagnostics.append(Diagnostic(.warning, code: "discover.dangling",
                        message: "skipped: the file vanished or is a broken link",
                        location: SourceLocation(path: path), step: "discover"))
                    continue
                }
                if isFolder.boolValue {
                    if (linkAttributes?[.type] as? FileAttributeType) == .typeSymbolicLink { continue }  // no loops
                    try walk(path)
                } else {
                    result.append(path)
                }
            }
        }
        try walk("")
        return result.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// Whether a discovered path still resolves to somewhere inside `root`, links followed: checked
    /// again just before import, because a file can be swapped for a link between the two steps.
    public static func leadsInside(_ path: String, root: URL) -> Bool {
        let rootReal = root.resolvingSymlinksInPath().standardizedFileURL.path
        let target = root.appendingPathComponent(path).resolvingSymlinksInPath().standardizedFileURL.path
        return target.hasPrefix(rootReal + "/")
    }

    static func describe(_ error: Error) -> String {
        if let posix = error as? POSIXFailure { return posix.description }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
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
        let text = probe.headText
        if text.contains("<html") || text.contains("<!doctype html") { return "text/html" }
        if head.contains(0) { return "application/octet-stream" }
        return "text/plain"
    }
}
