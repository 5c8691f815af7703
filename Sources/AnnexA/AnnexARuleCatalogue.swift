import AnnexASpec

/// One check the Annex A row reading makes, as councils read it in the rule catalogue
/// (`evidence-pack annex-a rules --json`): the diagnostic code, where it applies, and what it says.
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

    private enum CodingKeys: String, CodingKey { case code, list, column, severity, message, template }

    /// Writes every key, `list` and `column` as null when the rule applies to every list or column.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(list, forKey: .list)
        try container.encode(column, forKey: .column)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(template, forKey: .template)
    }
}

/// The rule catalogue of a template: every check `AnnexAListReader` makes on each list, column by
/// column, derived from the same template data the reader uses (so it cannot drift from it).
public enum AnnexARuleCatalogue {
    /// Every rule of `template`, list by list in template column order.
    public static func rules(for template: AnnexATemplate) -> [AnnexARule] {
        let year = template.template
        var rules: [AnnexARule] = []
        func add(_ code: String, _ list: Int?, _ column: String?, _ severity: String, _ message: String) {
            rules.append(AnnexARule(code: code, list: list, column: column, severity: severity, message: message, template: year))
        }
        add("annexa.unrecognised", nil, nil, "warning", "the header matches no Annex A list of the \(year) template closely enough")
        add("annexa.header.unknown", nil, nil, "warning", "a column is not in the template; it is ignored")
        add("annexa.header.duplicate", nil, nil, "warning", "a column repeats a column already read; it is ignored")
        add("annexa.header.variant", nil, nil, "note", "a header is read as the template's (an older spelling, a variant or trailing spaces)")
        add("csv.ragged-row", nil, nil, "warning", "a row has more or fewer fields than the header")
        for list in template.lists {
            let sheet = list.sheetName
            for column in list.columns {
                let name = column.header
                add("annexa.header.missing", list.number, name, column.required ? "error" : "warning",
                    "\(sheet): the \(column.required ? "required " : "")column '\(name)' is missing")
                if column.required {
                    add("annexa.required", list.number, name, "error", "\(sheet): '\(name)' is required but blank")
                }
                switch column.type {
                case .date:
                    add("annexa.date.invalid", list.number, name, "error", "\(sheet): '\(name)' is not a real date (expected dd/mm/yyyy)")
                    add("annexa.date.future", list.number, name, "warning", "\(sheet): '\(name)' is after the reference date")
                case .integer:
                    add("annexa.integer.invalid", list.number, name, "error", "\(sheet): '\(name)' is not a whole number")
                    if let minimum = column.minimum {
                        add("annexa.integer.range", list.number, name, "error", "\(sheet): '\(name)' is below \(minimum)")
                    }
                case .category:
                    if let set = column.valueSet, !set.isOpen {
                        add("annexa.code.unknown", list.number, name, "error", "\(sheet): '\(name)' is not one of the template's \(set.values.count) codes")
                    }
                case .id, .text, .postcode:
                    break
                }
            }
            if let birth = list.dateOfBirthColumn {
                add("annexa.date.order", list.number, list.columns[birth].header, "error", "\(sheet): 'Date of Birth' is after another date in the row")
            }
            for pair in list.dateOrder {
                add("annexa.date.order", list.number, list.columns[pair.later].header, "error",
                    "\(sheet): '\(list.columns[pair.later].header)' is before '\(list.columns[pair.earlier].header)'")
            }
            if let first = list.reportingWindow.dateColumns.first {
                let names = list.reportingWindow.dateColumns.map { "'\(list.columns[$0].header)'" }.joined(separator: ", ")
                add("annexa.date.window", list.number, list.columns[first].header, "warning",
                    "\(sheet): no date (\(names)) in the \(list.reportingWindow.months)-month reporting window and the row is not open")
            }
            if !list.duplicateKeyColumns.isEmpty {
                let names = list.duplicateKeyColumns.map { "'\(list.columns[$0].header)'" }.joined(separator: ", ")
                add("annexa.duplicate", list.number, list.columns[list.duplicateKeyColumns[0]].header, "error", "\(sheet): two rows with the same \(names)")
            }
        }
        return rules
    }
}
