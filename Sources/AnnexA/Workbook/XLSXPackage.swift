import Foundation
import LibXML
import Deflate

/// An Excel workbook (.xlsx, SpreadsheetML) opened for streaming: its sheets in tab order, its shared
/// strings, and each sheet's rows one at a time, read with libxml2's streaming reader over the
/// decompressed sheet XML (never the whole sheet in memory).
public final class XLSXPackage {
    /// One worksheet: its tab name and where its XML is in the package.
    public struct Sheet: Sendable, Equatable {
        /// The name on the tab (`List 3`).
        public let name: String
        /// The zip entry holding its XML (`xl/worksheets/sheet3.xml`).
        public let entryPath: String
    }

    /// Why a workbook could not be read; never quotes a cell.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public let description: String
    }

    /// The worksheets, in tab order (chart sheets and dialog sheets are left out).
    public let sheets: [Sheet]
    private let archive: ZipArchive
    private var sharedStrings: SharedStrings?

    /// Decompressed bytes read from one zip entry at most (4 GiB: a million-row sheet is well under).
    static let entryLimit = 4 << 30
    /// Worksheets read at most (an Annex A workbook has a dozen or two).
    static let sheetLimit = 1_000
    /// Decompressed bytes of shared strings kept at most (they are held in memory, compactly).
    static let sharedStringsLimit = 512 << 20

    /// Opens the workbook at `path` (for a guarded input, its `openedFilePath`).
    public init(path: String) throws {
        do {
            archive = try ZipArchive(path: path)
        } catch {
            // The reason names the container's damage (offsets, sizes), never a cell.
            throw Failure(description: "not a readable .xlsx workbook (\(error))")
        }
        guard let workbook = archive["xl/workbook.xml"] else {
            throw Failure(description: "not an .xlsx workbook (no xl/workbook.xml)")
        }
        var targets: [String: String] = [:]
        if let relations = archive["xl/_rels/workbook.xml.rels"] {
            try Self.scan(archive: archive, entry: relations) { reader in
                guard reader.nodeType == .element, reader.isNamed("Relationship"),
                      let id = reader.attribute("Id"), let target = reader.attribute("Target") else { return }
                let type = reader.attribute("Type") ?? ""
                guard type.hasSuffix("/worksheet") else { return }
                targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        var sheets: [Sheet] = []
        var listed: Set<String> = []
        try Self.scan(archive: archive, entry: workbook) { reader in
            guard reader.nodeType == .element, reader.isNamed("sheet"), let name = reader.attribute("name") else { return }
            // r:id: the attribute's qualified name.
            guard let id = reader.attribute("r:id"), let target = targets[id] else { return }
            let sheet = Sheet(name: QuotedName.shortened(name), entryPath: Self.normalised(target))
            // A part listed twice is one sheet (read once, not once per listing).
            guard listed.insert(sheet.entryPath).inserted else { return }
            guard sheets.count < Self.sheetLimit else {
                throw Failure(description: "the workbook lists more than \(Self.sheetLimit) sheets")
            }
            sheets.append(sheet)
        }
        self.sheets = sheets
    }

    /// `xl/worksheets/../worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`.
    static func normalised(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return parts.joined(separator: "/")
    }

    /// Runs `body` at every node of a (small) entry.
    static func scan(archive: ZipArchive, entry: ZipArchive.Entry, limit: Int = 64 << 20, _ body: (XMLStreamReader) throws -> Void) throws {
        let stream = ZipEntryStream(archive: archive, entry: entry, limit: limit)
        defer { stream.close() }
        let reader = try XMLStreamReader { try stream.read(into: $0) }
        do {
            while try reader.next() { try body(reader) }
        } catch let failure as ZipArchive.Failure {
            throw Failure(description: failure.description)
        } catch is LibXMLError {
            throw Failure(description: "\(entry.path) is not well-formed XML")
        }
    }

    /// The shared string table, read on first use.
    func strings() throws -> SharedStrings {
        if let sharedStrings { return sharedStrings }
        var table = SharedStrings()
        if let entry = archive["xl/sharedStrings.xml"] {
            var inItem = false, inPhonetic = 0, inText = false
            try Self.scan(archive: archive, entry: entry, limit: Self.sharedStringsLimit) { reader in
                switch reader.nodeType {
                case .element:
                    if reader.isNamed("si") {
                        inItem = true
                        if reader.isEmptyElement { table.endItem(); inItem = false }
                    } else if reader.isNamed("rPh") {
                        if !reader.isEmptyElement { inPhonetic += 1 }
                    } else if reader.isNamed("t"), inItem, inPhonetic == 0 {
                        inText = !reader.isEmptyElement
                    }
                case .endElement:
                    if reader.isNamed("si") { table.endItem(); inItem = false }
                    else if reader.isNamed("rPh") { inPhonetic = max(0, inPhonetic - 1) }
                    else if reader.isNamed("t") { inText = false }
                case .text, .significantWhitespace:
                    if inText { reader.withValue { table.append($0) } }
                case .other:
                    break
                }
            }
        }
        sharedStrings = table
        return table
    }

    /// Streams the rows of `sheet` to `onRow` (rows with no cell are not handed over); `onRow`
    /// returns false to stop early. Cells are given as text: shared and inline strings as written,
    /// numbers as stored (`44090`, `16.5`), booleans as `TRUE`/`FALSE`, errors as `#N/A`...
    /// `rowLimit`: rows past this number are not read (the header search stops there).
    public func rows(of sheet: Sheet, rowLimit: Int = .max, _ onRow: (XLSXRow) throws -> Bool) throws {
        guard let entry = archive[sheet.entryPath] else {
            throw Failure(description: "the sheet '\(sheet.name)' is listed but its part \(sheet.entryPath) is missing")
        }
        let strings = try strings()
        let stream = ZipEntryStream(archive: archive, entry: entry, limit: Self.entryLimit)
        defer { stream.close() }
        let reader = try XMLStreamReader { try stream.read(into: $0) }
        var parser = SheetRowParser(strings: strings)
        do {
            while try reader.next() {
                if let row = parser.take(reader) {
                    if try !onRow(row) { return }
                }
                if parser.lastRow > rowLimit { return }
                if parser.finished { break }
            }
            if let row = parser.oversizedRow {
                throw Failure(description: "row \(row) of the sheet '\(sheet.name)' holds more than \(SheetRowParser.rowByteLimit >> 20) MiB; the sheet is not read past it")
            }
        } catch let failure as ZipArchive.Failure {
            throw Failure(description: failure.description)
        } catch is LibXMLError {
            throw Failure(description: "the sheet '\(sheet.name)' is not well-formed XML (read up to row \(parser.lastRow))")
        }
    }
}

/// One worksheet row as text cells.
public struct XLSXRow: Sendable {
    /// The 1-based row number (`r`).
    public let number: Int
    /// The cells' bytes one after another; `ends[i]` is where 0-based column `i` ends (columns
    /// without a cell are empty).
    let storage: [UInt8]
    let ends: [Int]

    /// Number of columns up to the last cell.
    public var count: Int { ends.count }

    /// A cell's text ("" when the column has no cell).
    public func text(_ column: Int) -> String {
        guard column >= 0, column < ends.count else { return "" }
        let start = column == 0 ? 0 : ends[column - 1]
        return String(decoding: storage[start..<ends[column]], as: UTF8.self)
    }

    /// Every cell as text, from column A to the last cell.
    public var texts: [String] { (0..<count).map(text) }

    /// Whether every cell is empty or spaces.
    public var isBlank: Bool { storage.allSatisfy { $0 == 0x20 || $0 == 0x09 } }

    /// The row as the CSV reader's record (fields end to end), for the shared Annex A row reading.
    var csvRow: CSVRow {
        CSVRow(line: number, endLine: number, storage: storage, ends: ends, gap: 0, separator: UInt8(ascii: ","), invalidUTF8Fields: [])
    }
}
