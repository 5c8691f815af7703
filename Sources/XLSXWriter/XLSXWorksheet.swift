import CXlsxWriter
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One worksheet of an open `XLSXWorkbook`. Rows and columns count from 0.
///
/// In constant-memory mode write each row's cells left to right and rows top to bottom: libxlsxwriter
/// flushes a row as soon as a later one is started, so a cell behind the flushed row is lost.
public struct XLSXWorksheet {
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    /// The worksheet's name.
    public let name: String
    /// Where the cells go in constant-memory mode (nil: to libxlsxwriter).
    let rows: XLSXRowStream?

    /// Excel's limits: 1,048,576 rows and 32,767 characters in a cell.
    public static let maximumRows = Int(LXW_ROW_MAX)
    /// Excel's limit on columns (XFD).
    public static let maximumColumns = Int(LXW_COL_MAX)

    /// A column's letters, as cell references and ranges write them: 0 → A, 25 → Z, 26 → AA.
    public static func columnLetters(_ index: Int) -> String {
        var index = index
        var letters: [UInt8] = []
        repeat {
            letters.insert(UInt8(65 + index % 26), at: 0)
            index = index / 26 - 1
        } while index >= 0
        return String(decoding: letters, as: UTF8.self)
    }
    /// Excel's limit on the characters in one cell.
    public static let maximumCellCharacters = 32_767

    /// The longest run of whole Characters from the start of `text` within `limit` UTF-16 units: Excel
    /// counts a cell's length in UTF-16 units, where an emoji or a letter with an accent mark counts
    /// two or more, so a cut by Characters could still leave the cell too long.
    static func prefix(of text: String, utf16Units limit: Int) -> String {
        var units = 0
        var end = text.startIndex
        for character in text {
            units += character.utf16.count
            guard units <= limit else { break }
            end = text.index(after: end)
        }
        return String(text[..<end])
    }

    /// Writes `text` as a string cell: never interpreted, so `=HYPERLINK(...)` stays text.
    ///
    /// Longer text than a cell holds is cut to Excel's limit; the return value says whether it was.
    @discardableResult
    public func write(text: String, row: Int, column: Int, format: XLSXFormat? = nil) throws -> Bool {
        var text = text
        var truncated = false
        if text.utf16.count > Self.maximumCellCharacters {
            text = Self.prefix(of: text, utf16Units: Self.maximumCellCharacters - 1)
            truncated = true
        }
        if let rows {
            try rows.text(text, row: row, column: column, style: format?.styleIndex)
            return truncated
        }
        let status = text.withCString {
            worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), $0, format?.pointer)
        }
        try XLSXError.check(status, "cannot write cell \(name)!R\(row + 1)C\(column + 1)")
        return truncated
    }

    /// Writes an empty cell that shows `format` (a highlighted blank).
    public func writeBlank(row: Int, column: Int, format: XLSXFormat) throws {
        if let rows { return try rows.blank(row: row, column: column, style: format.styleIndex) }
        let status = worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format.pointer)
        try XLSXError.check(status, "cannot write cell \(name)!R\(row + 1)C\(column + 1)")
    }

    /// Attaches a note (an Excel comment) to a cell. Each note is held until the workbook is closed,
    /// so a caller writing many rows caps how many it adds.
    public func writeNote(_ text: String, row: Int, column: Int) throws {
        let status = text.withCString { worksheet_write_comment(sheet, lxw_row_t(row), lxw_col_t(column), $0) }
        try XLSXError.check(status, "cannot add a note to cell \(name)!R\(row + 1)C\(column + 1)")
        rows?.include(row: row, column: column)
    }

    /// Writes a number cell.
    public func write(number: Double, row: Int, column: Int, format: XLSXFormat? = nil) throws {
        if let rows { return try rows.number(number, row: row, column: column, style: format?.styleIndex) }
        let status = worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), number, format?.pointer)
        try XLSXError.check(status, "cannot write cell \(name)!R\(row + 1)C\(column + 1)")
    }

    /// Writes a calendar day as a real date cell (a serial number shown through `format`).
    public func write(year: Int, month: Int, day: Int, row: Int, column: Int, format: XLSXFormat) throws {
        var date = lxw_datetime(year: Int32(year), month: Int32(month), day: Int32(day), hour: 0, min: 0, sec: 0)
        if let rows {
            return try rows.number(lxw_datetime_to_excel_datetime(&date), row: row, column: column, style: format.styleIndex)
        }
        let status = worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(column), &date, format.pointer)
        try XLSXError.check(status, "cannot write cell \(name)!R\(row + 1)C\(column + 1)")
    }

    /// Takes this (constant-memory) worksheet's rows from another workbook file this module wrote,
    /// where `stored` says they are, instead of writing them: their bytes are copied as they are when
    /// the workbook is closed, so the caller must have checked the file is the one it recorded. Only
    /// before any cell of the sheet is written; a note may still be added.
    public func adoptRows(_ stored: XLSXStoredRows, from workbookPath: String) throws {
        guard let rows else { throw XLSXError(message: "\(name): only a constant-memory worksheet takes another workbook's rows") }
        try rows.adopt(stored, from: workbookPath)
    }

    /// Sets the width (in characters) of columns `first...last`, with an optional default format.
    public func setColumns(_ first: Int, _ last: Int, width: Double, format: XLSXFormat? = nil) throws {
        let status = worksheet_set_column(sheet, lxw_col_t(first), lxw_col_t(last), width, format?.pointer)
        try XLSXError.check(status, "cannot set the width of columns in \(name)")
    }

    /// Keeps the first `rows` rows in view while scrolling.
    public func freezeRows(_ rows: Int) {
        worksheet_freeze_panes(sheet, lxw_row_t(rows), 0)
    }

    /// Hides the worksheet (for lookup lists the drop-downs refer to).
    public func hide() {
        worksheet_hide(sheet)
    }

    /// Adds a drop-down list to the cells of `column` in rows `firstRow...lastRow`: only the allowed
    /// values are accepted when someone types into the cell in Excel or LibreOffice.
    public func addDropDown(column: Int, firstRow: Int, lastRow: Int, source: XLSXDropDownSource,
                            title: String? = nil, message: String? = nil) throws {
        let status: lxw_error = XLSXWorkbook.withOptionalCString(title) { cTitle in
            XLSXWorkbook.withOptionalCString(message) { cMessage in
                var validation = lxw_data_validation()
                validation.ignore_blank = UInt8(LXW_VALIDATION_ON.rawValue)
                validation.show_error = UInt8(LXW_VALIDATION_ON.rawValue)
                validation.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
                validation.error_title = cTitle.map { UnsafeMutablePointer(mutating: $0) }
                validation.error_message = cMessage.map { UnsafeMutablePointer(mutating: $0) }
                switch source {
                case .formula(let formula):
                    validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
                    return formula.withCString { cFormula in
                        validation.value_formula = UnsafeMutablePointer(mutating: cFormula)
                        return worksheet_data_validation_range(sheet, lxw_row_t(firstRow), lxw_col_t(column),
                                                               lxw_row_t(lastRow), lxw_col_t(column), &validation)
                    }
                case .values(let values):
                    validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
                    return withCStringArray(values) { list in
                        validation.value_list = list
                        return worksheet_data_validation_range(sheet, lxw_row_t(firstRow), lxw_col_t(column),
                                                               lxw_row_t(lastRow), lxw_col_t(column), &validation)
                    }
                }
            }
        }
        try XLSXError.check(status, "cannot add a drop-down to \(name) column \(column + 1)")
    }
}

/// Where a drop-down's allowed values come from.
public enum XLSXDropDownSource: Sendable {
    /// A short literal list (Excel caps the joined list at 255 characters).
    case values([String])
    /// A range holding the values, e.g. `=Codes!$A$1:$A$18` (no length limit).
    case formula(String)
}

/// Calls `body` with a NULL-terminated C array of C strings that live for the call.
private func withCStringArray<Result>(_ strings: [String], _ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Result) -> Result {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    var array = copies + [nil]
    return array.withUnsafeMutableBufferPointer { buffer in
        // The buffer is never empty: it always holds the terminating nil.
        body(buffer.baseAddress!)
    }
}
