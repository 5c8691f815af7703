import AnnexA
import EvidenceModel
import Foundation

/// Reads a council's own KPI export (one row per indicator × period: indicator, period, value,
/// and often target, RAG rating, unit, authority). Columns are found by name.
struct CouncilKPIReader {
    static let indicatorNames = ["indicator", "kpi", "measure", "indicator name", "kpi name", "performance indicator", "pi", "metric"]
    static let periodNames = ["period", "month", "reporting period", "period end", "date", "quarter", "year", "time period"]
    static let valueNames = ["value", "actual", "result", "performance", "outturn", "figure", "score"]
    static let targetNames = ["target", "target value"]
    static let ratingNames = ["rag", "rag rating", "rag status", "rating", "status"]
    static let unitNames = ["unit", "units", "measure type", "format"]
    static let authorityNames = ["authority", "local authority", "la", "la name", "council", "area"]
    static let authorityCodeNames = ["la code", "authority code", "new_la_code", "ons code", "area code"]

    struct Columns {
        var indicator: Int, period: Int, value: Int
        var target: Int?, rating: Int?, unit: Int?, authority: Int?, authorityCode: Int?
    }

    static func columns(_ headers: [String]) -> Columns? {
        let lower = headers.map { $0.lowercased().trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: " ") }
        func find(_ names: [String]) -> Int? {
            for name in names { if let index = lower.firstIndex(of: name.replacingOccurrences(of: "_", with: " ")) { return index } }
            return nil
        }
        guard let indicator = find(indicatorNames), let period = find(periodNames), let value = find(valueNames) else { return nil }
        return Columns(indicator: indicator, period: period, value: value, target: find(targetNames), rating: find(ratingNames),
                       unit: find(unitNames), authority: find(authorityNames), authorityCode: find(authorityCodeNames))
    }

    let headers: [String]
    let rows: [[String]]
    let lines: [Int]
    let columns: Columns
    let selection: AuthoritySelection
    let path: String
    let decimalComma: Bool

    func read() -> (observations: [KPIObservation], diagnostics: [Diagnostic]) {
        var sink = DiagnosticSink(path: path)
        func cell(_ row: [String], _ index: Int?) -> String {
            guard let index, index < row.count else { return "" }
            return row[index].trimmingCharacters(in: .whitespaces)
        }
        let defaultName = selection.name ?? selection.code ?? "the authority"
        if columns.authority == nil && selection.keepsEverything {
            sink.always(.note, "kpi.authority-unnamed", "no authority column and no authority named in the pack; observations are put under '\(defaultName)'")
        }
        var observations: [KPIObservation] = []
        for (rowIndex, row) in rows.enumerated() {
            let line = lines[rowIndex]
            let indicator = cell(row, columns.indicator)
            if indicator.isEmpty && row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard !indicator.isEmpty else {
                sink.add(.warning, "kpi.indicator.blank", "the indicator is blank; row skipped", line: line, column: columns.indicator + 1, columnName: headers[columns.indicator])
                continue
            }
            guard let period = KPIPeriod.council(cell(row, columns.period)) else {
                sink.add(.warning, "kpi.period.invalid", "'\(headers[columns.period])' is not a period this importer knows (e.g. 2026-09, Sep-26, 2026/27, Q2 2026/27); row skipped",
                         line: line, column: columns.period + 1, columnName: headers[columns.period])
                continue
            }
            let rawValue = cell(row, columns.value)
            guard let value = KPIValue.parse(rawValue, decimalComma: decimalComma) else {
                if !rawValue.isEmpty {
                    sink.add(.warning, "kpi.value.invalid", "'\(headers[columns.value])' is neither a number nor a suppression symbol; row skipped",
                             line: line, column: columns.value + 1, columnName: headers[columns.value])
                }
                continue
            }
            let unit = columns.unit.flatMap { KPIValue.unit(fromText: cell(row, $0)) }
                ?? (rawValue.hasSuffix("%") ? .percent : KPIValue.unit(forIndicator: indicator))
            let name = columns.authority.map { cell(row, $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? defaultName
            let code = columns.authorityCode.map { cell(row, $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? (columns.authority == nil ? selection.code : nil)
            let geography = Geography(level: name.lowercased() == "england" ? .national : .localAuthority, code: code, name: name)
            let target = columns.target.flatMap { KPIValue.number(cell(row, $0), decimalComma: decimalComma) }
            let rating = columns.rating.map { Self.rating(cell(row, $0)) }.flatMap { $0.isEmpty ? nil : $0 }
            observations.append(KPIObservation(indicator: indicator, period: period, geography: geography, value: value,
                                               unit: unit, target: target, rating: rating, line: line))
        }
        return (observations, sink.finished())
    }

    /// `R`/`A`/`G` and their spellings as `Red`/`Amber`/`Green`; other ratings as written.
    static func rating(_ text: String) -> String {
        switch text.lowercased() {
        case "r", "red": return "Red"
        case "a", "amber": return "Amber"
        case "g", "green": return "Green"
        default: return text
        }
    }
}
