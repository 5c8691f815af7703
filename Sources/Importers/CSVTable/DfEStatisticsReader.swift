import AnnexA
import EvidenceModel
import Foundation

/// Which authority a pack is about, and which others it compares with: England and the
/// authority's region always, statistical neighbours when listed (pack options `authorityCode`
/// or `authorityName`, `statisticalNeighbours` as a comma list of codes or names).
public struct AuthoritySelection: Sendable {
    /// The authority's `new_la_code` (E06…) or DfE number (`840`), when given.
    public var code: String?
    /// The authority's name, when given.
    public var name: String?
    /// Neighbours' codes or names, lower-cased.
    public var neighbours: Set<String>

    /// Reads the pack options.
    public init(packOptions: [String: String]) {
        func clean(_ key: String) -> String? {
            packOptions[key].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        code = clean("authorityCode")
        name = clean("authorityName")
        neighbours = Set((packOptions["statisticalNeighbours"] ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty })
    }

    /// True when no authority is named: everything is kept.
    public var keepsEverything: Bool { code == nil && name == nil }

    func isAuthority(newCode: String, oldCode: String, name laName: String) -> Bool {
        if let code, !code.isEmpty, code.caseInsensitiveCompare(newCode) == .orderedSame || code == oldCode { return true }
        if let name, !laName.isEmpty, Self.looseName(name) == Self.looseName(laName) { return true }
        return false
    }

    func isNeighbour(newCode: String, oldCode: String, name laName: String) -> Bool {
        if neighbours.contains(newCode.lowercased()) || (!oldCode.isEmpty && neighbours.contains(oldCode)) { return true }
        // Names compared loosely: `St Helens` is `St. Helens`, `Brighton & Hove` is `Brighton and Hove`.
        let name = Self.looseName(laName)
        return !name.isEmpty && neighbours.contains { Self.looseName($0) == name }
    }

    static func looseName(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "&", with: "and").filter { $0.isLetter || $0.isNumber }
    }
}

/// Reads a DfE explore-education-statistics CSV (tidy: one row per time × geography × filter)
/// into KPI observations. Columns are found by name, never position. Each column whose every
/// value is a number or a suppression symbol is an indicator (wide layout); the other columns
/// that vary are filters, and an indicator is qualified by their values (long layout):
/// `children_count[Children looked after on 31 March each year]` (several filters are joined with
/// `, ` in column order; constant columns such as `category` are left out).
///
/// Two passes over the file, one row at a time, so no file is held in memory: `survey` sees every
/// row (to classify columns and find the authority's region), then `read` sees every row again.
struct DfEStatisticsReader {
    static let standardColumns = ["time_period", "time_identifier", "geographic_level", "country_code", "country_name",
                                  "region_code", "region_name", "old_la_code", "new_la_code", "la_name"]

    /// Whether a header is an EES tidy file's.
    static func recognises(_ headers: [String]) -> Bool {
        let lower = Set(headers.map { $0.lowercased().trimmingCharacters(in: .whitespaces) })
        return lower.contains("time_period") && lower.contains("geographic_level")
    }

    /// What the first pass learns about one non-standard column.
    private struct ColumnSurvey {
        var numeric = 0
        var text = 0
        var firstValue: String?
        var varies = false
    }

    let headers: [String]
    /// Each header trimmed, and the unit its name implies: worked out once per column, not per cell
    /// (a file of 10,000 measures spent 40 % of its import on the names' units, cell by cell).
    private let indicatorNames: [String]
    private let indicatorUnits: [MeasureUnit]
    let selection: AuthoritySelection
    let path: String
    private let time, identifier, level, countryCode, countryName, regionCode, regionName, oldCode, newCode, laName: Int?
    private let candidates: [Int]
    private var surveys: [Int: ColumnSurvey] = [:]
    private var keptRegionCodes = Set<String>()
    private var keptRegionNames = Set<String>()
    private var authorityFound: Bool
    private var indicators: [Int] = []
    private var filters: [Int] = []
    private var observations: [KPIObservation] = []
    /// The qualified indicator names by qualifier (`qualifiedNames`).
    private var namesByQualifier: [String: [String]] = [:]
    private var diagnostics: [Diagnostic] = []
    /// Every local authority's numbers per indicator and period (key: `RankingKey`), for the rankings.
    private var authorityNumbers: [RankingKey: [Double]] = [:]
    /// The pack's authority's number per indicator and period, in order of first appearance.
    private var rankedKeys: [RankingKey] = []
    private var selectedNumbers: [RankingKey: Double] = [:]
    private var badPeriods = 0
    private var firstBadLine: Int?

    init(headers: [String], selection: AuthoritySelection, path: String) {
        self.headers = headers
        indicatorNames = headers.map { $0.trimmingCharacters(in: .whitespaces) }
        indicatorUnits = headers.map(KPIValue.unit(forIndicator:))
        self.selection = selection
        self.path = path
        let lower = headers.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
        func column(_ name: String) -> Int? { lower.firstIndex(of: name) }
        time = column("time_period"); identifier = column("time_identifier"); level = column("geographic_level")
        countryCode = column("country_code"); countryName = column("country_name")
        regionCode = column("region_code"); regionName = column("region_name")
        oldCode = column("old_la_code"); newCode = column("new_la_code"); laName = column("la_name")
        // Other geographies' `_code`/`_name` columns are neither indicators nor filters.
        candidates = headers.indices.filter { index in
            !Self.standardColumns.contains(lower[index]) && !lower[index].hasSuffix("_code") && !lower[index].hasSuffix("_name")
        }
        authorityFound = selection.keepsEverything
    }

    private func cell(_ row: [String], _ index: Int?) -> String {
        guard let index, index < row.count else { return "" }
        return KPIValue.trimmingWhitespace(row[index])
    }

    /// First pass: classify the columns and find the region of the pack's authority.
    mutating func survey(_ row: [String]) {
        for index in candidates {
            let value = cell(row, index)
            if value.isEmpty { continue }
            var survey = surveys[index] ?? ColumnSurvey()
            // A yy:mm duration ("1:06") is a measured value like a number.
            if KPIValue.parse(value) != nil || KPIValue.yearsAndMonths(value) != nil { survey.numeric += 1 } else { survey.text += 1 }
            if let first = survey.firstValue { if first != value { survey.varies = true } } else { survey.firstValue = value }
            surveys[index] = survey
        }
        if !selection.keepsEverything, cell(row, level).lowercased() == "local authority",
           selection.isAuthority(newCode: cell(row, newCode), oldCode: cell(row, oldCode), name: cell(row, laName)) {
            authorityFound = true
            if !cell(row, regionCode).isEmpty { keptRegionCodes.insert(cell(row, regionCode)) }
            if !cell(row, regionName).isEmpty { keptRegionNames.insert(cell(row, regionName).lowercased()) }
        }
    }

    /// Between the passes: indicators are the all-numeric columns, filters the varying others.
    mutating func classify() {
        for index in candidates {
            guard let survey = surveys[index] else { continue }
            if survey.numeric > 0 && survey.text == 0 {
                indicators.append(index)
            } else if survey.varies {
                if survey.numeric > 0 && survey.numeric >= survey.text {
                    diagnostics.append(Diagnostic(.note, code: "kpi.mixed-column",
                        message: "column '\(headers[index])' mixes numbers and text (e.g. durations); read as a filter, not an indicator",
                        location: SourceLocation(path: path), step: "import"))
                }
                filters.append(index)
            }
        }
        if !authorityFound {
            diagnostics.append(Diagnostic(.warning, code: "kpi.authority-absent",
                message: "the pack's authority (\(selection.code ?? selection.name ?? "")) has no rows in this file; England and any neighbours are kept",
                location: SourceLocation(path: path), step: "import"))
        }
    }

    /// Second pass: the observations of a row the pack keeps.
    mutating func read(_ row: [String], line: Int) {
        let levelText = cell(row, level)
        let geography: Geography
        switch levelText.lowercased() {
        case "national":
            geography = Geography(level: .national, code: nonEmpty(cell(row, countryCode)), name: cell(row, countryName).isEmpty ? "England" : cell(row, countryName))
        case "regional":
            geography = Geography(level: .regional, code: nonEmpty(cell(row, regionCode)), name: cell(row, regionName))
        case "local authority":
            geography = Geography(level: .localAuthority, code: nonEmpty(cell(row, newCode)) ?? nonEmpty(cell(row, oldCode)), name: cell(row, laName),
                                  region: nonEmpty(cell(row, regionName)) ?? nonEmpty(cell(row, regionCode)))
        default:
            geography = Geography(level: .other, code: nil, name: levelText)
        }
        if geography.level == .localAuthority, !selection.keepsEverything { collectForRanking(row) }
        guard keeps(geography, row) else { return }
        guard let period = KPIPeriod.dfe(timePeriod: cell(row, time), identifier: cell(row, identifier)) else {
            badPeriods += 1
            if firstBadLine == nil { firstBadLine = line }
            return
        }
        let names = qualifiedNames(qualifier(row))
        for (position, index) in indicators.enumerated() {
            guard let (value, unit) = value(row, index) else { continue }
            observations.append(KPIObservation(indicator: names[position], period: period,
                                               geography: geography, value: value, unit: unit, line: line))
        }
    }

    /// The indicator's qualifier from the row's filter values: `[Children looked after on 31 March each year]`.
    /// The indicators' names with a qualifier, made once per qualifier and shared by every row that
    /// has it (one string per observation was most of a wide file's memory).
    private mutating func qualifiedNames(_ qualifier: String) -> [String] {
        if let names = namesByQualifier[qualifier] { return names }
        let names = indicators.map { indicatorNames[$0] + qualifier }
        namesByQualifier[qualifier] = names
        return names
    }

    private func qualifier(_ row: [String]) -> String {
        let labels = filters.map { cell(row, $0) }.filter { !$0.isEmpty }
        return labels.isEmpty ? "" : "[" + labels.joined(separator: ", ") + "]"
    }

    /// A cell's value and unit: a yy:mm duration in months, a number or a suppression symbol; nil when empty.
    private func value(_ row: [String], _ index: Int) -> (ObservedValue, MeasureUnit)? {
        let text = cell(row, index)
        if let months = KPIValue.yearsAndMonths(text) { return (.number(months), .months) }
        guard let value = KPIValue.parse(text) else { return nil }
        return (value, indicatorUnits[index])
    }

    /// One indicator in one period: what a ranking is of.
    private struct RankingKey: Hashable {
        var indicator: String
        var period: Period
    }

    /// Keeps a local authority row's numbers (every authority's, not only the kept ones) for the rankings.
    private mutating func collectForRanking(_ row: [String]) {
        guard let period = KPIPeriod.dfe(timePeriod: cell(row, time), identifier: cell(row, identifier)) else { return }
        let isSelected = selection.isAuthority(newCode: cell(row, newCode), oldCode: cell(row, oldCode), name: cell(row, laName))
        let qualifier = qualifier(row)
        for index in indicators {
            guard let number = value(row, index)?.0.number else { continue }
            let key = RankingKey(indicator: headers[index].trimmingCharacters(in: .whitespaces) + qualifier, period: period)
            authorityNumbers[key, default: []].append(number)
            if isSelected, selectedNumbers[key] == nil {
                selectedNumbers[key] = number
                rankedKeys.append(key)
            }
        }
    }

    /// Where the pack's authority stands among all the file's authorities with a number, per indicator and period.
    func rankings() -> [KPIRanking] {
        rankedKeys.compactMap { key in
            guard let own = selectedNumbers[key], let all = authorityNumbers[key] else { return nil }
            return KPIRanking(indicator: key.indicator, period: key.period, ranked: all.count,
                              lower: all.filter { $0 < own }.count, higher: all.filter { $0 > own }.count)
        }
    }

    /// With an authority named: its rows, England, its region and its neighbours.
    private func keeps(_ geography: Geography, _ row: [String]) -> Bool {
        if selection.keepsEverything { return true }
        switch geography.level {
        case .national:
            return true
        case .regional:
            return keptRegionCodes.contains(cell(row, regionCode)) || keptRegionNames.contains(cell(row, regionName).lowercased())
        case .localAuthority:
            let new = cell(row, newCode), old = cell(row, oldCode), name = cell(row, laName)
            return selection.isAuthority(newCode: new, oldCode: old, name: name) || selection.isNeighbour(newCode: new, oldCode: old, name: name)
        case .other:
            return false
        }
    }

    /// The observations, the findings, and the indicator columns' names.
    func finish() -> (observations: [KPIObservation], diagnostics: [Diagnostic], indicators: [String], rankings: [KPIRanking]) {
        var all = diagnostics
        if badPeriods > 0 {
            all.append(Diagnostic(.warning, code: "kpi.period.invalid",
                message: "\(badPeriods) row(s) have a time_period/time_identifier that is not a known period; they were skipped",
                location: SourceLocation(path: path, line: firstBadLine, column: time.map { $0 + 1 }), step: "import"))
        }
        return (observations, all, indicators.map { headers[$0] }, rankings())
    }

    private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
