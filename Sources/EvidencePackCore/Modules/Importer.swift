import EvidenceModel
import Foundation

/// What an importer may look at to decide whether a file is its own: the name and the first bytes.
public struct SourceProbe: Sendable {
    /// Path relative to the inputs root.
    public var path: String
    /// The file name's extension, lower case, without the dot (`csv`, `html`, `txt`).
    public var fileExtension: String
    /// The first bytes of the file (up to 8 KiB).
    public var head: [UInt8]
    /// The file's size in bytes.
    public var size: Int64

    public init(path: String, head: [UInt8], size: Int64) {
        self.path = path
        self.fileExtension = (path as NSString).pathExtension.lowercased()
        self.head = head
        self.size = size
    }

    /// The first bytes decoded as text (UTF-8, else Windows-1252), lower-cased, for sniffing.
    public var headText: String {
        headTextPreservingCase.lowercased()
    }

    /// The first bytes decoded as text (UTF-8, else Windows-1252) without changing case.
    public var headTextPreservingCase: String {
        TextDecoding.decode(head, allowTruncatedTail: true).text
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
        inputsRoot.appendingPathComponent(source.path)
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
