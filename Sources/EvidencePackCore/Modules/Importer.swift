import EvidenceModel
import Foundation

/// What an importer may look at to decide whether a file is its own: the name and the first bytes.
public struct SourceProbe: Sendable {
    /// Path relative to the inputs root.
    public var path: String
    /// The file name's extension, lower case, without the dot (`csv`, `html`, `txt`).
    public var fileExtension: String
    /// The first bytes of the file (up to 8 KiB).
    public var head: [UInt8] {
        didSet { (headTextPreservingCase, headText) = Self.texts(of: head) }
    }
    /// The file's size in bytes.
    public var size: Int64
    /// The first bytes decoded as text (UTF-8, else Windows-1252), lower-cased, for sniffing.
    /// Decoded once per file: every importer's `confidence` reads it (10,000 pages × 8 importers).
    public private(set) var headText: String
    /// The first bytes decoded as text (UTF-8, else Windows-1252) without changing case.
    public private(set) var headTextPreservingCase: String

    public init(path: String, head: [UInt8], size: Int64) {
        self.path = path
        self.fileExtension = (path as NSString).pathExtension.lowercased()
        self.head = head
        self.size = size
        (headTextPreservingCase, headText) = Self.texts(of: head)
    }

    /// Whether the lower-cased head text contains `marker` (give it in lower case): a byte search,
    /// much cheaper than Foundation's `String.contains` when run over every file of a large tree.
    public func headContains(_ marker: String) -> Bool {
        var text = headText
        return text.withUTF8 { ASCIIText.contains(marker.utf8, in: $0) }
    }

    /// The head as text, as written and lower-cased (ASCII heads lower-cased byte by byte).
    static func texts(of head: [UInt8]) -> (String, String) {
        let text = TextDecoding.decode(head, allowTruncatedTail: true).text
        return (text, asciiFastLowercased(text))
    }

    /// `text.lowercased()`, with ASCII lowered byte by byte and only the runs of other characters (a
    /// curly quote, an accented name) lowered by the standard library: the same result, far cheaper
    /// on the mostly-ASCII heads of web pages. (Lower-casing maps each scalar alone, so runs are safe.)
    static func asciiFastLowercased(_ text: String) -> String {
        var text = text
        // A head whose only non-ASCII characters have no case (most pages: ASCII, or with `£`, curly
        // quotes and dashes) is lowered straight into the new string's storage, byte by byte; the
        // bytes of those characters are all 0x80 or more, which lowering leaves as they are.
        if let lowered = text.withUTF8({ bytes -> String? in
            guard !mayHoldCasedScalar(bytes) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { storage in
                for index in bytes.indices { storage[index] = ASCIIText.lowered(bytes[index]) }
                return bytes.count
            }
        }) {
            return lowered
        }
        let bytes = Array(text.utf8)
        var lowered: [UInt8] = []
        lowered.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                lowered.append(ASCIIText.lowered(byte))
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, bytes[end] >= 0x80 { end += 1 }
            if !mayHoldCasedScalar(bytes[index..<end]) {
                lowered += bytes[index..<end]
            } else {
                lowered += String(decoding: bytes[index..<end], as: UTF8.self).lowercased().utf8
            }
            index = end
        }
        return String(decoding: lowered, as: UTF8.self)
    }

    /// Whether UTF-8 bytes hold a scalar that may have a lower case, judged by lead bytes alone: all
    /// but U+0080–U+00BF (`£`, no-break space; lead 0xC2) and U+2000–U+203F (`’ “ ” – — …`; lead
    /// 0xE2 then 0x80), which have none. ASCII is not counted: it is lowered byte by byte.
    static func mayHoldCasedScalar<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var previousWasE2 = false
        for byte in bytes {
            // A lead 0xE2 is settled by the byte after it; one at the very end is cased (as it was
            // when the runs were checked one by one).
            if previousWasE2, byte != 0x80 { return true }
            previousWasE2 = byte == 0xE2
            if byte >= 0xC0, byte != 0xC2, byte != 0xE2 { return true }
        }
        return previousWasE2
    }

    /// The file name without folders.
    public var fileName: String { (path as NSString).lastPathComponent }
}

/// Settings an importer runs with.
public struct ImportContext: Sendable {
    /// The inputs root folder.
    public var inputsRoot: URL
    /// The day the pack is assembled for.
    public var referenceDate: CalendarDate
    /// Options from the pack definition for this importer (string keys and values).
    public var options: [String: String]
    /// Options from the pack definition for the whole pack (e.g. `authorityCode`).
    public var packOptions: [String: String]

    public init(inputsRoot: URL, referenceDate: CalendarDate, options: [String: String] = [:], packOptions: [String: String] = [:]) {
        self.inputsRoot = inputsRoot
        self.referenceDate = referenceDate
        self.options = options
        self.packOptions = packOptions
    }

    /// The absolute file URL of a source.
    public func url(of source: Source) -> URL {
        inputsRoot.appendingPathComponent(source.path, isDirectory: false)  // a file: no stat to ask
    }
}

/// What an importer yields for one source: records and diagnostics.
public struct ImportResult: Sendable {
    /// The records, in source order; ids are assigned by the pipeline if left empty.
    public var records: [Record.Content]
    /// First and last lines each record covers, parallel to `records` (nil when unknown).
    public var lineRanges: [ClosedRange<Int>?]
    /// Problems and remarks.
    public var diagnostics: [Diagnostic]

    public init(records: [Record.Content] = [], lineRanges: [ClosedRange<Int>?]? = nil, diagnostics: [Diagnostic] = []) {
        self.records = records
        self.lineRanges = lineRanges ?? Array(repeating: nil, count: records.count)
        self.diagnostics = diagnostics
    }
}

/// A reader of one kind of input (pandoc's "reader"): sniffs files and turns them into records.
public protocol Importer: Sendable {
    /// Id, version and what it reads.
    var descriptor: ModuleDescriptor { get }
    /// How sure the importer is that a file is its own: 0 = not mine, 1 = certainly mine.
    /// The pipeline picks the importer with the highest confidence (ties: registry order).
    func confidence(for probe: SourceProbe) -> Double
    /// Reads a source. Recoverable problems go in `diagnostics`; a thrown error becomes one
    /// error diagnostic for this file alone.
    func records(from source: Source, context: ImportContext) async throws -> ImportResult
}

/// An importer whose costly reading does not depend on the reference date, only a few cheap checks
/// against it (Annex A: a date after it, a row outside the reporting window). The pipeline caches the
/// reading without those checks, keyed by `readingKey` rather than the date, and runs the checks on
/// every build, fresh or reused; a next-day build thus re-reads no unchanged file. `records(from:context:)`
/// must give exactly the result's diagnostics followed by `dateCheckDiagnostics` for the context's date.
public protocol DateDeferringImporter: Importer {
    /// What the deferred checks need to give the findings for a day (kept in the import cache).
    associatedtype DateChecks: Codable & Sendable
    /// What of the reference date the reading still depends on (e.g. the Annex A template version it
    /// selects); part of the cache key in place of the date.
    func readingKey(referenceDate: CalendarDate, options: [String: String]) -> String
    /// Reads the source without the checks against the reference date: the result, whose diagnostics
    /// lack those checks' findings, and what gives them (nil: the result is complete).
    func recordsDeferringDateChecks(from source: Source, context: ImportContext) async throws -> (ImportResult, DateChecks?)
    /// The findings of the deferred checks on `referenceDate`, which follow the result's diagnostics.
    /// Throws when `checks` cannot be run (read back damaged from a cache): the file is then read again.
    func dateCheckDiagnostics(_ checks: DateChecks, on referenceDate: CalendarDate) throws -> [Diagnostic]
}

extension DateDeferringImporter {
    /// `recordsDeferringDateChecks`, with the checks encoded for the import cache.
    func encodedReading(from source: Source, context: ImportContext) async throws -> (ImportResult, [UInt8]?) {
        let (result, checks) = try await recordsDeferringDateChecks(from: source, context: context)
        return (result, try checks.map(CompactBinaryEncoder.encode))
    }

    /// `dateCheckDiagnostics` of checks encoded by `encodedReading`.
    func dateCheckDiagnostics(encoded: [UInt8], on referenceDate: CalendarDate) throws -> [Diagnostic] {
        try dateCheckDiagnostics(CompactBinaryDecoder.decode(DateChecks.self, from: encoded), on: referenceDate)
    }
}
