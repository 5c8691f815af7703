import AnnexASpec

/// One check the Annex A row reading makes, as councils read it in the rule catalogue
/// (`evidence-pack annex-a rules --json`): the diagnostic code, where it applies, what it says, and
/// where the template says it.
public struct AnnexARule: Codable, Sendable, Equatable {
    /// The diagnostic code findings carry (`annexa.date.invalid`).
    public var code: String
    /// The list (1-11); nil for checks on every list.
    public var list: Int?
    /// The template column the rule checks; nil for whole-row or header checks.
    public var column: String?
    /// The finding's severity (`error`, `warning`, `note`).
    public var severity: String
    /// What the rule checks, in the words a finding uses.
    public var message: String
    /// The template year the rule belongs to.
    public var template: String
    /// The code list the rule reads (`gender`), for code checks; nil otherwise.
    public var valueSet: String?
    /// Where the template says it: the spec's sources (`S1`...`S7`, spelled out in the catalogue's
    /// `sources`) for the column, then for the code list.
    public var evidence: [String]
    /// Why the rule is what it is, in words: the template's column type, the code list, what it accepts.
    public var basis: String

    private enum CodingKeys: String, CodingKey { case code, list, column, severity, message, template, valueSet, evidence, basis }

    /// Makes a rule.
    public init(code: String, list: Int?, column: String?, severity: String, message: String, template: String,
                valueSet: String? = nil, evidence: [String] = [], basis: String) {
        self.code = code
        self.list = list
        self.column = column
        self.severity = severity
        self.message = message
        self.template = template
        self.valueSet = valueSet
        self.evidence = evidence
        self.basis = basis
    }

    /// Writes every key, `list`, `column` and `valueSet` as null when they do not apply.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(list, forKey: .list)
        try container.encode(column, forKey: .column)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(template, forKey: .template)
        try container.encode(valueSet, forKey: .valueSet)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(basis, forKey: .basis)
    }
}

/// The rule catalogue of a template: every check `AnnexAListReader` makes on each list, column by
/// column, derived from the same template data the reader uses (so it cannot drift from it).
public enum AnnexARuleCatalogue {
    /// The codes of findings on a cell or a row (not on the header, and not notes about how a cell
    /// was read): what the per-column summaries (`annexa.column.summary`) count.
    public static let cellFindingCodes: Set<String> = [
        "annexa.required", "annexa.date.invalid", "annexa.date.future", "annexa.date.order", "annexa.date.window",
        "annexa.integer.invalid", "annexa.integer.range", "annexa.code.unknown", "annexa.postcode.invalid",
        "annexa.postcode.partial", "annexa.duplicate",
    ]

    /// Every rule of `template`, list by list in template column order.
    public static func rules(for template: AnnexATemplate) -> [AnnexARule] {
        var rules = fileRules(template)
        for list in template.lists {
            for column in list.columns { rules += columnRules(list, column, template.template) }
            rules += rowRules(list, template.template)
        }
        return rules
    }

    private static func fileRules(_ template: AnnexATemplate) -> [AnnexARule] {
        let year = template.template
        func rule(_ code: String, _ severity: String, _ message: String, _ basis: String) -> AnnexARule {
            AnnexARule(code: code, list: nil, column: nil, severity: severity, message: message, template: year, basis: basis)
        }
        return [
            rule("annexa.unrecognised", "warning", "the header matches no Annex A list of the \(year) template closely enough",
                 "the \(year) template's lists and their header texts"),
            rule("annexa.header.unknown", "warning", "a column is not in the template; it is ignored", "the \(year) template's header texts"),
            rule("annexa.header.duplicate", "warning", "a column repeats a column already read; it is ignored", "the \(year) template has each column once"),
            rule("annexa.header.variant", "note", "a header is read as the template's (an older spelling, a variant or trailing spaces)",
                 "the header variants the \(year) template spec lists for each column"),
            rule("csv.ragged-row", "warning", "a row has more or fewer fields than the header", "a list has one field per header column"),
            rule("annexa.column.summary", "note", "a list's findings in one column, counted by rule (listed or not)",
                 "one note per column with findings, after the list, so the report and the index can show where the problems are"),
        ]
    }

    /// `2024 template List 1 column 'Gender'`: a column's place in the template, for a basis.
    private static func place(_ list: AnnexAListSpec, _ column: AnnexAColumnSpec, _ year: String) -> String {
        "\(year) template \(list.sheetName) column '\(column.header)'"
    }

    private static func columnRules(_ list: AnnexAListSpec, _ column: AnnexAColumnSpec, _ year: String) -> [AnnexARule] {
        let sheet = list.sheetName, name = column.header, place = place(list, column, year)
        var rules: [AnnexARule] = []
        func add(_ code: String, _ severity: String, _ message: String, _ basis: String, valueSet: AnnexAValueSet? = nil) {
            rules.append(AnnexARule(code: code, list: list.number, column: name, severity: severity, message: message, template: year,
                                    valueSet: valueSet?.name, evidence: column.evidence + (valueSet?.evidence ?? []), basis: basis))
        }
        add("annexa.header.missing", column.required ? "error" : "warning",
            "\(sheet): the \(column.required ? "required " : "")column '\(name)' of the \(year) template is missing", "\(place) is a column of the list")
        if column.required {
            add("annexa.required", "error", "\(sheet): '\(name)' is required but blank",
                "\(place) is required (LIIA's canbeblank: false, the spec's proxy for Ofsted's mandatory fields)")
        }
        switch column.type {
        case .date:
            add("annexa.date.invalid", "error", "\(sheet): '\(name)' is not a real date (the \(year) template writes dd/mm/yyyy)",
                "\(place) is a date, written dd/mm/yyyy; ISO dates and Excel day numbers are read too, with a note (annexa.date.form)")
            add("annexa.date.future", "warning", "\(sheet): '\(name)' is after the reference date", "\(place) records what has happened by the reference date")
            add("annexa.date.form", "note", "\(sheet): '\(name)' given as ISO yyyy-mm-dd dates or Excel day numbers, read as days (one note per column and form, with a count)",
                "\(place) is a date; a workbook saved as CSV or a database export writes it so")
        case .integer:
            let decimals = column.fractionsAllowed
                ? "; derived from the date of birth, so a number with decimals is read as its whole years, with a note (annexa.integer.fraction)" : ""
            add("annexa.integer.invalid", "error", "\(sheet): '\(name)' is not a whole number", "\(place) is a whole number\(decimals)")
            if column.fractionsAllowed {
                add("annexa.integer.fraction", "note", "\(sheet): '\(name)' given with decimals, read as whole years (one note per column, with a count and the first line)",
                    "\(place) is derived from the date of birth; systems export it as a fraction of years")
            }
            if let minimum = column.minimum {
                add("annexa.integer.range", "error", "\(sheet): '\(name)' is below \(minimum)", "\(place) is at least \(minimum)")
            }
        case .category:
            guard let set = column.valueSet else { break }
            if !set.isOpen {
                add("annexa.code.unknown", "error", "\(sheet): '\(name)' is not one of the \(set.values.count) codes of code list '\(set.name)'",
                    "\(place) takes a code of the template's code list '\(set.name)'", valueSet: set)
            }
            let aliases = set.aliases.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
            add("annexa.code.normalised", "note",
                "\(sheet): a spelling of a code in '\(name)' read as the template's code (one note per spelling, with a count and the first line)",
                "a code of list '\(set.name)' written with another case, spacing or punctuation, without its letter prefix (a) Male → Male), as its short code (1A, N1, E11)"
                    + (aliases.isEmpty ? "" : ", or as a spelling the spec lists (\(aliases))")
                    + (set.isOpen ? "; other values are free text (an LA's name) and accepted as written" : "")
                    + "; never by a partial match", valueSet: set)
        case .postcode:
            add("annexa.postcode.invalid", "error", "\(sheet): '\(name)' is not a UK postcode",
                "\(place) is a UK postcode (outward code A9, A99, A9A, AA9, AA99 or AA9A; inward code 9AA)")
            add("annexa.postcode.partial", "warning", "\(sheet): '\(name)' holds only part of a postcode",
                "\(place) asks for \(AnnexARowPlan.words(column.postcodeForms))")
        case .id, .text:
            break
        }
        return rules
    }

    private static func rowRules(_ list: AnnexAListSpec, _ year: String) -> [AnnexARule] {
        let sheet = list.sheetName
        var rules: [AnnexARule] = []
        func add(_ code: String, _ column: Int, _ severity: String, _ message: String, _ basis: String) {
            rules.append(AnnexARule(code: code, list: list.number, column: list.columns[column].header, severity: severity, message: message,
                                    template: year, evidence: list.columns[column].evidence, basis: basis))
        }
        if let birth = list.dateOfBirthColumn {
            add("annexa.date.order", birth, "error", "\(sheet): 'Date of Birth' is after another date in the row",
                "no event in a child's row comes before their birth (the spec's reading: inference)")
        }
        for pair in list.dateOrder {
            add("annexa.date.order", pair.later, "error", "\(sheet): '\(list.columns[pair.later].header)' is before '\(list.columns[pair.earlier].header)'",
                "the spec's date order for \(sheet) (inference: each pair must not run backwards)")
        }
        if let first = list.reportingWindow.dateColumns.first {
            let names = list.reportingWindow.dateColumns.map { "'\(list.columns[$0].header)'" }.joined(separator: ", ")
            add("annexa.date.window", first, "warning",
                "\(sheet): no date (\(names)) in the \(year) template's \(list.reportingWindow.months)-month reporting window and the row is not open",
                "the list's cohort covers the \(list.reportingWindow.months) months before the inspection (S6 cohort text)")
        }
        if let first = list.duplicateKeyColumns.first {
            let names = list.duplicateKeyColumns.map { "'\(list.columns[$0].header)'" }.joined(separator: ", ")
            add("annexa.duplicate", first, "error", "\(sheet): two rows with the same \(names) (the list's key in the \(year) template spec)",
                "LIIA's pooling keys for \(sheet) (S7), used as the duplicate check (inference)")
        }
        return rules
    }
}
