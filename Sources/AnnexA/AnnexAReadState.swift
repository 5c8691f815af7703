import AnnexASpec
import EvidenceModel
import Foundation

/// The reader's running state over one file: the header match, the findings so far, and the
/// per-row scratch arrays (reused, so a row allocates nothing unless it is handed over).
struct AnnexAReadState {
    let reader: AnnexAListReader
    let rowsToHandOver: Int
    var sink: DiagnosticSink
    var match: AnnexAHeaderMatch?
    var plan: AnnexARowPlan?
    var headers: [String] = []
    var headerLine = 1
    var rowCount = 0
    var firstLine: Int?
    var lastLine = 1
    var seenKeys: DuplicateKeyCheck
    var duplicateCheckStoppedAt: Int?
    /// The duplicate check's findings, in line order (merged in among the rows' findings at the end).
    var duplicateFindings: [Diagnostic] = []
    var tallies = AnnexAReadTallies(columns: 0)
    var dateFormCounts: [Int: [AnnexADate.Form: Int]] = [:]
    /// The checks against the reference date, once the header is matched (validating only).
    var dateRules: AnnexADateRules?
    /// The reference date as those checks compare it, when they run as rows are read.
    var dateDay: AnnexADateRules.Day?
    /// Their findings so far, when they run as rows are read (merged in by line at the end).
    var dateFindings: [Diagnostic] = []
    /// The rows as those checks need them, when they are deferred (`AnnexAListReader.defersDateChecks`).
    var dateEvidence = AnnexADateEvidence()
    /// What the current row's cells were read as (reused for every row).
    var cells = AnnexARowCells(columns: 0)

    /// `expectedRows`: a guess at the file's rows, to size the duplicate check's table at once.
    init(reader: AnnexAListReader, rowsToHandOver: Int, expectedRows: Int = 0) {
        self.reader = reader
        self.rowsToHandOver = rowsToHandOver
        self.seenKeys = DuplicateKeyCheck(expected: expectedRows, limit: reader.duplicateCheckRows)
        self.sink = DiagnosticSink(path: reader.displayPath, limitPerKind: reader.diagnosticsPerKind)
        self.sink.sheet = reader.sheetName
    }

    mutating func take(_ row: CSVRow, onRow: ((AnnexARow) throws -> Void)?) throws {
        lastLine = row.endLine
        if firstLine == nil { firstLine = row.line }
        guard !headers.isEmpty || match != nil else {
            readHeader(row)
            return
        }
        guard let plan else { return }
        if row.isEmpty { return }
        rowCount += 1
        cells.clear()
        let validate = reader.validate
        if validate { checkShape(row, plan: plan) }
        row.storage.withUnsafeBufferPointer { buffer in
            for cell in plan.cells {
                read(cell: cell, of: row, buffer: buffer, plan: plan, validate: validate)
            }
        }
        if validate { checkRow(row, plan: plan) }
        if let onRow, rowCount <= rowsToHandOver, let match {
            try onRow(AnnexARow(line: row.line, csv: row, sourceIndex: match.sourceIndex, categories: cells.categories,
                                dates: cells.dates, integers: cells.integers, columns: match.list.columns))
        }
    }

    private mutating func readHeader(_ row: CSVRow) {
        headers = row.strings.map { $0.trimmingCharacters(in: .whitespaces) }
        headerLine = row.line
        if headers.allSatisfy(\.isEmpty) { headers = [] ; return }
        guard let found = AnnexAListRecognizer.recognise(path: reader.sheetName ?? reader.displayPath, headers: headers, template: reader.template, forcedList: reader.list) else {
            sink.always(.warning, "annexa.unrecognised", "the header matches no Annex A list of the \(reader.template.template) template closely enough", line: row.line)
            return
        }
        match = found
        let list = found.list
        sink.listPrefix = "\(list.sheetName): "
        for (column, spec) in list.columns.enumerated() where found.sourceIndex[column] == nil {
            sink.always(spec.required ? .error : .warning, "annexa.header.missing",
                        "\(list.sheetName): the \(spec.required ? "required " : "")column '\(spec.header)' of the \(reader.template.template) template is missing", line: row.line)
        }
        for source in found.unknownSourceColumns {
            let name = headers[source].isEmpty ? "(blank header)" : QuotedName.shortened(headers[source])
            sink.always(.warning, "annexa.header.unknown", "\(list.sheetName): column '\(name)' is not in the template; it is ignored", line: row.line, column: source + 1)
        }
        for source in found.duplicateSourceColumns {
            sink.always(.warning, "annexa.header.duplicate", "\(list.sheetName): column '\(QuotedName.shortened(headers[source]))' repeats a column already read; it is ignored", line: row.line, column: source + 1)
        }
        for pair in found.looseMatches {
            sink.always(.note, "annexa.header.variant", "\(list.sheetName): header '\(QuotedName.shortened(headers[pair.source]))' read as the template's '\(list.columns[pair.template].header)'", line: row.line, column: pair.source + 1)
        }
        let plan = AnnexARowPlan(match: found, templateYear: reader.template.template, sink: &sink)
        self.plan = plan
        if reader.validate {
            let rules = AnnexADateRules(plan: plan)
            dateRules = rules
            if !reader.defersDateChecks { dateDay = AnnexADateRules.Day(reader.referenceDate, windowMonths: rules.windowMonths) }
        }
        cells = AnnexARowCells(columns: list.columns.count)
        tallies = AnnexAReadTallies(columns: list.columns.count)
    }

    private mutating func checkShape(_ row: CSVRow, plan: AnnexARowPlan) {
        let headerCount = headers.count
        guard row.count != headerCount else { return }
        if row.count < headerCount {
            // A worksheet stores no cell for a blank at the end of a row: nothing is missing.
            if reader.sheetName != nil { return }
            sink.add(plan.ragged, .warning, "csv.ragged-row", line: row.line, column: row.count + 1) {
                "row has \(row.count) fields but the header has \(headerCount); the missing ones are read as blank"
            }
        } else if (headerCount..<row.count).contains(where: { !row.isBlank($0) }) {
            sink.add(plan.ragged, .warning, "csv.ragged-row", line: row.line, column: headerCount + 1) {
                "row has \(row.count) fields but the header has \(headerCount); the extra ones are ignored"
            }
        }
    }

    private mutating func read(cell: AnnexARowPlan.Cell, of row: CSVRow, buffer: UnsafeBufferPointer<UInt8>,
                               plan: AnnexARowPlan, validate: Bool) {
        let range = row.trimmedRange(cell.source)
        let line = row.line, column = cell.source + 1
        if range.isEmpty {
            if validate && cell.required {
                sink.add(cell.requiredBlank, .error, "annexa.required", line: line, column: column) {
                    "\(plan.sheetName): '\(plan.headers[cell.column])' is required but blank (a required column of the \(plan.templateYear) template)"
                }
            }
            return
        }
        let bytes = UnsafeBufferPointer(rebasing: buffer[range])
        switch cell.type {
        case .date:
            if let parsed = AnnexADate.parse(bytes) {
                cells.days[cell.column] = DayNumber.of(parsed.date)
                if parsed.form != .template { dateFormCounts[cell.column, default: [:]][parsed.form, default: 0] += 1 }
            } else if validate {
                sink.add(cell.dateInvalid, .error, "annexa.date.invalid", line: line, column: column) {
                    "\(plan.sheetName): '\(plan.headers[cell.column])' is not a real date (the \(plan.templateYear) template writes dd/mm/yyyy)"
                }
            }
        case .integer:
            var whole = AnnexAReadState.wholeNumber(bytes)
            if whole == nil, cell.fractions, let part = AnnexAReadState.wholePart(bytes) {
                whole = part
                tallies.fraction(column: cell.column, line: line)
            }
            switch whole {
            case .some(let number):
                cells.numbers[cell.column] = number
                if validate, number < cell.minimum {
                    sink.add(cell.integerRange, .error, "annexa.integer.range", line: line, column: column) {
                        "\(plan.sheetName): '\(plan.headers[cell.column])' is below \(cell.minimum) (the \(plan.templateYear) template's least)"
                    }
                }
            case .none:
                if validate {
                    sink.add(cell.integerInvalid, .error, "annexa.integer.invalid", line: line, column: column) {
                        "\(plan.sheetName): '\(plan.headers[cell.column])' is not a whole number (\(plan.templateYear) template)"
                    }
                }
            }
        case .category:
            guard let lookup = cell.codes else { return }
            switch lookup._withUnsafeGuaranteedRef({ $0.resolve(bytes) }) {
            case .exact(let index): cells.codes[cell.column] = index
            case .normalised(let index):
                cells.codes[cell.column] = index
                tallies.normalised(column: cell.column, code: index, bytes: bytes, line: line)
            case .unknown:
                if validate && !cell.openCodes {
                    sink.add(cell.codeUnknown, .error, "annexa.code.unknown", line: line, column: column) {
                        "\(plan.sheetName): '\(plan.headers[cell.column])' is not one of the \(cell.codeCount) codes of code list '\(plan.valueSetNames[cell.column])' (\(plan.templateYear) template)"
                    }
                }
            }
        case .postcode:
            if validate { check(postcode: bytes, cell: cell, line: line, plan: plan) }
        case .id, .text:
            break
        }
    }

    /// A postcode: an error when it is not shaped like a UK postcode, a warning when it is only
    /// part of one and the column asks for more.
    private mutating func check(postcode bytes: UnsafeBufferPointer<UInt8>, cell: AnnexARowPlan.Cell, line: Int, plan: AnnexARowPlan) {
        let column = cell.source + 1
        guard let form = AnnexAPostcode.form(of: bytes) else {
            sink.add(cell.postcodeInvalid, .error, "annexa.postcode.invalid", line: line, column: column) {
                "\(plan.sheetName): '\(plan.headers[cell.column])' is not a UK postcode (the \(plan.templateYear) template asks for \(plan.postcodeFormWords[cell.column]))"
            }
            return
        }
        guard cell.postcodeForms & AnnexARowPlan.bit(form) == 0 else { return }
        sink.add(cell.postcodePartial, .warning, "annexa.postcode.partial", line: line, column: column) {
            "\(plan.sheetName): '\(plan.headers[cell.column])' holds only a \(form.rawValue) of a postcode (the \(plan.templateYear) template asks for \(plan.postcodeFormWords[cell.column]))"
        }
    }

    /// The whole part of a non-negative number with decimals (`11.62` → 11); nil for anything else.
    static func wholePart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var value = 0, digits = 0, fractionDigits = 0, afterPoint = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if afterPoint {
                    fractionDigits += 1
                } else {
                    value = value * 10 + Int(byte - UInt8(ascii: "0"))
                    digits += 1
                    if digits > 9 { return nil }
                }
            case UInt8(ascii: ".") where !afterPoint: afterPoint = true
            default: return nil
            }
        }
        guard digits > 0, afterPoint, fractionDigits > 0 else { return nil }
        return value
    }

    /// A whole number: digits, optionally `.0`; nil for fractions and text.
    static func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var value = 0, digits = 0, negative = false, afterPoint = false
        var offset = 0
        for byte in bytes {
            defer { offset += 1 }
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

    private mutating func checkRow(_ row: CSVRow, plan: AnnexARowPlan) {
        let line = row.line
        // Birth before everything else.
        if let birthColumn = plan.birthColumn, cells.days[birthColumn] != 0 {
            let birth = cells.days[birthColumn]
            if let other = (0..<cells.columns).first(where: { $0 != birthColumn && cells.days[$0] != 0 && cells.days[$0] < birth }) {
                sink.add(plan.dateOrder[birthColumn], .error, "annexa.date.order", line: line, column: plan.location(birthColumn)) {
                    "\(plan.sheetName): 'Date of Birth' is after '\(plan.headers[other])'"
                }
            }
        }
        for pair in plan.orderedPairs {
            let earlier = cells.days[pair.earlier], later = cells.days[pair.later]
            if earlier != 0, later != 0, later < earlier {
                sink.add(plan.dateOrder[pair.later], .error, "annexa.date.order", line: line, column: plan.location(pair.later)) {
                    "\(plan.sheetName): '\(plan.headers[pair.later])' is before '\(plan.headers[pair.earlier])'"
                }
            }
        }
        checkDuplicate(row, plan: plan)
        checkDates(row, plan: plan)
    }

    /// The checks against the reference date: run now, or the row kept for them (deferred).
    private mutating func checkDates(_ row: CSVRow, plan: AnnexARowPlan) {
        guard let rules = dateRules else { return }
        let flags = AnnexADateRules.flags(plan: plan, days: cells.days, row: row)
        for (position, date) in rules.dateColumns.enumerated() { cells.dateDays[position] = Int32(clamping: cells.days[date.column]) }
        let days = UnsafeBufferPointer(rebasing: cells.dateDays[0..<rules.dateColumns.count])
        if let dateDay {
            rules.check(line: row.line, flags: flags, days: days, on: dateDay, sink: &sink, into: &dateFindings)
        } else {
            dateEvidence.append(line: row.line, flags: flags, days: days)
        }
    }

    private mutating func checkDuplicate(_ row: CSVRow, plan: AnnexARowPlan) {
        let keys = plan.keyColumns
        guard !keys.isEmpty else { return }

        var hash = KeyFingerprint()
        for column in keys {
            if cells.days[column] != 0 {
                hash.mix(word: UInt64(cells.days[column]) | 1 << 62)
            } else if cells.codes[column] >= 0 {
                hash.mix(word: UInt64(cells.codes[column]) | 1 << 63)
            } else {
                let range = row.trimmedRange(plan.sourceIndex[column])
                row.storage.withUnsafeBufferPointer { hash.mix(bytes: UnsafeBufferPointer(rebasing: $0[range])) }
            }
        }
        var settled: [DuplicateKeyCheck.Repeat] = []
        let answer = seenKeys.take(hash.value, line: Int32(clamping: row.line), settling: &settled)
        for repeated in settled { Self.reportDuplicate(repeated, plan: plan, sink: &sink, into: &duplicateFindings) }
        switch answer {
        case .later, .new:
            break
        case .repeatOf(let first):
            Self.reportDuplicate(DuplicateKeyCheck.Repeat(line: Int32(clamping: row.line), first: first), plan: plan, sink: &sink, into: &duplicateFindings)
        case .notRemembered:
            if duplicateCheckStoppedAt == nil { duplicateCheckStoppedAt = row.line }
        }
    }

    /// A row that repeats an earlier row's key, as the duplicate check settled it (after the row's
    /// own findings, so it goes to a list of its own, merged in by line at the end).
    private static func reportDuplicate(_ repeated: DuplicateKeyCheck.Repeat, plan: AnnexARowPlan, sink: inout DiagnosticSink,
                                        into findings: inout [Diagnostic]) {
        let keys = plan.keyColumns
        sink.add(plan.duplicate, .error, "annexa.duplicate", line: Int(repeated.line), column: plan.location(keys[0]), to: &findings) {
            let names = keys.map { "'\(plan.headers[$0])'" }.joined(separator: ", ")
            return "\(plan.sheetName): same \(names) (the list's key in the \(plan.templateYear) template spec) as line \(repeated.first)"
        }
    }

    func finish(_ summary: CSVFileReader.Summary) -> AnnexAReadResult {
        var sink = self.sink
        var duplicateFindings = self.duplicateFindings
        var seenKeys = self.seenKeys
        if let plan {
            for repeated in seenKeys.finish() { Self.reportDuplicate(repeated, plan: plan, sink: &sink, into: &duplicateFindings) }
        }
        sink.insert(duplicateFindings, byLineAmongFirst: sink.diagnostics.count)
        let rowFindings = sink.diagnostics.count
        if summary.encoding.hasPrefix("UTF-16") {
            sink.always(.note, "csv.encoding", "read as \(summary.encoding) (Excel's Unicode text)")
        }
        if summary.delimiter != UInt8(ascii: ",") {
            sink.always(.note, "csv.delimiter", "fields are separated by '\(summary.delimiter == 0x09 ? "tab" : String(UnicodeScalar(summary.delimiter)))', not commas")
        }
        for issue in summary.issues { sink.report(issue) }
        if let match {
            reportTallies(match: match, sink: &sink)
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
        let columns = match.map(AnnexAColumnNames.init(match:))
        var result = AnnexAReadResult(match: match, sourceHeaders: headers, rowCount: rowCount,
                                      lines: (firstLine ?? 1)...max(firstLine ?? 1, summary.lastLine, lastLine),
                                      diagnostics: [], encoding: summary.encoding)
        if reader.defersDateChecks, let dateRules, let columns {
            result.dateChecks = AnnexADateChecks(sink: sink, rowFindings: rowFindings, rules: dateRules, columns: columns, rows: dateEvidence.bytes)
        } else {
            result.diagnostics = AnnexADateChecks.finish(sink: sink, rowFindings: rowFindings, dateFindings: dateFindings, columns: columns)
        }
        return result
    }
}

/// A day as one whole number that orders as dates do (`year·512 + month·32 + day`, never 0 for a
/// real day), so the per-row date checks compare integers.
enum DayNumber {
    @inline(__always)
    static func of(_ date: CalendarDate) -> Int { date.year << 9 | date.month << 5 | date.day }

    /// The date a day number stands for.
    static func date(_ number: Int) -> CalendarDate? {
        CalendarDate(year: number >> 9, month: number >> 5 & 15, day: number & 31)
    }

    /// Days since 1970-01-01, as `CalendarDate.daysSinceEpoch` counts them, without making the date.
    static func daysSinceEpoch(_ number: Int) -> Int {
        CalendarDate.daysSinceEpoch(year: number >> 9, month: number >> 5 & 15, day: number & 31)
    }
}

/// A row's key as 64 bits: the duplicate check compares these, not the cells. A day counts as its
/// day number (whatever form the cell wrote it in), a code as its index in the code list (whatever
/// spelling), other text as its bytes, read eight at a time.
struct KeyFingerprint {
    private var state: UInt64 = 0x243F_6A88_85A3_08D3

    @inline(__always)
    mutating func mix(word: UInt64) {
        state = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
        state ^= state >> 29
    }

    /// A cell's bytes, then their count (so that where one cell ends and the next begins counts).
    @inline(__always)
    mutating func mix(bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        var offset = 0, tail: UInt64 = 0
        if let base = bytes.baseAddress {
            while offset + 8 <= count {
                mix(word: UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)))
                offset += 8
            }
            for index in offset..<count { tail |= UInt64(base[index]) << UInt64(8 * (index - offset)) }
        }
        mix(word: tail)
        mix(word: UInt64(count))
    }

    /// The fingerprint, its bits well spread (the check splits rows by its top bits).
    var value: UInt64 {
        var hash = state
        hash = (hash ^ (hash >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        hash = (hash ^ (hash >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }
}

/// The current row's cells as read: day numbers, code indexes and whole numbers per template
/// column, in buffers allocated once per file (a row writes and clears them without allocating
/// or copy-on-write checks). The optional forms `AnnexARow` holds are made only for rows handed over.
final class AnnexARowCells {
    let columns: Int
    /// `DayNumber`s; 0: no date.
    let days: UnsafeMutableBufferPointer<Int>
    /// Code indexes; -1: no code.
    let codes: UnsafeMutableBufferPointer<Int>
    /// Whole numbers; `Int.min`: none.
    let numbers: UnsafeMutableBufferPointer<Int>
    /// The day numbers of the file's date columns only, for the checks against the reference date.
    let dateDays: UnsafeMutableBufferPointer<Int32>

    init(columns: Int) {
        self.columns = columns
        days = .allocate(capacity: max(1, columns))
        codes = .allocate(capacity: max(1, columns))
        numbers = .allocate(capacity: max(1, columns))
        dateDays = .allocate(capacity: max(1, columns))
        dateDays.initialize(repeating: 0)
        days.initialize(repeating: 0)
        codes.initialize(repeating: -1)
        numbers.initialize(repeating: .min)
    }

    deinit {
        days.deallocate()
        codes.deallocate()
        numbers.deallocate()
        dateDays.deallocate()
    }

    /// Forgets the previous row.
    @inline(__always)
    func clear() {
        days.update(repeating: 0)
        codes.update(repeating: -1)
        numbers.update(repeating: .min)
    }

    var dates: [CalendarDate?] { (0..<columns).map { days[$0] == 0 ? nil : DayNumber.date(days[$0]) } }
    var categories: [Int?] { (0..<columns).map { codes[$0] < 0 ? nil : codes[$0] } }
    var integers: [Int?] { (0..<columns).map { numbers[$0] == .min ? nil : numbers[$0] } }
}
