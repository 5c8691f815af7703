import AnnexASpec
import EvidenceModel
import EvidencePackCore
import Foundation

/// One row of an Annex A list, in template column order, as the reader normalised it. The text
/// is made only when `values` is read, so validating a million rows makes no Strings.
public struct AnnexARow: Sendable {
    /// 1-based source line where the row starts.
    public let line: Int
    let csv: CSVRow
    let sourceIndex: [Int?]
    let categories: [Int?]
    let dates: [CalendarDate?]
    let integers: [Int?]
    let columns: [AnnexAColumnSpec]

    /// The row's cells in template order: dates as `dd/mm/yyyy`, codes as the template writes them,
    /// whole numbers without decimals, other text trimmed; "" for a column the file lacks. A cell
    /// that could not be read is passed on as written.
    public var values: [String] {
        columns.indices.map { column in
            guard let source = sourceIndex[column] else { return "" }
            if let date = dates[column] { return AnnexARow.ukText(date) }
            if let index = categories[column], let set = columns[column].valueSet { return set.values[index] }
            if let number = integers[column] { return String(number) }
            return csv.trimmedString(source)
        }
    }

    /// The same row with its CSV record in buffers of its own (see `CSVRow.detached()`): for a row
    /// kept after the reader's callback returns, such as one queued for another thread.
    public func detached() -> AnnexARow {
        AnnexARow(line: line, csv: csv.detached(), sourceIndex: sourceIndex, categories: categories, dates: dates,
                  integers: integers, columns: columns)
    }

    /// `CalendarDate.ukFormat` (`dd/mm/yyyy`) written straight into ten bytes: it is made for
    /// every date cell of every row an exporter or the importer keeps.
    static func ukText(_ date: CalendarDate) -> String {
        guard (1...9999).contains(date.year), (1...12).contains(date.month), (1...31).contains(date.day) else { return date.ukFormat }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { text in
            let zero = UInt8(ascii: "0"), slash = UInt8(ascii: "/")
            text[0] = zero + UInt8(date.day / 10)
            text[1] = zero + UInt8(date.day % 10)
            text[2] = slash
            text[3] = zero + UInt8(date.month / 10)
            text[4] = zero + UInt8(date.month % 10)
            text[5] = slash
            text[6] = zero + UInt8(date.year / 1000)
            text[7] = zero + UInt8(date.year / 100 % 10)
            text[8] = zero + UInt8(date.year / 10 % 10)
            text[9] = zero + UInt8(date.year % 10)
            return String(decoding: text, as: UTF8.self)
        }
    }

    /// The rule a cell breaks on its own, as the reader reports it (`annexa.required`,
    /// `annexa.date.invalid`, `annexa.integer.invalid`, `annexa.integer.range`, `annexa.code.unknown`,
    /// `annexa.postcode.invalid`, `annexa.postcode.partial`); nil for a cell the template accepts or a
    /// column the file lacks. Row rules (date order, window, duplicates) are not a cell's.
    public func problem(_ column: Int) -> String? {
        guard columns.indices.contains(column), let source = sourceIndex[column] else { return nil }
        let spec = columns[column]
        if source >= csv.count || csv.isBlank(source) { return spec.required ? "annexa.required" : nil }
        switch spec.type {
        case .date:
            return dates[column] == nil ? "annexa.date.invalid" : nil
        case .integer:
            guard let number = integers[column] else { return "annexa.integer.invalid" }
            return number < (spec.minimum ?? .min) ? "annexa.integer.range" : nil
        case .category:
            guard let set = spec.valueSet, !set.isOpen else { return nil }
            return categories[column] == nil ? "annexa.code.unknown" : nil
        case .postcode:
            guard let form = AnnexAPostcode.form(of: csv.trimmedBytes(source)) else { return "annexa.postcode.invalid" }
            return spec.postcodeForms.contains(form) ? nil : "annexa.postcode.partial"
        case .id, .text:
            return nil
        }
    }

    /// A cell's date, when the column is a date column and the cell held a real day.
    public func date(_ column: Int) -> CalendarDate? { dates.indices.contains(column) ? dates[column] : nil }

    /// Whether a template column is blank in this row (or missing from the file).
    func isBlank(_ column: Int) -> Bool {
        guard sourceIndex.indices.contains(column), let source = sourceIndex[column] else { return true }
        return source >= csv.count || csv.isBlank(source)
    }

    /// A column's trimmed bytes (the child identifier the analysis links by, never kept); empty when blank.
    func trimmedBytes(_ column: Int) -> ArraySlice<UInt8> {
        guard !isBlank(column), let source = sourceIndex[column] else { return [] }
        return csv.trimmedBytes(source)
    }
}

/// What reading one Annex A file found.
public struct AnnexAReadResult: Sendable {
    /// The list and how the header mapped to it; nil when the file is not a recognisable list.
    public var match: AnnexAHeaderMatch?
    /// The file's own header texts.
    public var sourceHeaders: [String]
    /// Data rows read (blank lines not counted).
    public var rowCount: Int
    /// First and last source lines.
    public var lines: ClosedRange<Int>
    /// Findings, at most a few of each kind per column plus summaries. Never a cell's value.
    public var diagnostics: [Diagnostic]
    /// The encoding found (`UTF-8`, `UTF-16LE`...).
    public var encoding: String
    /// When the reader deferred its checks against the reference date (and the file is a list):
    /// what gives the diagnostics for a day; `diagnostics` is then empty.
    public var dateChecks: AnnexADateChecks?
}

/// Streams an Annex A list CSV: recognises the list, maps its header to the template, normalises
/// and validates each row, and hands rows to a callback one at a time. Memory stays flat whatever
/// the file's size: one row, plus the duplicate check's key fingerprints (12 bytes a row while
/// reading, twice that while they are settled at the end; for at most `duplicateCheckRows` rows,
/// see `DuplicateKeyCheck`).
///
/// The importer uses it to validate; the Annex A workbook exporter uses it to re-read a source
/// whose record says `streamedFromSource`:
/// ```swift
/// let reader = AnnexAListReader(template: template, referenceDate: date, displayPath: source.path,
///                               list: table.annexAList, validate: false)
/// _ = try reader.read(url: context.url(of: source)) { row in writer.append(row.values) }
/// ```
public struct AnnexAListReader: Sendable {
    /// The template the rows are checked against.
    public var template: AnnexATemplate
    /// The day the pack is for (reporting windows end here).
    public var referenceDate: CalendarDate
    /// The path written in diagnostics.
    public var displayPath: String
    /// Read as this list, whatever the name and header say.
    public var list: Int?
    /// Validate rows (false: only normalise, for exporters re-reading a checked file).
    public var validate: Bool
    /// Diagnostics kept per kind and column before a summary takes over.
    public var diagnosticsPerKind: Int
    /// Leave the checks against the reference date to the caller: the result's `diagnostics` are
    /// then empty and its `dateChecks` give them for any day (`AnnexADateChecks.finished(on:)`), so
    /// that a reading can be cached and reused the next day. `referenceDate` is then not read.
    public var defersDateChecks = false
    /// Rows whose keys the duplicate check remembers; later rows are still checked against those,
    /// but not remembered (a note says from where), which keeps memory bounded on any file.
    public var duplicateCheckRows: Int
    /// Bytes read from the file at a time (smaller in tests, to put chunk edges everywhere).
    public var chunkSize: Int
    /// The workbook sheet the rows come from, when they do: the list is recognised by this name rather
    /// than the file's, and findings with a row and column name the cell (`List 3!B52: ...`).
    public var sheetName: String?

    /// Makes a reader.
    public init(template: AnnexATemplate, referenceDate: CalendarDate, displayPath: String, list: Int? = nil,
                validate: Bool = true, diagnosticsPerKind: Int = 20, duplicateCheckRows: Int = 2_000_000, chunkSize: Int = 1 << 20) {
        self.template = template
        self.referenceDate = referenceDate
        self.displayPath = displayPath
        self.list = list
        self.validate = validate
        self.diagnosticsPerKind = diagnosticsPerKind
        self.duplicateCheckRows = duplicateCheckRows
        self.chunkSize = chunkSize
    }

    /// Streams a file from disk in chunks.
    public func read(url: URL, onRow: ((AnnexARow) throws -> Void)? = nil) throws -> AnnexAReadResult {
        try read(url: url, rowsToHandOver: .max, onRow: onRow)
    }

    /// Streams a file, handing only its first `rowsToHandOver` data rows to `onRow` (the rest are
    /// still read and validated; a caller that keeps a few rows spares making the others).
    public func read(url: URL, rowsToHandOver: Int, onRow: ((AnnexARow) throws -> Void)?) throws -> AnnexAReadResult {
        // Annex A rows run to 60 bytes and more; a guess on the high side costs a little memory
        // and saves growing the duplicate check's table as the file is read.
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        var state = AnnexAReadState(reader: self, rowsToHandOver: rowsToHandOver, expectedRows: size / 48)
        let summary = try CSVFileReader(chunkSize: chunkSize).read(url: url) { row in try state.take(row, onRow: onRow) }
        return state.finish(summary)
    }

    /// Streams an input opened through the guarded path (see `GuardedInput`); the caller checks its
    /// hash with `input.finish()` once the rows are written.
    public func read(input: GuardedInput, onRow: ((AnnexARow) throws -> Void)? = nil) throws -> AnnexAReadResult {
        try read(input: input, rowsToHandOver: .max, onRow: onRow)
    }

    /// Streams a guarded input, handing only its first `rowsToHandOver` data rows to `onRow`.
    public func read(input: GuardedInput, rowsToHandOver: Int, onRow: ((AnnexARow) throws -> Void)?) throws -> AnnexAReadResult {
        let size = Int(clamping: input.fileSize)
        var state = AnnexAReadState(reader: self, rowsToHandOver: rowsToHandOver, expectedRows: size / 48)
        let summary = try CSVFileReader(chunkSize: chunkSize).read(input: input) { row in try state.take(row, onRow: onRow) }
        return state.finish(summary)
    }

    /// Reads bytes already in memory.
    public func read(bytes: [UInt8], onRow: ((AnnexARow) throws -> Void)? = nil) throws -> AnnexAReadResult {
        var state = AnnexAReadState(reader: self, rowsToHandOver: .max)
        let summary = try CSVFileReader(chunkSize: chunkSize).read(bytes: bytes) { row in try state.take(row, onRow: onRow) }
        return state.finish(summary)
    }
}

