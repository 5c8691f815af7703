import AnnexASpec
import EvidenceModel
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
            if let date = dates[column] { return date.ukFormat }
            if let index = categories[column], let set = columns[column].valueSet { return set.values[index] }
            if let number = integers[column] { return String(number) }
            return csv.trimmedString(source)
        }
    }

    /// A cell's date, when the column is a date column and the cell held a real day.
    public func date(_ column: Int) -> CalendarDate? { dates.indices.contains(column) ? dates[column] : nil }
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
}

/// Streams an Annex A list CSV: recognises the list, maps its header to the template, normalises
/// and validates each row, and hands rows to a callback one at a time. Memory stays flat whatever
/// the file's size: one row, plus the duplicate check's key fingerprints (24-36 bytes a row, for
/// at most `duplicateCheckRows` rows).
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
    /// Rows whose keys the duplicate check remembers; later rows are still checked against those,
    /// but not remembered (a note says from where), which keeps memory bounded on any file.
    public var duplicateCheckRows: Int

    /// Makes a reader.
    public init(template: AnnexATemplate, referenceDate: CalendarDate, displayPath: String, list: Int? = nil,
                validate: Bool = true, diagnosticsPerKind: Int = 20, duplicateCheckRows: Int = 2_000_000) {
        self.template = template
        self.referenceDate = referenceDate
        self.displayPath = displayPath
        self.list = list
        self.validate = validate
        self.diagnosticsPerKind = diagnosticsPerKind
        self.duplicateCheckRows = duplicateCheckRows
    }

    /// Streams a file from disk in chunks.
    public func read(url: URL, onRow: ((AnnexARow) throws -> Void)? = nil) throws -> AnnexAReadResult {
        var state = ReadState(reader: self)
        let summary = try CSVFileReader().read(url: url) { row in try state.take(row, onRow: onRow) }
        return state.finish(summary)
    }

    /// Reads bytes already in memory.
    public func read(bytes: [UInt8], onRow: ((AnnexARow) throws -> Void)? = nil) throws -> AnnexAReadResult {
        var state = ReadState(reader: self)
        let summary = try CSVFileReader().read(bytes: bytes) { row in try state.take(row, onRow: onRow) }
        return state.finish(summary)
    }
}

/// The reader's running state over one file.
private struct ReadState {
    let reader: AnnexAListReader
    var sink: DiagnosticSink
    var match: AnnexAHeaderMatch?
    var headers: [String] = []
    var headerLine = 1
    var rowCount = 0
    var firstLine: Int?
    var lastLine = 1
    var seenKeys: [UInt64: Int32] = [:]
    var duplicateCheckStoppedAt: Int?
    var normalisedCounts: [Int: Int] = [:]
    var dateFormCounts: [Int: [AnnexADate.Form: Int]] = [:]
    var windowStart: CalendarDate
    // Reused per row.
    var categories: [Int?] = []
    var dates: [CalendarDate?] = []
    var integers: [Int?] = []

    init(reader: AnnexAListReader) {
        self.reader = reader
        self.sink = DiagnosticSink(path: reader.displayPath, limitPerKind: reader.diagnosticsPerKind)
        self.windowStart = reader.referenceDate
    }

    mutating func take(_ row: CSVRow, onRow: ((AnnexARow) throws -> Void)?) throws {
        lastLine = row.endLine
        if firstLine == nil { firstLine = row.line }
        guard !headers.isEmpty || match != nil else {
            readHeader(row)
            return
        }
        guard let match else { return }
        if row.isEmpty { return }
        rowCount += 1
        let columns = match.list.columns
        if categories.count != columns.count {
            categories = Array(repeating: nil, count: columns.count)
            dates = Array(repeating: nil, count: columns.count)
            integers = Array(repeating: nil, count: columns.count)
        }
        for index in columns.indices {
            categories[index] = nil
            dates[index] = nil
            integers[index] = nil
        }
        if reader.validate { checkShape(row) }
        for (column, spec) in columns.enumerated() {
            guard let source = match.sourceIndex[column] else { continue }
            read(cell: row, source: source, column: column, spec: spec)
        }
        if reader.validate { checkRow(row, match: match) }
        if let onRow {
            try onRow(AnnexARow(line: row.line, csv: row, sourceIndex: match.sourceIndex, categories: categories,
                                dates: dates, integers: integers, columns: columns))
        }
    }

    private mutating func readHeader(_ row: CSVRow) {
        headers = row.strings.map { $0.trimmingCharacters(in: .whitespaces) }
        headerLine = row.line
        if headers.allSatisfy(\.isEmpty) { headers = [] ; return }
        windowStart = reader.referenceDate
        guard let found = AnnexAListRecognizer.recognise(path: reader.displayPath, headers: headers, template: reader.template, forcedList: reader.list) else {
            sink.always(.warning, "annexa.unrecognised", "the header matches no Annex A list of the \(reader.template.template) template closely enough", line: row.line)
            return
        }
        match = found
        let list = found.list
        windowStart = list.reportingWindow.start(for: reader.referenceDate)
        for (column, spec) in list.columns.enumerated() where found.sourceIndex[column] == nil {
            sink.always(spec.required ? .error : .warning, "annexa.header.missing",
                        "\(list.sheetName): the \(spec.required ? "required " : "")column '\(spec.header)' is missing", line: row.line)
        }
        for source in found.unknownSourceColumns {
            let name = headers[source].isEmpty ? "(blank header)" : headers[source]
            sink.always(.warning, "annexa.header.unknown", "\(list.sheetName): column '\(name)' is not in the template; it is ignored", line: row.line, column: source + 1)
        }
        for source in found.duplicateSourceColumns {
            sink.always(.warning, "annexa.header.duplicate", "\(list.sheetName): column '\(headers[source])' repeats a column already read; it is ignored", line: row.line, column: source + 1)
        }
        for pair in found.looseMatches {
            sink.always(.note, "annexa.header.variant", "\(list.sheetName): header '\(headers[pair.source])' read as the template's '\(list.columns[pair.template].header)'", line: row.line, column: pair.source + 1)
        }
    }

    private mutating func checkShape(_ row: CSVRow) {
        guard row.count != headers.count else { return }
        if row.count < headers.count {
            sink.add(.warning, "csv.ragged-row", "row has \(row.count) fields but the header has \(headers.count); the missing ones are read as blank", line: row.line, column: row.count + 1)
        } else if (headers.count..<row.count).contains(where: { !row.isBlank($0) }) {
            sink.add(.warning, "csv.ragged-row", "row has \(row.count) fields but the header has \(headers.count); the extra ones are ignored", line: row.line, column: headers.count + 1)
        }
    }

    private mutating func read(cell row: CSVRow, source: Int, column: Int, spec: AnnexAColumnSpec) {
        let bytes = row.trimmedBytes(source)
        let validate = reader.validate
        let sheet = match?.list.sheetName ?? ""
        if bytes.isEmpty {
            if validate && spec.required {
                sink.add(.error, "annexa.required", "\(sheet): '\(spec.header)' is required but blank", line: row.line, column: source + 1, columnName: spec.header)
            }
            return
        }
        switch spec.type {
        case .date:
            if let parsed = AnnexADate.parse(bytes) {
                dates[column] = parsed.date
                if parsed.form != .template { dateFormCounts[column, default: [:]][parsed.form, default: 0] += 1 }
            } else if validate {
                sink.add(.error, "annexa.date.invalid", "\(sheet): '\(spec.header)' is not a real date (expected dd/mm/yyyy)", line: row.line, column: source + 1, columnName: spec.header)
            }
        case .integer:
            switch Self.wholeNumber(bytes) {
            case .some(let number):
                integers[column] = number
                if validate, let minimum = spec.minimum, number < minimum {
                    sink.add(.error, "annexa.integer.range", "\(sheet): '\(spec.header)' is below \(minimum)", line: row.line, column: source + 1, columnName: spec.header)
                }
            case .none:
                if validate {
                    sink.add(.error, "annexa.integer.invalid", "\(sheet): '\(spec.header)' is not a whole number", line: row.line, column: source + 1, columnName: spec.header)
                }
            }
        case .category:
            guard let set = spec.valueSet else { return }
            switch set.resolve(bytes) {
            case .exact(let index): categories[column] = index
            case .normalised(let index):
                categories[column] = index
                normalisedCounts[column, default: 0] += 1
            case .unknown:
                if validate && !set.isOpen {
                    sink.add(.error, "annexa.code.unknown", "\(sheet): '\(spec.header)' is not one of the template's \(set.values.count) codes", line: row.line, column: source + 1, columnName: spec.header)
                }
            }
        case .id, .text, .postcode:
            break
        }
    }

    /// A whole number: digits, optionally `.0`; nil for fractions and text.
    static func wholeNumber(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0, digits = 0, negative = false, afterPoint = false
        for (offset, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where offset == 0: negative = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if afterPoint {
                    if byte != UInt8(ascii: "0") { return nil }
                } else {
                    value = value * 10 + Int(byte - UInt8(ascii: "0"))
                    digits += 1
                    if digits > 9 { return nil }
                }
            case UInt8(ascii: ".") where !afterPoint: afterPoint = true
            default: return nil
            }
        }
        guard digits > 0 else { return nil }
        return negative ? -value : value
    }

    private mutating func checkRow(_ row: CSVRow, match: AnnexAHeaderMatch) {
        let list = match.list
        let sheet = list.sheetName
        func location(_ column: Int) -> Int? { match.sourceIndex[column].map { $0 + 1 } }
        // Dates after the reference date.
        for column in dates.indices {
            if let date = dates[column], date > reader.referenceDate {
                sink.add(.warning, "annexa.date.future", "\(sheet): '\(list.columns[column].header)' is after the reference date \(reader.referenceDate.iso8601)", line: row.line, column: location(column), columnName: list.columns[column].header)
            }
        }
        // Birth before everything else.
        if let birthColumn = list.dateOfBirthColumn, let birth = dates[birthColumn] {
            if let other = dates.indices.first(where: { $0 != birthColumn && (dates[$0].map { $0 < birth } ?? false) }) {
                sink.add(.error, "annexa.date.order", "\(sheet): 'Date of Birth' is after '\(list.columns[other].header)'", line: row.line, column: location(birthColumn), columnName: list.columns[birthColumn].header)
            }
        }
        for pair in list.dateOrder {
            if let earlier = dates[pair.earlier], let later = dates[pair.later], later < earlier {
                sink.add(.error, "annexa.date.order", "\(sheet): '\(list.columns[pair.later].header)' is before '\(list.columns[pair.earlier].header)'", line: row.line, column: location(pair.later), columnName: list.columns[pair.later].header)
            }
        }
        checkWindow(row, match: match)
        checkDuplicate(row, match: match)
    }

    private mutating func checkWindow(_ row: CSVRow, match: AnnexAHeaderMatch) {
        let window = match.list.reportingWindow
        let present = window.dateColumns.filter { match.sourceIndex[$0] != nil }
        guard !present.isEmpty else { return }
        // A date that could not be read was reported already; do not pile a window finding on it.
        if present.contains(where: { dates[$0] == nil && !row.isBlank(match.sourceIndex[$0] ?? -1) }) { return }
        if present.contains(where: { dates[$0].map { $0 >= windowStart && $0 <= reader.referenceDate } ?? false }) { return }
        // A date after the reference date was reported as such; one finding per cell is enough.
        if present.contains(where: { dates[$0].map { $0 > reader.referenceDate } ?? false }) { return }
        let openColumns = window.openWhenBlank.filter { match.sourceIndex[$0] != nil }
        if !openColumns.isEmpty && openColumns.allSatisfy({ dates[$0] == nil }) { return }
        let column = present.first { dates[$0] != nil } ?? present[0]
        let header = match.list.columns[column].header
        sink.add(.warning, "annexa.date.window",
                 "\(match.list.sheetName): no date in the \(window.months)-month reporting window (\(windowStart.iso8601) to \(reader.referenceDate.iso8601)) and the row is not open; first checked: '\(header)'",
                 line: row.line, column: match.sourceIndex[column].map { $0 + 1 }, columnName: header)
    }

    private mutating func checkDuplicate(_ row: CSVRow, match: AnnexAHeaderMatch) {
        let keys = match.list.duplicateKeyColumns
        guard !keys.isEmpty, keys.allSatisfy({ match.sourceIndex[$0] != nil }) else { return }

        var hash: UInt64 = 0xcbf29ce484222325
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        for column in keys {
            if let date = dates[column] {
                var days = date.daysSinceEpoch
                for _ in 0..<4 { mix(UInt8(truncatingIfNeeded: days)); days >>= 8 }
            } else if let category = categories[column] {
                mix(0xFE)
                mix(UInt8(truncatingIfNeeded: category))
            } else if let source = match.sourceIndex[column] {
                for byte in row.trimmedBytes(source) { mix(byte) }
            }
            mix(0x1F)
        }
        if let first = seenKeys[hash] {
            let column = keys[0]
            let names = keys.map { "'\(match.list.columns[$0].header)'" }.joined(separator: ", ")
            sink.add(.error, "annexa.duplicate", "\(match.list.sheetName): same \(names) as line \(first)", line: row.line,
                     column: match.sourceIndex[column].map { $0 + 1 }, columnName: match.list.columns[column].header)
        } else if seenKeys.count < reader.duplicateCheckRows {
            seenKeys[hash] = Int32(clamping: row.line)
        } else if duplicateCheckStoppedAt == nil {
            duplicateCheckStoppedAt = row.line
        }
    }

    func finish(_ summary: CSVFileReader.Summary) -> AnnexAReadResult {
        var sink = self.sink
        var all: [Diagnostic] = []
        if summary.encoding.hasPrefix("UTF-16") {
            sink.always(.note, "csv.encoding", "read as \(summary.encoding) (Excel's Unicode text)")
        }
        if summary.delimiter != UInt8(ascii: ",") {
            sink.always(.note, "csv.delimiter", "fields are separated by '\(summary.delimiter == 0x09 ? "tab" : String(UnicodeScalar(summary.delimiter)))', not commas")
        }
        for issue in summary.issues { CSVTableImporter.report(issue, into: &sink) }
        if let match {
            for (column, count) in normalisedCounts.sorted(by: { $0.key < $1.key }) {
                sink.always(.note, "annexa.code.normalised", "\(match.list.sheetName): \(count) value(s) in '\(match.list.columns[column].header)' were written loosely and read as the template's codes",
                            line: nil, column: nil)
            }
            for (column, forms) in dateFormCounts.sorted(by: { $0.key < $1.key }) {
                for (form, count) in forms.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                    let how = form == .iso ? "ISO yyyy-mm-dd dates" : "Excel serial day numbers"
                    sink.always(.note, "annexa.date.form", "\(match.list.sheetName): \(count) value(s) in '\(match.list.columns[column].header)' were \(how), read as days", line: nil, column: nil)
                }
            }
        }
        if let line = duplicateCheckStoppedAt {
            sink.always(.note, "annexa.duplicate.unchecked", "the duplicate check remembers the keys of \(reader.duplicateCheckRows) rows; a row from here on that repeats a later row's key is not reported", line: line)
        }
        if headers.isEmpty {
            sink.always(.warning, "csv.empty", "the file has no header line")
        }
        all = sink.finished()
        return AnnexAReadResult(match: match, sourceHeaders: headers, rowCount: rowCount,
                                lines: (firstLine ?? 1)...max(firstLine ?? 1, summary.lastLine, lastLine),
                                diagnostics: all, encoding: summary.encoding)
    }
}
