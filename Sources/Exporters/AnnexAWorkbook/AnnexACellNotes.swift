import AnnexA
import AnnexASpec

/// The notes on highlighted cells of one list's worksheet: each names the rule (its code and the
/// catalogue's words, never the cell's value). Excel holds every note in memory, and so does
/// libxlsxwriter until the file is written, so a sheet gets at most `limit` of them; every wrong
/// cell is still highlighted, and the findings sheet and the validation report count them all.
final class AnnexACellNotes {
    /// Notes written per worksheet at most.
    static let limit = 500

    private let texts: [String: String]
    private let warnings: Set<String>
    private var written = 0

    init(template: AnnexATemplate, list: AnnexAListSpec) {
        var texts: [String: String] = [:]
        var warnings = Set<String>()
        for rule in AnnexARuleCatalogue.rules(for: template) where rule.list == list.number {
            guard let column = rule.column, let index = list.columns.firstIndex(where: { $0.header == column }) else { continue }
            let message = rule.message.hasPrefix(list.sheetName + ": ") ? String(rule.message.dropFirst(list.sheetName.count + 2)) : rule.message
            texts[Self.key(rule.code, index)] = "\(rule.code): \(message) (\(template.template) template; see the validation report)"
            if rule.severity == "warning" { warnings.insert(rule.code) }
        }
        self.texts = texts
        self.warnings = warnings
    }

    private static func key(_ code: String, _ column: Int) -> String { "\(code)#\(column)" }

    /// Whether a cell rule is a warning (amber) rather than an error (red).
    func isWarning(_ code: String) -> Bool { warnings.contains(code) }

    /// The note for a cell breaking `code` in template column `column`, while under the limit.
    func take(_ code: String, column: Int) -> String? {
        guard written < Self.limit else { return nil }
        written += 1
        return texts[Self.key(code, column)] ?? "\(code) (see the validation report)"
    }
}
