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
        let text = trimmingWhitespace(raw)
        guard !text.isEmpty else { return nil }
        if suppressionSymbols.contains(text.lowercased()) { return .suppressed(text) }
        return number(text, decimalComma: decimalComma).map { .number($0) }
    }

    /// A duration DfE prints as years and months, `yy:mm` ("1:06" = 1 year 6 months), in months; nil
    /// for anything else. (Adoption timeliness columns mix these with counts and symbols.)
    public static func yearsAndMonths(_ raw: String) -> Double? {
        guard raw.utf8.contains(UInt8(ascii: ":")) else { return nil }
        let text = trimmingWhitespace(raw)
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...3).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let years = Int(parts[0]), let months = Int(parts[1]), months < 12 else { return nil }
        return Double(years * 12 + months)
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, settled on the end bytes when they are ASCII and
    /// neither a space nor a tab (the set's only ASCII members), as nearly every cell's are: a DfE file
    /// of 10,000 measures trims every cell several times.
    public static func trimmingWhitespace(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        func stays(_ byte: UInt8) -> Bool { byte < 0x80 && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") }
        if stays(first) && stays(last) { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// A number, tolerant of `1,234`, `22.6%`, `£1,000`, and `22,6` when commas are decimal points.
    /// Checked byte by byte (no regular expression: KPI files hold tens of thousands of cells).
    public static func number(_ raw: String, decimalComma: Bool = false) -> Double? {
        var bytes = Array(raw.utf8)
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        while let first = bytes.first, first == 0x20 || first == 0x09 { bytes.removeFirst() }
        if bytes.last == UInt8(ascii: "%") { bytes.removeLast() }
        if bytes.starts(with: [0xC2, 0xA3]) { bytes.removeFirst(2) } // £
        if decimalComma {
            bytes = bytes.compactMap { $0 == UInt8(ascii: ".") ? nil : ($0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0) }
        } else if bytes.contains(UInt8(ascii: ",")) {
            guard hasThousandsSeparators(bytes) else { return nil }
            bytes.removeAll { $0 == UInt8(ascii: ",") }
        }
        guard isDecimalNumber(bytes), let value = Double(String(decoding: bytes, as: UTF8.self)) else { return nil }
        // "1e400" is written as a number but is none a Double holds (it would read as infinity).
        return value.isFinite ? value : nil
    }

    /// `-1,234,567.8`: one to three digits, then groups of a comma and three digits.
    static func hasThousandsSeparators(_ bytes: [UInt8]) -> Bool {
        var index = bytes.first == UInt8(ascii: "-") ? 1 : 0
        var leading = 0
        while index < bytes.count, isDigit(bytes[index]) { leading += 1; index += 1 }
        guard (1...3).contains(leading), index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return false }
        while index < bytes.count, bytes[index] == UInt8(ascii: ",") {
            guard index + 3 < bytes.count, bytes[(index + 1)...(index + 3)].allSatisfy(isDigit) else { return false }
            index += 4
        }
        return index == bytes.count || (bytes[index] == UInt8(ascii: ".") && bytes[(index + 1)...].allSatisfy(isDigit))
    }

    /// `[-+]?(digits[.digits] | .digits)([eE][-+]?digits)?`
    static func isDecimalNumber(_ bytes: [UInt8]) -> Bool {
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        var digits = 0
        while index < bytes.count, isDigit(bytes[index]) { digits += 1; index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, isDigit(bytes[index]) { digits += 1; index += 1 }
        }
        guard digits > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            var exponent = 0
            while index < bytes.count, isDigit(bytes[index]) { exponent += 1; index += 1 }
            guard exponent > 0 else { return false }
        }
        return index == bytes.count
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

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
