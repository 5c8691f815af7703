import EvidenceModel
import Foundation

/// data-to-insight's overview of every council's latest Ofsted judgement (the scrape tool's
/// `ofsted_csc_ilacs_overview`, as CSV: it arrives as a plain table whose columns are its own names):
/// for the pack's authority its latest judgement, region and statistical neighbours with theirs.
/// Values are shown as the overview writes them (it writes "requires improvement" without "to be
/// good"); nothing is filled in that the overview leaves empty.
public struct OfstedOverview: Sendable {
    /// One council's row.
    struct Entry: Equatable, Sendable {
        var laCode: String
        var onsCode: String?
        var name: String
        var region: String?
        var overall: String?
        var framework: String?
        var inspectionStart: CalendarDate?
        var inspectionEnd: CalendarDate?
        var publication: CalendarDate?
        /// The statistical neighbours' DfE (three-digit) codes, in the overview's order.
        var neighbours: [String]
    }

    /// The columns that make a table this overview (readers of workbooks recognise it by them).
    public static let requiredColumns = ["la_code", "local_authority", "overall_effectiveness_grade", "stat_neighbours"]

    var entries: [Entry]

    /// The overview a table holds, or nil when the table is something else.
    init?(table: Table) {
        let columns = table.columns.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard Self.requiredColumns.allSatisfy(columns.contains) else { return nil }
        func cell(_ row: [String], _ name: String) -> String? {
            guard let index = columns.firstIndex(of: name), index < row.count else { return nil }
            let value = row[index].trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }
        entries = table.rows.compactMap { row in
            guard let laCode = cell(row, "la_code"), let name = cell(row, "local_authority") else { return nil }
            let neighbours = (cell(row, "stat_neighbours") ?? "").split(whereSeparator: { !$0.isNumber }).map(String.init)
            return Entry(laCode: laCode, onsCode: cell(row, "ltla23cd"), name: name, region: cell(row, "region_code"),
                         overall: cell(row, "overall_effectiveness_grade"), framework: cell(row, "inspection_framework"),
                         inspectionStart: cell(row, "inspection_start_date").flatMap(Self.date),
                         inspectionEnd: cell(row, "inspection_end_date").flatMap(Self.date),
                         publication: cell(row, "publication_date").flatMap(Self.date), neighbours: neighbours)
        }
    }

    /// `dd/mm/yyyy` or `dd/mm/yy` (the overview writes both; a two-digit year is 20yy).
    static func date(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: "/").map(String.init)
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), var year = Int(parts[2]) else { return nil }
        if parts[2].count == 2 { year += 2000 } else if parts[2].count != 4 { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The pack authority's row: by ONS code, else by name.
    func entry(for authority: AuthoritySpec) -> Entry? {
        if let code = authority.code, let byCode = entries.first(where: { $0.onsCode?.caseInsensitiveCompare(code) == .orderedSame }) {
            return byCode
        }
        guard let name = authority.name else { return nil }
        return entries.first { AuthorityCheck.normalised($0.name) == AuthorityCheck.normalised(name) }
    }

    /// The neighbours' rows, in the overview's order (a code with no row of its own is left out).
    func neighbours(of entry: Entry) -> [Entry] {
        entry.neighbours.compactMap { code in entries.first { $0.laCode == code } }
    }

    /// The lines shown for the pack's authority: its latest judgement, its neighbours' judgements, and
    /// the neighbours offered for the pack's authority block when it names none (or others).
    func notes(for authority: AuthoritySpec) -> [String] {
        guard let entry = entry(for: authority) else {
            return ["Ofsted overview (data-to-insight): the pack's authority is not in it"]
        }
        var latest = "Ofsted overview (data-to-insight): \(entry.name)"
        if let region = entry.region { latest += ", region \(region)" }
        latest += ": latest overall effectiveness \(entry.overall ?? "not given")"
        let details = [entry.framework.map { "\($0) inspection" }, Self.dates(entry),
                       entry.publication.map { "published \($0.iso8601)" }].compactMap { $0 }
        if !details.isEmpty { latest += " (\(details.joined(separator: ", ")))" }
        var notes = [latest]
        let neighbours = neighbours(of: entry)
        if !neighbours.isEmpty {
            notes.append("Statistical neighbours' latest overall effectiveness (overview): "
                + neighbours.map { "\($0.name)\($0.onsCode.map { " (\($0))" } ?? ""): \($0.overall ?? "not given")" }.joined(separator: "; "))
        }
        let codes = neighbours.compactMap(\.onsCode)
        if !codes.isEmpty, Set(codes) != Set(authority.statisticalNeighbours) {
            let verb = authority.statisticalNeighbours.isEmpty ? "names none" : "names others"
            notes.append("The pack's authority block \(verb): the overview's statistical neighbours would be statisticalNeighbours: [\(codes.joined(separator: ", "))]")
        }
        return notes
    }

    static func dates(_ entry: Entry) -> String? {
        switch (entry.inspectionStart, entry.inspectionEnd) {
        case let (start?, end?): "\(start.iso8601) to \(end.iso8601)"
        case let (start?, nil): start.iso8601
        case let (nil, end?): end.iso8601
        default: nil
        }
    }
}
