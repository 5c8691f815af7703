import EvidenceModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps what each importer yielded, keyed by the source's SHA-256, the importer's id and version,
/// its options and the reference date, so a nightly rebuild over unchanged inputs re-imports nothing.
///
/// The cache holds children's data (Annex A rows): its folder is 0700 and its files 0600. Entries not
/// used by a build are removed at the end of that build, so it never grows without bound.
public struct ImportCache: Sendable {
    /// The cache folder.
    public let folder: URL

    /// The cache format; bump to invalidate every entry. 3: entries deflated (`CompressedEntryFile`);
    /// 4: entries in `CompactBinary` instead of JSON; 5: entries may hold deferred date checks, and an
    /// importer that defers them is keyed by what the date still decides, not by the date; 6: entries
    /// in one segment file with an index (`ImportCacheSegments`) instead of one file each.
    static let formatVersion = "6"

    /// The entries on disk (`imports/`), shared by every copy of this value.
    let segments: ImportCacheSegments

    public init(folder: URL) {
        self.folder = folder
        segments = ImportCacheSegments(folder: folder.appendingPathComponent("imports"))
    }

    /// A cached import result.
    public struct Entry: Codable, Sendable {
        /// The records (ids and provenance included).
        public var records: [Record]
        /// The diagnostics (without the deferred date checks' findings).
        public var diagnostics: [Diagnostic]
        /// A `DateDeferringImporter`'s checks against the reference date, in `CompactBinary`: run on
        /// each build that reuses the entry (nil: the diagnostics are complete).
        public var dateChecks: [UInt8]?

        public init(records: [Record], diagnostics: [Diagnostic], dateChecks: [UInt8]? = nil) {
            self.records = records
            self.diagnostics = diagnostics
            self.dateChecks = dateChecks
        }
    }

    /// The key of one import. `dateKey`: what of the reference date the import depends on (see
    /// `dateKey(for:referenceDate:options:)`).
    public static func key(source: Source, importer: ModuleDescriptor, options: [String: String],
                           packOptions: [String: String], dateKey date: String) -> String {
        var text = "\(formatVersion)|\(source.path)|\(source.sha256)|\(importer.id)|\(importer.version)|\(date)"
        for (key, value) in options.sorted(by: { $0.key < $1.key }) { text += "|o:\(key)=\(value)" }
        for (key, value) in packOptions.sorted(by: { $0.key < $1.key }) { text += "|p:\(key)=\(value)" }
        return FileHashing.sha256(of: Array(text.utf8))
    }

    /// What of the reference date an import depends on: nothing ("-") for an importer that does not
    /// read it, what it still decides for one that defers its date checks (e.g. the Annex A template
    /// the date selects), else the date itself. A next-day build thus reuses every import but those.
    public static func dateKey(for importer: any Importer, referenceDate: CalendarDate, options: [String: String]) -> String {
        if let deferring = importer as? any DateDeferringImporter {
            return "deferred:" + deferring.readingKey(referenceDate: referenceDate, options: options)
        }
        return importer.descriptor.readsReferenceDate ? referenceDate.iso8601 : "-"
    }

    /// The cached entry, or nil when absent or unreadable (a damaged entry is simply re-imported).
    public func entry(for key: String) -> Entry? {
        guard let file = segments.bytes(for: key), let encoded = CompressedEntryFile.decode(file) else { return nil }
        return try? CompactBinaryDecoder.decode(Entry.self, from: encoded)
    }

    /// Stores an entry for this build (appended to its segment; the index names it once the build
    /// ends, `prune(keeping:)`, so other readers never see half an entry).
    public func store(_ entry: Entry, for key: String) throws {
        try segments.store(try CompressedEntryFile.encode(CompactBinaryEncoder.encodeEntry(entry)), for: key)
    }

    /// Ends a build's use of the cache: keeps exactly the entries whose keys are in `keep` (in one
    /// segment, with a new index) and removes the rest, our own files of earlier formats and temporary
    /// files of killed runs. Sub-folders, links and any other file are never touched.
    public func prune(keeping keep: Set<String>) throws {
        try segments.finish(keeping: keep)
    }

    /// Whether a name in `imports/` is one this cache writes (see `ImportCacheSegments.isOwnName(_:)`).
    static func isOwnEntryName(_ name: String) -> Bool {
        ImportCacheSegments.isOwnName(name)
    }

    /// Makes the cache folder ours before a build uses it: creates it (0700) with its marker file, so
    /// later builds can prove it is a cache before pruning anything in it. Refuses a folder that
    /// `OutputOwnership` would refuse, and an `imports` that is a link.
    public func claim() throws {
        if let reason = OutputOwnership.refusalToUseCache(folder) { throw OutputRefusal(path: folder.path, reason: reason) }
        try SecureFileSystem.createDirectory(at: folder)
        let imports = folder.appendingPathComponent("imports")
        if let kind = FileKind.of(imports.path, followingLinks: false), kind != .folder {
            throw OutputRefusal(path: imports.path, reason: "the cache's imports folder is not a plain folder; refusing to follow it")
        }
        let marker = folder.appendingPathComponent(OutputOwnership.cacheMarkerName)
        if FileKind.of(marker.path, followingLinks: false) == nil {
            try SecureFileSystem.write("evidence-pack import cache: entries here are removed when no build uses them\n", to: marker)
        }
    }

    /// The stat index saved by the last build.
    /// A missing or unreadable index is an empty one: every file is hashed again.
    public func loadIndex() -> FileStatIndex {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(Self.indexFileName)),
              let index = FileStatIndex(binary: Array(data)) else { return FileStatIndex() }
        return index
    }

    /// Saves the stat index (binary: see `FileStatIndex.binaryEncoded()`), removing the JSON one
    /// that earlier versions wrote.
    public func saveIndex(_ index: FileStatIndex) throws {
        try SecureFileSystem.write(Data(index.binaryEncoded()), to: folder.appendingPathComponent(Self.indexFileName))
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("index.json"))
    }

    /// The stat index's file in the cache folder.
    static let indexFileName = "stat-index.bin"

    /// What the last successful build recorded, to tell whether the output is already up to date.
    public struct BuildStamp: Codable, Sendable, Equatable {
        /// Hash of everything that determines the output.
        public var buildKey: String
        /// SHA-256 of the output's tagmanifest-sha256.txt.
        public var tagManifestSHA256: String
        /// The exit status that build reported.
        public var complete: Bool
        /// The pack's files as last proved whole (absent in stamps of older versions): when they are
        /// unchanged, an up-to-date check need not hash the pack again.
        public var outputFiles: BagFileStates?

        public init(buildKey: String, tagManifestSHA256: String, complete: Bool, outputFiles: BagFileStates? = nil) {
            self.buildKey = buildKey
            self.tagManifestSHA256 = tagManifestSHA256
            self.complete = complete
            self.outputFiles = outputFiles
        }
    }

    /// The last build's bundle without its records, kept with the build key it was made under: what
    /// an up-to-date build reports (items, sources, diagnostics) without importing anything again.
    struct BuildSummaryFile: Codable, Sendable {
        var buildKey: String
        /// The bundle, with only its table records (their rows left out): what the next build compares with.
        var bundle: EvidenceBundle
        /// SHA-256 of the tag manifest of the pack the bundle was written to (absent in older summaries).
        var tagManifestSHA256: String?
    }

    /// A build's summary with its bundle already encoded: `prepareSummary(_:)` runs beside the export
    /// (on a large pack the encoding took a tenth of a second after the seal, on one core), and
    /// `saveSummary(_:buildKey:tagManifestSHA256:)` adds what is known only once the pack is sealed.
    public struct PreparedSummary: Sendable {
        /// The bundle's JSON: documents left out, tables without their rows.
        let bundleJSON: Data
    }

    /// Encodes the bundle a build is writing, as the summary keeps it: documents left out (the output
    /// holds them), tables kept without their rows (KPI figures and Annex A lists are what the next
    /// build's changes compare).
    public static func prepareSummary(_ bundle: EvidenceBundle) throws -> PreparedSummary {
        var summary = bundle
        summary.records = bundle.records.compactMap { record in
            guard var table = record.table else { return nil }
            table.rows = []
            var kept = record
            kept.content = .table(table)
            return kept
        }
        return PreparedSummary(bundleJSON: try EvidenceJSON.encoder(pretty: false).encode(summary))
    }

    /// Saves the summary of the bundle a build wrote to the pack whose tag manifest has SHA-256
    /// `tagManifestSHA256`: a `BuildSummaryFile`, its bundle's JSON as prepared.
    public func saveSummary(_ prepared: PreparedSummary, buildKey: String, tagManifestSHA256: String? = nil) throws {
        let encoder = EvidenceJSON.encoder(pretty: false)
        var data = Data(#"{"buildKey":"#.utf8)
        data.append(try encoder.encode(buildKey))
        data.append(contentsOf: #","bundle":"#.utf8)
        data.append(prepared.bundleJSON)
        if let tagManifestSHA256 {
            data.append(contentsOf: #","tagManifestSHA256":"#.utf8)
            data.append(try encoder.encode(tagManifestSHA256))
        }
        data.append(contentsOf: "}\n".utf8)
        try SecureFileSystem.write(data, to: folder.appendingPathComponent("last-build-summary.json"))
    }

    /// The saved summary whatever its key: what `prefetchSummary()` decodes before the key is known.
    func loadSummaryFile() -> BuildSummaryFile? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("last-build-summary.json")) else { return nil }
        return try? JSONDecoder().decode(BuildSummaryFile.self, from: data)
    }

    /// Starts decoding the saved summary on another core. On a large pack it is megabytes of JSON
    /// (every source and diagnostic), a third of an up-to-date build's time if decoded after discovery
    /// rather than beside it. Await `summary(buildKey:)` on the result; never awaiting it only wastes
    /// the decoding.
    func prefetchSummary() -> SummaryPrefetch {
        SummaryPrefetch(task: Task.detached(priority: .userInitiated) { [self] in loadSummaryFile() })
    }

    /// A summary being decoded by `prefetchSummary()`.
    struct SummaryPrefetch: Sendable {
        let task: Task<BuildSummaryFile?, Never>

        /// The saved bundle (records left out) when it was made under `buildKey`, else nil.
        func summary(buildKey: String) async -> EvidenceBundle? {
            guard let file = await task.value, file.buildKey == buildKey else { return nil }
            var bundle = file.bundle
            bundle.records = []
            return bundle
        }

        /// The saved bundle (tables only, without rows) when it was written to the pack whose tag
        /// manifest has SHA-256 `tagManifestSHA256`, else nil.
        func summary(ofPackWithTagManifest tagManifestSHA256: String) async -> EvidenceBundle? {
            guard let file = await task.value, file.tagManifestSHA256 == tagManifestSHA256 else { return nil }
            return file.bundle
        }
    }

    /// The last build's stamp.
    public func loadStamp() -> BuildStamp? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("last-build.json")) else { return nil }
        return try? JSONDecoder().decode(BuildStamp.self, from: data)
    }

    /// Saves the stamp.
    public func saveStamp(_ stamp: BuildStamp) throws {
        try SecureFileSystem.write(try EvidenceJSON.encode(stamp, pretty: false), to: folder.appendingPathComponent("last-build.json"))
    }
}
