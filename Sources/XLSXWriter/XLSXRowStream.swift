import Deflate
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The cells of one worksheet, written as worksheet XML (`<row>` elements, inline strings, as
/// libxlsxwriter's constant-memory mode writes them) straight into compressed chunks: the chunks are
/// compressed on every core (`ParallelDeflater`, zlib's fastest level) and kept in a private scratch
/// file until `XLSXWorkbook.close()` puts them inside the worksheet's part of the workbook.
///
/// libxlsxwriter still writes everything else (styles, widths, frozen rows, notes, drop-downs): for a
/// million-row Annex A list its per-cell formatting and its one-thread, default-level compression at
/// close were most of a whole pack's build time.
final class XLSXRowStream {
    /// The worksheet's place in the workbook (1 for `xl/worksheets/sheet1.xml`).
    let sheetNumber: Int
    /// The scratch file of compressed rows.
    let scratchPath: String
    private let file: UnsafeMutablePointer<FILE>
    private let deflater: ParallelDeflater
    // A stream is written from one thread at a time (the workbook's own contract), so the per-cell
    // state skips Swift's run-time exclusivity checks: they were a fifth of the cell-writing time.
    @exclusivity(unchecked) private var buffer: [UInt8] = []
    @exclusivity(unchecked) private var currentRow = -1
    @exclusivity(unchecked) private var lastColumn = -1
    @exclusivity(unchecked) private var rowDigits: [UInt8] = []
    /// `<c r="` and the column's letters, per column.
    @exclusivity(unchecked) private var cellHeads: [[UInt8]] = []
    @exclusivity(unchecked) private(set) var extent: XLSXExtent?
    private var finished: ParallelDeflater.Totals?
    /// Rows taken whole from another workbook file instead of written (see `adopt`).
    private(set) var adopted: (path: String, rows: XLSXStoredRows)?

    init(sheetNumber: Int, scratchPath: String) throws {
        self.sheetNumber = sheetNumber
        self.scratchPath = scratchPath
        let descriptor = open(scratchPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0, let file = fdopen(descriptor, "wb") else {
            if descriptor >= 0 { close(descriptor) }
            throw XLSXError(message: "cannot create the scratch file \(scratchPath): \(String(cString: strerror(errno)))")
        }
        self.file = file
        deflater = ParallelDeflater(level: RawDeflate.fastest) { chunk in
            let written = chunk.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
            guard written == chunk.count else {
                throw XLSXError(message: "cannot write the scratch file \(scratchPath): \(String(cString: strerror(errno)))")
            }
        }
        // The buffer is reserved at the first row, not here: a workbook makes all its sheets
        // up front, and a megabyte each for sheets not yet written showed at a large build's peak.
    }

    deinit {
        discard()
    }

    /// Removes the scratch file (a stream never finished first waits for its chunks and closes it).
    func discard() {
        guard !discarded else { return }
        discarded = true
        if !fileClosed {
            _ = try? deflater.finish()
            fileClosed = true
            fclose(file)
        }
        unlink(scratchPath)
    }

    private var discarded = false
    private var fileClosed = false

    // MARK: cells

    /// A text cell: escaped for XML, control characters as `_xHHHH_`, leading or trailing space kept.
    func text(_ value: String, row: Int, column: Int, style: Int32?) throws {
        try startCell(row: row, column: column, style: style)
        append(" t=\"inlineStr\"><is>")
        var value = value
        value.withUTF8 { bytes in
            let preserve = bytes.first.map(Self.isSpace) == true || bytes.last.map(Self.isSpace) == true
            append(preserve ? "<t xml:space=\"preserve\">" : "<t>")
            appendEscaped(bytes)
        }
        append("</t></is></c>")
    }

    /// A number cell, written as libxlsxwriter writes one (`%.16G`).
    func number(_ value: Double, row: Int, column: Int, style: Int32?) throws {
        try startCell(row: row, column: column, style: style)
        append("><v>")
        if value == value.rounded(), abs(value) < 1e15 {
            appendDecimal(Int(value))
        } else {
            append(String(format: "%.16G", value))
        }
        append("</v></c>")
    }

    /// An empty cell that shows a format.
    func blank(row: Int, column: Int, style: Int32) throws {
        try startCell(row: row, column: column, style: style)
        append("/>")
    }

    /// A note's cell counts in the sheet's used range, as libxlsxwriter counts it.
    func include(row: Int, column: Int) {
        extent = (extent ?? XLSXExtent(row: row, column: column)).including(row: row, column: column)
    }

    /// Takes the rows of a worksheet another workbook holds (`stored` of the file at `path`) instead
    /// of writing any: their compressed bytes are copied as they are when the workbook is put
    /// together. Only before a cell is written.
    func adopt(_ stored: XLSXStoredRows, from path: String) throws {
        guard currentRow < 0, extent == nil, adopted == nil, !fileClosed else {
            throw XLSXError(message: "a worksheet takes another workbook's rows only before any of its own")
        }
        _ = try finish()
        adopted = (path, stored)
        extent = stored.extent
        finished = ParallelDeflater.Totals(crc32: stored.crc32, uncompressedSize: stored.uncompressedSize, compressedSize: stored.compressedSize)
    }

    // MARK: finishing

    /// Hands the last chunk over and waits for all of them; the scratch file is then complete.
    func finish() throws -> ParallelDeflater.Totals {
        if let finished { return finished }
        if adopted != nil { throw XLSXError(message: "a worksheet with adopted rows was written to") }
        if currentRow >= 0 { append("</row>") }
        try flushBuffer(last: true)
        let totals = try deflater.finish()
        fileClosed = true
        guard fclose(file) == 0 else {
            throw XLSXError(message: "cannot write the scratch file \(scratchPath): \(String(cString: strerror(errno)))")
        }
        finished = totals
        return totals
    }

    // MARK: private

    private func startCell(row: Int, column: Int, style: Int32?) throws {
        guard !fileClosed else {
            throw XLSXError(message: "cell R\(row + 1)C\(column + 1): the workbook is already closed, or the sheet's rows were taken from another")
        }
        guard row >= 0, row < XLSXWorksheet.maximumRows, column >= 0, column < XLSXWorksheet.maximumColumns else {
            throw XLSXError(message: "cell R\(row + 1)C\(column + 1) is outside a worksheet's limits")
        }
        if row != currentRow {
            guard row > currentRow else {
                throw XLSXError(message: "cell R\(row + 1)C\(column + 1) comes after row \(currentRow + 1): rows are written top to bottom")
            }
            if currentRow >= 0 {
                append("</row>")
            } else {
                buffer.reserveCapacity(ParallelDeflater.chunkSize + 65_536)
            }
            currentRow = row
            lastColumn = -1
            rowDigits = Array(String(row + 1).utf8)
            append("<row r=\"")
            buffer.append(contentsOf: rowDigits)
            append("\">")
        } else if column <= lastColumn {
            throw XLSXError(message: "cell R\(row + 1)C\(column + 1) comes after column \(lastColumn + 1): cells are written left to right")
        }
        lastColumn = column
        include(row: row, column: column)
        buffer.append(contentsOf: cellHead(column))
        buffer.append(contentsOf: rowDigits)
        buffer.append(UInt8(ascii: "\""))
        if let style, style > 0 {
            append(" s=\"")
            appendDecimal(Int(style))
            buffer.append(UInt8(ascii: "\""))
        }
        if buffer.count >= ParallelDeflater.chunkSize { try flushBuffer() }
    }

    /// Hands the buffered bytes to the deflater; after the `last` chunk the buffer is let go.
    private func flushBuffer(last: Bool = false) throws {
        guard !buffer.isEmpty else {
            if last { buffer = [] }
            return
        }
        let chunk = buffer
        if last {
            buffer = []
        } else {
            buffer.removeAll(keepingCapacity: true)
        }
        try deflater.submit(chunk)
    }

    private func cellHead(_ column: Int) -> [UInt8] {
        if column < cellHeads.count { return cellHeads[column] }
        while cellHeads.count <= column { cellHeads.append(Array("<c r=\"\(XLSXWorksheet.columnLetters(cellHeads.count))".utf8)) }
        return cellHeads[column]
    }

    private func append(_ text: StaticString) {
        text.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    private func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    private func appendDecimal(_ value: Int) {
        // Small integers are small strings: no allocation.
        buffer.append(contentsOf: String(value).utf8)
    }

    /// `&`, `<` and `>` as entities; control characters (other than tab and line feed) as Excel's
    /// `_xHHHH_`, as libxlsxwriter writes them.
    private func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || (byte < 0x20 && byte != 0x09 && byte != 0x0A) {
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            switch byte {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            default: append(String(format: "_x%04X_", Int(byte)))
            }
            start = index + 1
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    /// What C's `isspace` calls white space (libxlsxwriter's test for `xml:space="preserve"`).
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}

/// The cells a worksheet uses, from its top-left to its bottom-right (`A1:G300001`).
public struct XLSXExtent: Equatable, Sendable, Codable {
    var firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int

    init(row: Int, column: Int) {
        firstRow = row
        lastRow = row
        firstColumn = column
        lastColumn = column
    }

    func including(row: Int, column: Int) -> XLSXExtent {
        var result = self
        result.firstRow = min(firstRow, row)
        result.lastRow = max(lastRow, row)
        result.firstColumn = min(firstColumn, column)
        result.lastColumn = max(lastColumn, column)
        return result
    }

    /// The range as a worksheet's `<dimension ref="…">` writes it.
    var reference: String {
        let first = XLSXWorksheet.columnLetters(firstColumn) + String(firstRow + 1)
        guard lastRow != firstRow || lastColumn != firstColumn else { return first }
        return first + ":" + XLSXWorksheet.columnLetters(lastColumn) + String(lastRow + 1)
    }
}

/// Where a worksheet's rows sit in a workbook file this module wrote: their compressed bytes (a run
/// of the worksheet part's deflate stream), with the CRC-32 and size of the XML they hold and the cells
/// they cover. An exporter keeps it to put the same rows in a later workbook without writing them
/// again (`XLSXWorksheet.adoptRows`).
public struct XLSXStoredRows: Equatable, Sendable, Codable {
    /// Where the compressed rows start in the file, and how many bytes they take.
    public var offset: Int
    public var compressedSize: Int
    /// CRC-32 and byte count of the rows' XML.
    public var crc32: UInt32
    public var uncompressedSize: Int
    /// The cells the worksheet uses (notes' cells included).
    public var extent: XLSXExtent?

    public init(offset: Int, compressedSize: Int, crc32: UInt32, uncompressedSize: Int, extent: XLSXExtent? = nil) {
        self.offset = offset
        self.compressedSize = compressedSize
        self.crc32 = crc32
        self.uncompressedSize = uncompressedSize
        self.extent = extent
    }
}
