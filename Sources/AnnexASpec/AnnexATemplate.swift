import EvidenceModel

/// One version of Ofsted's Annex A child-level data template (lists 1-11), loaded from
/// `Packs/annex-a/template-YYYY.yaml` so that next year's template is a data change.
public struct AnnexATemplate: Sendable {
    /// The template's name, its year (`2024`).
    public var template: String
    /// The first reference date this template applies to.
    public var validFrom: CalendarDate
    /// The lists, 1-11, in order.
    public var lists: [AnnexAListSpec]
    /// The code lists by name (`gender`, `ethnicity`, ...).
    public var valueSets: [String: AnnexAValueSet]
    /// The sources the spec was built from, by id (`S1` → `owner/repo@commit path`).
    public var sources: [String: String]

    /// Makes a template from its parts.
    public init(template: String, validFrom: CalendarDate, lists: [AnnexAListSpec], valueSets: [String: AnnexAValueSet],
                sources: [String: String] = [:]) {
        self.template = template
        self.validFrom = validFrom
        self.lists = lists
        self.valueSets = valueSets
        self.sources = sources
    }

    /// The spec of list `number` (1-11), when the template has it.
    public func list(_ number: Int) -> AnnexAListSpec? {
        lists.first { $0.number == number }
    }
}

/// One Annex A list: its columns in template order and the rules its rows must meet.
public struct AnnexAListSpec: Sendable {
    /// 1-11.
    public var number: Int
    /// The worksheet name in the template (`List 3`).
    public var sheetName: String
    /// A short name (`Referrals`).
    public var name: String
    /// The columns in template order.
    public var columns: [AnnexAColumnSpec]
    /// Lower-case words that name the list in a file name (`referrals`, `s47`).
    public var fileNameWords: [String]
    /// Which dates must fall in the reporting window before the reference date.
    public var reportingWindow: AnnexAReportingWindow
    /// Column indexes whose values together identify a row (duplicates are reported).
    public var duplicateKeyColumns: [Int]
    /// Pairs of column indexes (earlier, later) whose dates must not run backwards.
    public var dateOrder: [(earlier: Int, later: Int)]
    /// Header texts of the previous template, accepted as variants.
    public var olderTemplateHeaders: [String]

    /// Makes a list spec from its parts.
    public init(number: Int, sheetName: String, name: String, columns: [AnnexAColumnSpec], fileNameWords: [String],
                reportingWindow: AnnexAReportingWindow, duplicateKeyColumns: [Int], dateOrder: [(earlier: Int, later: Int)],
                olderTemplateHeaders: [String] = []) {
        self.number = number
        self.sheetName = sheetName
        self.name = name
        self.columns = columns
        self.fileNameWords = fileNameWords
        self.reportingWindow = reportingWindow
        self.duplicateKeyColumns = duplicateKeyColumns
        self.dateOrder = dateOrder
        self.olderTemplateHeaders = olderTemplateHeaders
    }

    /// The template header texts, in order.
    public var headers: [String] { columns.map(\.header) }

    /// A title for people: `List 3: Referrals`.
    public var title: String { "List \(number): \(name)" }

    /// The index of the column with this header (or a known variant), compared loosely.
    public func columnIndex(named header: String) -> Int? {
        let key = HeaderKey.make(header)
        return columns.firstIndex { column in column.keys.contains(key) }
    }

    /// The index of the `Date of Birth` column, when the list has one.
    public var dateOfBirthColumn: Int? { columnIndex(named: "Date of Birth") }
}

/// The reporting window of a list: how many months before the reference date it covers, and
/// which dates put a row inside it.
public struct AnnexAReportingWindow: Sendable {
    /// 6 for lists 1-9, 12 for lists 10-11.
    public var months: Int
    /// Column indexes: a row is in the window when any of these dates is.
    public var dateColumns: [Int]
    /// Column indexes: a row whose dates here are all blank is still open, so in the window too.
    public var openWhenBlank: [Int]

    /// Makes a window.
    public init(months: Int, dateColumns: [Int], openWhenBlank: [Int]) {
        self.months = months
        self.dateColumns = dateColumns
        self.openWhenBlank = openWhenBlank
    }

    /// The first day of the window for a reference date.
    public func start(for referenceDate: CalendarDate) -> CalendarDate {
        referenceDate.adding(months: -months)
    }
}

/// What a column holds.
public enum AnnexAColumnType: String, Sendable, CaseIterable {
    /// A local identifier (child, adopter, family).
    case id
    /// Free text (team, worker, organisation).
    case text
    /// A day, written dd/mm/yyyy in the template.
    case date
    /// A whole number.
    case integer
    /// A value from a code list.
    case category
    /// A UK postcode.
    case postcode
}

/// One column of a list.
public struct AnnexAColumnSpec: Sendable {
    /// The exact template header text (typos and curly quotes kept).
    public var header: String
    /// What it holds.
    public var type: AnnexAColumnType
    /// Whether a blank is reported (LIIA's `canbeblank: false`, a proxy for Ofsted's mandatory fields).
    public var required: Bool
    /// Other header texts seen for this column (older template, LIIA schema).
    public var variants: [String]
    /// LIIA's header regular expressions, tried last for headers nothing else matched.
    public var patterns: [String]
    /// The code list, for category columns.
    public var valueSet: AnnexAValueSet?
    /// The smallest allowed whole number, for integer columns.
    public var minimum: Int?
    /// For an integer column the template derives (an age from the date of birth): a number with
    /// decimals is what case-management systems export there, and is read as its whole part.
    public var fractionsAllowed: Bool
    /// For a postcode column: the forms the template asks for (a shorter one is a warning).
    public var postcodeForms: [AnnexAPostcode.Form]
    /// The sources (`S1`...`S7` of the spec file) that give this column.
    public var evidence: [String]

    /// Makes a column spec.
    public init(header: String, type: AnnexAColumnType, required: Bool, variants: [String] = [], patterns: [String] = [],
                valueSet: AnnexAValueSet? = nil, minimum: Int? = nil, fractionsAllowed: Bool = false,
                postcodeForms: [AnnexAPostcode.Form] = [.full], evidence: [String] = []) {
        self.header = header
        self.type = type
        self.required = required
        self.variants = variants
        self.patterns = patterns
        self.valueSet = valueSet
        self.minimum = minimum
        self.fractionsAllowed = fractionsAllowed
        self.postcodeForms = postcodeForms
        self.evidence = evidence
    }

    /// Loose keys of the header and its variants (see `HeaderKey`).
    public var keys: Set<String> { Set(([header] + variants).map(HeaderKey.make)) }
}

/// Loose header comparison: lower case, letters and digits only, so case, spacing, punctuation and
/// curly quotes do not matter (`Date of referral` = `Date of Referral`, `(Y/N))` = `(Y/N)`).
public enum HeaderKey {
    /// The loose key of a header.
    public static func make(_ header: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in header.lowercased().unicodeScalars where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
