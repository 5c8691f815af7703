import AnnexASpec
import EvidenceModel
import EvidencePackCore

/// The two checks of a list's rows that depend on the reference date: a date after it
/// (`annexa.date.future`), and a row with no date in the reporting window that ends on it and is not
/// open (`annexa.date.window`). They are kept apart from the other checks so that a reading of a
/// list can be worked out once and finished for any day (`AnnexADateChecks`), and they run the same
/// way on a row just read as on one read back from the import cache.
struct AnnexADateRules: Sendable, Codable {
    /// A date column the file has, in template order.
    struct DateColumn: Sendable, Codable {
        /// Template column index.
        var column: Int
        /// Its 1-based source column (for a diagnostic).
        var location: Int?
        var futureKind: DiagnosticSink.Kind
    }

    /// Bit of a row's flags: a window column holds something that is not a date (reported already).
    static let unreadableWindowDate: UInt8 = 1
    /// Bit of a row's flags: the list has open-when-blank columns and all of them are blank.
    static let open: UInt8 = 2

    var sheetName: String
    var templateYear: String
    var windowMonths: Int
    /// The template's headers, by template column (for messages).
    var headers: [String]
    var dateColumns: [DateColumn]
    /// The reporting window's columns the file has (template column indexes, in the template's order).
    var windowColumns: [Int]
    /// Per window column: its position in `dateColumns` (-1: not a date column, so never a day).
    var windowPositions: [Int]
    /// Per window column: the kind of a row outside the window first checked there.
    var windowKinds: [DiagnosticSink.Kind]
    /// Per window column: its 1-based source column.
    var windowLocations: [Int?]

    init(plan: AnnexARowPlan) {
        sheetName = plan.sheetName
        templateYear = plan.templateYear
        windowMonths = plan.windowMonths
        headers = plan.headers
        dateColumns = plan.cells.filter { $0.type == .date }.map {
            DateColumn(column: $0.column, location: plan.location($0.column), futureKind: plan.futureDate[$0.column])
        }
        windowColumns = plan.windowColumns
        let positions = Dictionary(uniqueKeysWithValues: dateColumns.enumerated().map { ($1.column, $0) })
        windowPositions = plan.windowColumns.map { positions[$0] ?? -1 }
        windowKinds = plan.windowColumns.map { plan.window[$0] }
        windowLocations = plan.windowColumns.map { plan.location($0) }
    }

    /// The row's flags, from what the reading saw (not from the reference date).
    static func flags(plan: AnnexARowPlan, days: UnsafeMutableBufferPointer<Int>, row: CSVRow) -> UInt8 {
        var flags: UInt8 = 0
        if plan.windowColumns.contains(where: { days[$0] == 0 && !row.isBlank(plan.sourceIndex[$0]) }) { flags |= unreadableWindowDate }
        if !plan.openColumns.isEmpty && plan.openColumns.allSatisfy({ days[$0] == 0 }) { flags |= open }
        return flags
    }

    /// The checks for one reference date, with the day numbers they compare.
    struct Day {
        let reference: CalendarDate
        let referenceDay: Int
        let windowStart: CalendarDate
        let windowStartDay: Int

        init(_ reference: CalendarDate, windowMonths: Int) {
            self.reference = reference
            referenceDay = DayNumber.of(reference)
            windowStart = reference.adding(months: -windowMonths)
            windowStartDay = DayNumber.of(windowStart)
        }
    }

    /// Checks one row: `days` holds its day numbers (0: none), one per date column.
    func check(line: Int, flags: UInt8, days: UnsafeBufferPointer<Int32>, on day: Day,
               sink: inout DiagnosticSink, into found: inout [Diagnostic]) {
        // Dates after the reference date.
        for (position, date) in dateColumns.enumerated() where Int(days[position]) > day.referenceDay {
            let reference = day.reference
            sink.add(date.futureKind, .warning, "annexa.date.future", line: line, column: date.location, to: &found) {
                "\(sheetName): '\(headers[date.column])' is after the reference date \(reference.iso8601)"
            }
        }
        checkWindow(line: line, flags: flags, days: days, on: day, sink: &sink, into: &found)
    }

    private func checkWindow(line: Int, flags: UInt8, days: UnsafeBufferPointer<Int32>, on day: Day,
                             sink: inout DiagnosticSink, into found: inout [Diagnostic]) {
        guard !windowPositions.isEmpty else { return }
        // A date that could not be read was reported already; do not pile a window finding on it.
        if flags & Self.unreadableWindowDate != 0 { return }
        func dayAt(_ index: Int) -> Int { windowPositions[index] < 0 ? 0 : Int(days[windowPositions[index]]) }
        let indices = windowPositions.indices
        if indices.contains(where: { dayAt($0) != 0 && dayAt($0) >= day.windowStartDay && dayAt($0) <= day.referenceDay }) { return }
        // A date after the reference date was reported as such; one finding per cell is enough.
        if indices.contains(where: { dayAt($0) > day.referenceDay }) { return }
        if flags & Self.open != 0 { return }
        let first = indices.first { dayAt($0) != 0 } ?? 0
        let column = windowColumns[first]
        let start = day.windowStart, reference = day.reference
        sink.add(windowKinds[first], .warning, "annexa.date.window", line: line, column: windowLocations[first], to: &found) {
            "\(sheetName): no date in the \(templateYear) template's \(windowMonths)-month reporting window (\(start.iso8601) to \(reference.iso8601)) and the row is not open; first checked: '\(headers[column])'"
        }
    }
}

/// A list's reading, finished except for its checks against the reference date: what `finished(on:)`
/// needs to give the same diagnostics as a reading on that day. A million-row list keeps 5 bytes a
/// row and 4 per date column (its lines and day numbers, never a child's identifier or name), which
/// the import cache holds so that a next-day build re-reads no unchanged list.
public struct AnnexADateChecks: Sendable, Codable {
    /// The sink as the reading left it (its row findings, then its file-level notes).
    var sink: DiagnosticSink
    /// How many of the sink's diagnostics are the rows' findings (the date findings merge into these).
    var rowFindings: Int
    var rules: AnnexADateRules
    /// Per column of the list: what the column summaries name.
    var columns: AnnexAColumnNames
    /// Per row: line (Int32), flags (UInt8), then one Int32 day number per date column; little-endian.
    var rows: [UInt8]

    /// The diagnostics of the reading on `referenceDate`; throws on rows that do not fit the rules
    /// (a damaged cache entry).
    public func finished(on referenceDate: CalendarDate) throws -> [Diagnostic] {
        let width = rules.dateColumns.count
        let stride = 5 + 4 * width
        let stored = sink
        guard rows.count % stride == 0, (0...stored.diagnostics.count).contains(rowFindings), rules.dateColumns.allSatisfy({ stored.holds($0.futureKind) }),
              rules.windowKinds.allSatisfy(stored.holds), rules.windowPositions.allSatisfy({ $0 < width }),
              rules.dateColumns.allSatisfy({ rules.headers.indices.contains($0.column) }),
              rules.windowColumns.allSatisfy(rules.headers.indices.contains),
              rules.windowColumns.count == rules.windowPositions.count, rules.windowKinds.count == rules.windowPositions.count,
              rules.windowLocations.count == rules.windowPositions.count else {
            throw AnnexADateChecksDamaged()
        }
        var sink = stored
        var found: [Diagnostic] = []
        let day = AnnexADateRules.Day(referenceDate, windowMonths: rules.windowMonths)
        let days = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, width))
        defer { days.deallocate() }
        rows.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let line = Int(Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)))
                let flags = bytes[offset + 4]
                for position in 0..<width {
                    days[position] = Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 5 + 4 * position, as: Int32.self))
                }
                rules.check(line: line, flags: flags, days: UnsafeBufferPointer(days), on: day, sink: &sink, into: &found)
                offset += stride
            }
        }
        return AnnexADateChecks.finish(sink: sink, rowFindings: rowFindings, dateFindings: found, columns: columns)
    }

    /// Merges the date findings into the rows' findings by line, then adds the per-column summaries
    /// and the "N more" lines (which count the date findings too).
    static func finish(sink: DiagnosticSink, rowFindings: Int, dateFindings: [Diagnostic], columns: AnnexAColumnNames?) -> [Diagnostic] {
        var sink = sink
        sink.insert(dateFindings, byLineAmongFirst: rowFindings)
        if let columns { columns.summarise(into: &sink) }
        return sink.finished()
    }
}

/// A cached `AnnexADateChecks` whose rows or kinds do not fit together.
struct AnnexADateChecksDamaged: Error, CustomStringConvertible {
    var description: String { "the cached Annex A date checks are damaged" }
}

/// Keeps a list's rows for `AnnexADateChecks` as they are read: each row's line, flags and days.
struct AnnexADateEvidence {
    private(set) var bytes: [UInt8] = []

    mutating func append(line: Int, flags: UInt8, days: UnsafeBufferPointer<Int32>) {
        withUnsafeBytes(of: Int32(clamping: line).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(flags)
        for day in days { withUnsafeBytes(of: day.littleEndian) { bytes.append(contentsOf: $0) } }
    }
}

/// An import's diagnostics while some lists' checks against the reference date wait: fixed
/// diagnostics and lists' deferred checks, in the order their diagnostics are given. An importer
/// that defers its date checks (see `DateDeferringImporter`) keeps this in the import cache.
public struct AnnexAPendingDiagnostics: Sendable, Codable {
    enum Part: Sendable, Codable {
        case fixed([Diagnostic])
        case list(AnnexADateChecks)
    }

    private var parts: [Part] = []

    /// Makes an empty one.
    public init() {}

    /// Whether any list's checks wait (else the diagnostics are all known).
    public var defersAnything: Bool {
        parts.contains { if case .list = $0 { true } else { false } }
    }

    /// Adds diagnostics that do not depend on the date.
    public mutating func append(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        parts.append(.fixed(diagnostics))
    }

    /// Adds another's parts after these.
    public mutating func append(_ other: AnnexAPendingDiagnostics) {
        parts += other.parts
    }

    /// Adds a list reading's diagnostics: its deferred checks when it has them, else its diagnostics.
    public mutating func append(_ result: AnnexAReadResult) {
        if let checks = result.dateChecks { parts.append(.list(checks)) } else { append(result.diagnostics) }
    }

    /// The diagnostics on `referenceDate`, in order.
    public func finished(on referenceDate: CalendarDate) throws -> [Diagnostic] {
        var all: [Diagnostic] = []
        for part in parts {
            switch part {
            case .fixed(let diagnostics): all += diagnostics
            case .list(let checks): all += try checks.finished(on: referenceDate)
            }
        }
        return all
    }
}

/// What the Annex A importers (CSV lists and workbooks) share as `DateDeferringImporter`s: their
/// reading depends on the date only through the template it selects, and their deferred checks are
/// the lists' `AnnexADateChecks`.
extension DateDeferringImporter where DateChecks == AnnexAPendingDiagnostics {
    /// The template the date selects (`AnnexATemplateChoice.readingKey`).
    public func readingKey(referenceDate: CalendarDate, options: [String: String]) -> String {
        AnnexATemplateChoice.readingKey(referenceDate: referenceDate, options: options)
    }

    /// The findings of the lists' deferred checks on `referenceDate`.
    public func dateCheckDiagnostics(_ checks: AnnexAPendingDiagnostics, on referenceDate: CalendarDate) throws -> [Diagnostic] {
        try checks.finished(on: referenceDate)
    }
}
