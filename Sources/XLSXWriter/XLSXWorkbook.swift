import CXlsxWriter
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An .xlsx workbook being written with libxlsxwriter: the only code, with `XLSXWorksheet`, that
/// touches its C API (as `LibXML` is for libxml2).
///
/// Nothing is on disk until `close()`. In constant-memory mode each worksheet must be written row
/// by row, top to bottom, and memory stays flat however many rows there are (a million-row Annex A
/// list); strings are then written inline rather than into a shared table. In that mode the cells
/// themselves are written by `XLSXRowStream` (compressed on every core as they come) and
/// libxlsxwriter writes the rest of the package, which `close()` puts together with the rows.
public final class XLSXWorkbook {
    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    /// The file the workbook is written to on `close()`.
    public let path: String
    /// Where libxlsxwriter writes the package without the rows, in constant-memory mode.
    private let skeletonPath: String?
    private var streams: [XLSXRowStream] = []
    private var worksheetCount = 0
    /// Worksheet names by their place in the workbook (1 for `sheet1.xml`).
    private var sheetNames: [Int: String] = [:]

    /// Starts a workbook at `path` with fixed document properties (for reproducible files).
    ///
    /// - Parameters:
    ///   - constantMemory: write rows as they come, in order, with flat memory.
    ///   - temporaryDirectory: where libxlsxwriter keeps its temporary row files (default: the system's).
    public init(path: String, properties: XLSXDocumentProperties, constantMemory: Bool = true,
                temporaryDirectory: String? = nil) throws {
        self.path = path
        // The skeleton and the streams' compressed rows are kept here until `close()`.
        let scratchFolder = temporaryDirectory ?? (path as NSString).deletingLastPathComponent
        let unique = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        skeletonPath = constantMemory
            ? (scratchFolder as NSString).appendingPathComponent(".workbook-\(unique).xlsx") : nil
        let made: UnsafeMutablePointer<lxw_workbook>? = (skeletonPath ?? path).withCString { cPath in
            Self.withOptionalCString(temporaryDirectory) { cTemporary in
                var options = lxw_workbook_options()
                options.constant_memory = constantMemory ? 1 : 0
                options.tmpdir = cTemporary.map { UnsafeMutablePointer(mutating: $0) }
                // The skeleton holds no rows: it is small, and read back without zip64.
                options.use_zip64 = constantMemory ? 0 : 1
                return workbook_new_opt(cPath, &options)
            }
        }
        guard let made else { throw XLSXError(message: "cannot start a workbook at \(path)") }
        workbook = made
        try setProperties(properties)
    }

    deinit {
        // A workbook never closed (an error midway) still frees its memory; the half-written file
        // is the caller's to remove. The skeleton and the rows' scratch files are ours.
        if let workbook { _ = workbook_close(workbook) }
        if let skeletonPath { unlink(skeletonPath) }
    }

    /// Adds a worksheet named `name` (at most 31 characters, no `[]:*?/\`).
    public func addWorksheet(named name: String) throws -> XLSXWorksheet {
        let workbook = try open()
        guard let sheet = name.withCString({ workbook_add_worksheet(workbook, $0) }) else {
            throw XLSXError(message: "cannot add worksheet \"\(name)\" (duplicate or invalid name)")
        }
        worksheetCount += 1
        sheetNames[worksheetCount] = name
        guard let skeletonPath else { return XLSXWorksheet(sheet: sheet, name: name, rows: nil) }
        let scratch = skeletonPath.dropLast(5) + "-sheet\(worksheetCount).deflate"
        let rows = try XLSXRowStream(sheetNumber: worksheetCount, scratchPath: String(scratch))
        streams.append(rows)
        return XLSXWorksheet(sheet: sheet, name: name, rows: rows)
    }

    /// Adds a cell format: a number format (`dd/mm/yyyy`, `@` for text), boldness, and a solid
    /// background colour (`0xRRGGBB`).
    public func addFormat(numberFormat: String? = nil, bold: Bool = false, locked: Bool? = nil, fillColor: UInt32? = nil) throws -> XLSXFormat {
        let workbook = try open()
        guard let format = workbook_add_format(workbook) else { throw XLSXError(message: "cannot add a format") }
        if let numberFormat { numberFormat.withCString { format_set_num_format(format, $0) } }
        if bold { format_set_bold(format) }
        if let fillColor {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, lxw_color_t(fillColor))
        }
        // The style index the streamed rows name; asking for it also puts the format in styles.xml.
        return XLSXFormat(pointer: format, styleIndex: lxw_format_get_xf_index(format))
    }

    /// Writes the file and frees the workbook; the workbook cannot be used afterwards. Returns where
    /// each constant-memory worksheet's rows sit in the file, by sheet name (sheets with rows only).
    @discardableResult
    public func close() throws -> [String: XLSXStoredRows] {
        let workbook = try open()
        self.workbook = nil
        let status = workbook_close(workbook)
        try XLSXError.check(status, "cannot write \(skeletonPath ?? path)")
        guard let skeletonPath else { return [:] }
        defer {
            unlink(skeletonPath)
            streams.forEach { $0.discard() }
            streams.removeAll()
        }
        do {
            let stored = try XLSXPackageAssembler.assemble(skeletonPath: skeletonPath, streams: streams, to: path)
            return Dictionary(stored.compactMap { number, rows in sheetNames[number].map { ($0, rows) } }, uniquingKeysWith: { first, _ in first })
        } catch {
            unlink(path)
            throw error
        }
    }

    private func open() throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let workbook else { throw XLSXError(message: "the workbook \(path) is already closed") }
        return workbook
    }

    private func setProperties(_ properties: XLSXDocumentProperties) throws {
        let workbook = try open()
        let status: lxw_error = Self.withOptionalCString(properties.title) { title in
            Self.withOptionalCString(properties.author) { author in
                Self.withOptionalCString(properties.company) { company in
                    Self.withOptionalCString(properties.comments) { comments in
                        var values = lxw_doc_properties()
                        values.title = title.map { UnsafeMutablePointer(mutating: $0) }
                        values.author = author.map { UnsafeMutablePointer(mutating: $0) }
                        values.company = company.map { UnsafeMutablePointer(mutating: $0) }
                        values.comments = comments.map { UnsafeMutablePointer(mutating: $0) }
                        values.created = time_t(properties.createdSecondsSince1970)
                        return workbook_set_properties(workbook, &values)
                    }
                }
            }
        }
        try XLSXError.check(status, "cannot set the workbook's properties")
    }

    static func withOptionalCString<Result>(_ text: String?, _ body: (UnsafePointer<CChar>?) -> Result) -> Result {
        guard let text else { return body(nil) }
        return text.withCString { body($0) }
    }
}

/// The document properties written into `docProps/core.xml`, fixed by the caller so that the same
/// inputs give the same bytes (the creation time is the pack's reference date, not the clock).
public struct XLSXDocumentProperties: Sendable {
    /// The workbook's title.
    public var title: String?
    /// Who made it (the tool, never a person's name by default).
    public var author: String?
    /// The organisation (the local authority).
    public var company: String?
    /// A free comment.
    public var comments: String?
    /// The creation time, seconds since 1970 UTC.
    public var createdSecondsSince1970: Int

    /// Makes the properties.
    public init(title: String? = nil, author: String? = nil, company: String? = nil, comments: String? = nil,
                createdSecondsSince1970: Int) {
        self.title = title
        self.author = author
        self.company = company
        self.comments = comments
        self.createdSecondsSince1970 = createdSecondsSince1970
    }
}

/// A cell format added to a workbook (valid while the workbook is open).
public struct XLSXFormat {
    let pointer: UnsafeMutablePointer<lxw_format>
    /// Its index among the workbook's cell styles (`s="…"` on a cell).
    let styleIndex: Int32
}

/// An error from libxlsxwriter, with its own explanation of the failure.
public struct XLSXError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, for people.
    public var message: String
    /// What went wrong, for people.
    public var description: String { message }

    static func check(_ status: lxw_error, _ context: @autoclosure () -> String) throws {
        guard status != LXW_NO_ERROR else { return }
        let reason = lxw_strerror(status).map { String(cString: $0) } ?? "error \(status.rawValue)"
        throw XLSXError(message: "\(context()): \(reason)")
    }
}
