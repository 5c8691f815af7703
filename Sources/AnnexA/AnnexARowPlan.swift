import AnnexASpec
import EvidenceModel

/// What checking one row of a list needs, worked out once from the header match: the columns the
/// file has, in template order, with their rules and their diagnostic kinds; the date checks and
/// the duplicate key. Rows then cost no lookups by name, no filtering and no message text unless a
/// message is written.
///
/// A class, and its cells plain values, so that walking a row's cells copies no references.
final class AnnexARowPlan {
    /// One template column the file has (plain values only).
    struct Cell {
        /// Template column index.
        let column: Int
        /// 0-based source column.
        let source: Int
        let type: AnnexAColumnType
        let required: Bool
        /// The smallest allowed whole number (`Int.min`: no minimum).
        let minimum: Int
        /// The code list's lookup, for category columns. Unmanaged: `lookups` holds it for as
        /// long as the plan lives, so a cell lookup costs no reference counting.
        let codes: Unmanaged<AnnexACodeLookup>?
        /// Whether other values than the codes are allowed.
        let openCodes: Bool
        /// How many codes the list has (for messages).
        let codeCount: Int
        let requiredBlank: DiagnosticSink.Kind
        let dateInvalid: DiagnosticSink.Kind
        let integerRange: DiagnosticSink.Kind
        let integerInvalid: DiagnosticSink.Kind
        let codeUnknown: DiagnosticSink.Kind
    }

    /// The present columns, in template order.
    let cells: [Cell]
    /// The code lookups the cells refer to (kept alive here).
    let lookups: [AnnexACodeLookup]
    /// The template headers, by template column (for messages).
    let headers: [String]
    /// The list's sheet name (for messages).
    let sheetName: String
    /// Per template column: the 0-based source column (-1: absent from the file).
    let sourceIndex: [Int]
    /// The reporting window's length in months (for messages).
    let windowMonths: Int
    /// Per template column: the kind of a date after the reference date.
    let futureDate: [DiagnosticSink.Kind]
    /// Per template column: the kind of a date running backwards (named by that column).
    let dateOrder: [DiagnosticSink.Kind]
    /// The `Date of Birth` column, when the list has one.
    let birthColumn: Int?
    /// (earlier, later) template columns whose dates must not run backwards.
    let orderedPairs: [(earlier: Int, later: Int)]
    /// The window's date columns the file has.
    let windowColumns: [Int]
    /// The window's open-when-blank columns the file has.
    let openColumns: [Int]
    /// Per template column: the kind of a row outside the window, first checked at that column.
    let window: [DiagnosticSink.Kind]
    /// The duplicate key's template columns, when the file has them all (else empty: no check).
    let keyColumns: [Int]
    /// The kind of a duplicate row.
    let duplicate: DiagnosticSink.Kind
    /// The kind of a row whose field count differs from the header's.
    let ragged: DiagnosticSink.Kind

    /// The 1-based source column of a template column, for a diagnostic (nil: absent).
    func location(_ column: Int) -> Int? {
        sourceIndex[column] >= 0 ? sourceIndex[column] + 1 : nil
    }

    init(match: AnnexAHeaderMatch, sink: inout DiagnosticSink) {
        let list = match.list
        var cells: [Cell] = []
        var lookups: [AnnexACodeLookup] = []
        for (column, spec) in list.columns.enumerated() {
            guard let source = match.sourceIndex[column] else { continue }
            let name = spec.header
            if let set = spec.valueSet { lookups.append(set.codeLookup) }
            cells.append(Cell(column: column, source: source, type: spec.type, required: spec.required,
                              minimum: spec.minimum ?? .min, codes: spec.valueSet.map { Unmanaged.passUnretained($0.codeLookup) },
                              openCodes: spec.valueSet?.isOpen ?? false, codeCount: spec.valueSet?.values.count ?? 0,
                              requiredBlank: sink.kind("annexa.required", columnName: name),
                              dateInvalid: sink.kind("annexa.date.invalid", columnName: name),
                              integerRange: sink.kind("annexa.integer.range", columnName: name),
                              integerInvalid: sink.kind("annexa.integer.invalid", columnName: name),
                              codeUnknown: sink.kind("annexa.code.unknown", columnName: name)))
        }
        self.cells = cells
        self.lookups = lookups
        headers = list.headers
        sheetName = list.sheetName
        sourceIndex = match.sourceIndex.map { $0 ?? -1 }
        windowMonths = list.reportingWindow.months
        futureDate = list.columns.map { sink.kind("annexa.date.future", columnName: $0.header) }
        dateOrder = list.columns.map { sink.kind("annexa.date.order", columnName: $0.header) }
        window = list.columns.map { sink.kind("annexa.date.window", columnName: $0.header) }
        birthColumn = list.dateOfBirthColumn
        orderedPairs = list.dateOrder
        windowColumns = list.reportingWindow.dateColumns.filter { match.sourceIndex[$0] != nil }
        openColumns = list.reportingWindow.openWhenBlank.filter { match.sourceIndex[$0] != nil }
        let keys = list.duplicateKeyColumns
        keyColumns = keys.allSatisfy { match.sourceIndex[$0] != nil } ? keys : []
        duplicate = sink.kind("annexa.duplicate", columnName: keys.first.map { list.columns[$0].header } ?? "")
        ragged = sink.kind("csv.ragged-row")
    }
}
