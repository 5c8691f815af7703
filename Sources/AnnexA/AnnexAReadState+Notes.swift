import AnnexASpec
import EvidenceModel

extension AnnexAReadState {
    /// One note per spelling read as a code, and per column of numbers read without their decimals:
    /// the column, the count, the first line, and the spelling (a code's spelling, never free text).
    func reportTallies(match: AnnexAHeaderMatch, sink: inout DiagnosticSink) {
        let list = match.list, year = reader.template.template
        for (column, spec) in list.columns.enumerated() {
            let source = match.sourceIndex[column].map { $0 + 1 }
            if let set = spec.valueSet {
                for spelling in tallies.spellings[column] {
                    let how = set.aliases.keys.contains(where: { $0 == spelling.text }) ? "a spelling the template spec lists" : "the same code written another way"
                    sink.always(.note, "annexa.code.normalised",
                                "\(list.sheetName): '\(spelling.text)' in '\(spec.header)' read as '\(set.values[spelling.code])' of code list '\(set.name)' (\(year) template; \(how)): \(spelling.count) cell\(spelling.count == 1 ? "" : "s"), first at line \(spelling.firstLine)",
                                line: spelling.firstLine, column: source)
                }
                let others = tallies.otherSpellings[column]
                if others.count > 0 {
                    sink.always(.note, "annexa.code.normalised",
                                "\(list.sheetName): \(others.count) more cell\(others.count == 1 ? "" : "s") in '\(spec.header)' written in other spellings read as codes of code list '\(set.name)' (\(year) template), first at line \(others.firstLine)",
                                line: others.firstLine, column: source)
                }
            }
            let fractions = tallies.fractions[column]
            if fractions.count > 0 {
                sink.always(.note, "annexa.integer.fraction",
                            "\(list.sheetName): \(fractions.count) value\(fractions.count == 1 ? "" : "s") in '\(spec.header)' given with decimals, read as whole years (the \(year) template derives this column from the date of birth), first at line \(fractions.firstLine)",
                            line: fractions.firstLine, column: source)
            }
        }
    }
}

/// What a list's per-column summaries name: the sheet, and each template column's header and
/// 1-based source column (kept with deferred date checks, which summarise once they have run).
struct AnnexAColumnNames: Sendable, Codable {
    var sheetName: String
    var headers: [String]
    var locations: [Int?]

    init(match: AnnexAHeaderMatch) {
        sheetName = match.list.sheetName
        headers = match.list.columns.map(\.header)
        locations = match.list.columns.indices.map { match.sourceIndex[$0].map { $0 + 1 } }
    }

    /// One note per column with findings, in template order: how many of each rule (listed or not),
    /// so a reader sees where the problems are before the cell-by-cell list.
    func summarise(into sink: inout DiagnosticSink) {
        var byColumn: [String: [AnnexAColumnSummary.Entry]] = [:]
        for entry in sink.kindCounts where AnnexARuleCatalogue.cellFindingCodes.contains(entry.code) && !entry.columnName.isEmpty {
            byColumn[entry.columnName, default: []].append(AnnexAColumnSummary.Entry(code: entry.code, count: entry.count, severity: entry.severity))
        }
        for (column, header) in headers.enumerated() {
            guard let entries = byColumn[header], !entries.isEmpty else { continue }
            let summary = AnnexAColumnSummary(sheet: sheetName, column: header, entries: entries)
            sink.always(.note, AnnexAColumnSummary.code, summary.message, line: nil, column: column < locations.count ? locations[column] : nil)
        }
    }
}
