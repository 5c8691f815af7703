import Foundation
import EvidenceModel

/// Reads KPI cells: numbers (with `,` thousands, `%`, `£`), and the statistical symbols DfE and
/// councils use for a value that is withheld or does not exist, kept as `.suppressed`, never zero.
public enum KPIValue {
    /// The symbols (lower case) read as suppressed: DfE's `c` confidential, `x` not available,
    /// `z` not applicable, `u` low reliability, `low` rounded near zero, `k` (adoption file), and
    /// the generic `:` `..` `-` `n/a` `*` `supp`.
    public static let suppressionSymbols: Set<String> = ["c", "x", "z", "u", "low", "k", ":", "..", "-", "n/a", "na", "*", "supp", "suppressed", "[c]", "[x]", "[z]", "[low]"]

    /// A cell's value; nil when blank or not a KPI value at all.
    public static func parse(_ raw: String, decimalComma: Bool = false) -> ObservedValue? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        if suppressionSymbols.contains(text.lowercased()) { return .suppressed(text) }
        return number(text, decimalComma: decimalComma).map { .number($0) }
    }

    /// A number, tolerant of `1,234`, `22.6%`, `£1,000`, and `22,6` when commas are decimal points.
    public static func number(_ raw: String, decimalComma: Bool = false) -> Double? {
        var text = raw.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("%") { text.removeLast() }
        if text.hasPrefix("£") { text.removeFirst() }
        if decimalComma {
            text = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        } else if text.contains(","), text.range(of: #"^-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$"#, options: .regularExpression) != nil {
            text = text.replacingOccurrences(of: ",", with: "")
        }
        guard text.range(of: #"^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$"#, options: .regularExpression) != nil else { return nil }
        return Double(text)
    }

    /// The unit an indicator's name implies: `rate_per_10000` → per 10,000; `percent`, `_pct`,
    /// `rate` (DfE workforce rates are percentages) → percent; `days` → days; else a count.
    public static func unit(forIndicator name: String) -> MeasureUnit {
        let lower = name.lowercased()
        if lower.contains("per_10000") || lower.contains("per 10,000") || lower.contains("per 10000") || lower.contains("per_10k") || lower.contains("per 10k") {
            return .ratePer10000
        }
        if lower.contains("percent") || lower.contains("pct") || lower.contains("%") || lower.contains("proportion") || lower.contains("rate") {
            return .percent
        }
        if lower.contains("days") { return .days }
        if lower.contains("caseload") || lower.contains("average") { return .ratio }
        return .count
    }

    /// A unit written in a council export's unit column.
    public static func unit(fromText text: String) -> MeasureUnit? {
        let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
        if lower.isEmpty { return nil }
        if lower.contains("10,000") || lower.contains("10000") || lower.contains("10k") { return .ratePer10000 }
        if lower == "%" || lower.contains("percent") { return .percent }
        if lower.contains("day") { return .days }
        if lower.contains("£") || lower.contains("money") || lower.contains("gbp") { return .money }
        if lower.contains("count") || lower.contains("number") || lower == "n" { return .count }
        return .other
    }
}
