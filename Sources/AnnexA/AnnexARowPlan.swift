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
        /// Whether a number with decimals is read as its whole part (a derived age).
        let fractions: Bool
        /// The postcode forms the column allows, as a bit set of `AnnexAPostcode.Form` (see `bit`).
        let postcodeForms: UInt8
        let requiredBlank: DiagnosticSink.Kind
        let dateInvalid: DiagnosticSink.Kind
        let integerRange: DiagnosticSink.Kind
        let integerInvalid: DiagnosticSink.Kind
        let codeUnknown: DiagnosticSink.Kind
        let postcodeInvalid: DiagnosticSink.Kind
        let postcodePartial: DiagnosticSink.Kind
    }

    /// A postcode form's bit in `Cell.postcodeForms`.
    @inline(__always)
    static func bit(_ form: AnnexAPostcode.Form) -> UInt8 {
        switch form {
        case .full: 1
        case .sector: 2
        case .district: 4
        }
    }

    /// The present columns, in template order.
    let cells: [Cell]
    /// The code lookups the cells refer to (kept alive here).
    let lookups: [AnnexACodeLookup]
    /// The template headers, by template column (for messages).
    let headers: [String]
    /// The list's sheet name (for messages).
    let sheetName: String
    /// The template's year (for messages: where the template says it).
    let templateYear: String
    /// Per template column: the code list's name, "" for other columns (for messages).
    let valueSetNames: [String]
    /// Per template column: the postcode forms allowed, in words (for messages).
    let postcodeFormWords: [String]
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

    init(match: AnnexAHeaderMatch, templateYear: String, sink: inout DiagnosticSink) {
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
                              fractions: spec.fractionsAllowed, postcodeForms: spec.postcodeForms.reduce(0) { $0 | Self.bit($1) },
                              requiredBlank: sink.kind("annexa.required", columnName: name),
                              dateInvalid: sink.kind("annexa.date.invalid", columnName: name),
                              integerRange: sink.kind("annexa.integer.range", columnName: name),
                              integerInvalid: sink.kind("annexa.integer.invalid", columnName: name),
                              codeUnknown: sink.kind("annexa.code.unknown", columnName: name),
                              postcodeInvalid: sink.kind("annexa.postcode.invalid", columnName: name),
                              postcodePartial: sink.kind("annexa.postcode.partial", columnName: name)))
        }
        self.cells = cells
        self.lookups = lookups
        headers = list.headers
        sheetName = list.sheetName
        self.templateYear = templateYear
        valueSetNames = list.columns.map { $0.valueSet?.name ?? "" }
        postcodeFormWords = list.columns.map { AnnexARowPlan.words($0.postcodeForms) }
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

    /// `a full postcode or a sector`: the forms in words.
    static func words(_ forms: [AnnexAPostcode.Form]) -> String {
        let names = forms.map { form in
            switch form {
            case .full: "a full postcode"
            case .sector: "a sector (outward code and one digit)"
            case .district: "a district (outward code)"
            }
        }
        return names.count <= 1 ? names.first ?? "" : names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
