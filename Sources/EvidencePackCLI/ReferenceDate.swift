import ArgumentParser
import EvidenceModel
import Foundation

/// `--reference-date` as people write it: ISO 8601 (`2026-11-20`) or the British day-first form
/// (`20/11/2026`, also `20-11-2026`, `20.11.2026` and without leading zeros).
enum ReferenceDate {
    /// The day the text names; nil when it is not a real day in either form.
    static func parse(_ text: String) -> CalendarDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let iso = CalendarDate(iso8601: trimmed) { return iso }
        let parts = trimmed.split(omittingEmptySubsequences: false) { "/-.".contains($0) }
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// Throws the usage error for a `--reference-date` that is not a real day.
    static func validate(_ text: String?) throws {
        if let text, parse(text) == nil {
            throw ValidationError("--reference-date must be a real day written YYYY-MM-DD or DD/MM/YYYY, not '\(text)'")
        }
    }

    /// The help text of a `--reference-date` option, with its default.
    static func help(default defaultText: String) -> ArgumentHelp {
        ArgumentHelp("The day the pack is for: YYYY-MM-DD or DD/MM/YYYY (default: \(defaultText)).", valueName: "date")
    }
}
