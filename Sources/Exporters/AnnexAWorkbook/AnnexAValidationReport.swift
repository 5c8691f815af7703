import AnnexA
import AnnexASpec
import EvidenceModel

/// The validation report people read before submitting: for each list, its files, rows and
/// findings, each with file, line and column. Messages come from the importer, which never puts a
/// child's identifier, name or date of birth in one; the report adds only counts and paths.
struct AnnexAValidationReport {
    let bundle: EvidenceBundle
    let template: AnnexATemplate
    let outcomes: [AnnexAListOutcome]

    var text: String {
        var lines: [String] = []
        lines.append("Annex A validation report")
        lines.append("Pack: \(bundle.pack.title)\(bundle.authority.map { " — \($0)" } ?? "")")
        lines.append("Reference date: \(bundle.referenceDate.ukFormat); template \(template.template)")
        let totals = outcomes.reduce(into: (rows: 0, errors: 0, warnings: 0)) { totals, outcome in
            let found = diagnostics(for: outcome)
            totals.rows += outcome.rows
            totals.errors += found.filter { $0.severity == .error }.count
            totals.warnings += found.filter { $0.severity == .warning }.count
        }
        lines.append("Total: \(totals.rows) rows in \(outcomes.filter { !$0.sources.isEmpty }.count) of \(outcomes.count) lists; \(totals.errors) errors, \(totals.warnings) warnings")
        for outcome in outcomes {
            lines.append("")
            lines.append(contentsOf: section(outcome))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func diagnostics(for outcome: AnnexAListOutcome) -> [Diagnostic] {
        let paths = Set(outcome.sources.map(\.path))
        return bundle.diagnostics.filter { diagnostic in diagnostic.location.map { paths.contains($0.path) } ?? false }
    }

    private func section(_ outcome: AnnexAListOutcome) -> [String] {
        let title = outcome.spec.title
        guard !outcome.sources.isEmpty else { return ["\(title): no file"] }
        let found = diagnostics(for: outcome)
        let errors = found.filter { $0.severity == .error }.count
        let warnings = found.filter { $0.severity == .warning }.count
        var lines = ["\(title): \(outcome.rows) rows from \(outcome.sources.map(\.path).joined(separator: ", ")); \(errors) errors, \(warnings) warnings"]
        for path in outcome.unreadableSources {
            lines.append("  \(path): could not be read again when writing the workbook; its rows are missing from it")
        }
        if outcome.rowsBeyondWorkbook > 0 {
            lines.append("  \(outcome.rowsBeyondWorkbook) rows beyond the worksheet's 1,048,576-row limit are in the CSV only")
        }
        if outcome.truncatedCells > 0 {
            lines.append("  \(outcome.truncatedCells) cells longer than 32,767 characters were cut in the workbook (complete in the CSV)")
        }
        // A workbook's sheets share its path: keep this list's columns only.
        let summaries = found.compactMap { diagnostic -> (String, AnnexAColumnSummary)? in
            guard diagnostic.code == AnnexAColumnSummary.code, let summary = AnnexAColumnSummary(message: diagnostic.message),
                  summary.sheet == outcome.spec.sheetName else { return nil }
            return (diagnostic.location?.path ?? "", summary)
        }
        if !summaries.isEmpty {
            lines.append("  Findings by column (every finding counted, listed or not):")
            for (path, summary) in summaries {
                lines.append("    \(path): \(summary.message.dropFirst(summary.sheet.count + 1))")
            }
            lines.append("  Each finding:")
        }
        for diagnostic in found where diagnostic.code != AnnexAColumnSummary.code {
            lines.append("  \(diagnostic)")
        }
        return lines
    }
}
