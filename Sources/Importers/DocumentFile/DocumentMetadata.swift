import EvidenceModel
import Foundation

/// What a document says about itself in its own metadata (PDF Info/XMP, OOXML core properties,
/// ODF meta.xml, RTF `\info`). Every field is optional: many files carry none of it.
struct DocumentMetadata: Sendable, Equatable {
    var title: String?
    var author: String?
    var subject: String?
    var created: CalendarDate?
    var modified: CalendarDate?
    var pageCount: Int?
    /// Where it was read from, e.g. `PDF Info dictionary`, `docProps/core.xml`.
    var origin: String?

    /// Fills the fields this one lacks from another source of metadata.
    func filling(from other: DocumentMetadata) -> DocumentMetadata {
        var merged = self
        merged.title = title ?? other.title
        merged.author = author ?? other.author
        merged.subject = subject ?? other.subject
        merged.created = created ?? other.created
        merged.modified = modified ?? other.modified
        merged.pageCount = pageCount ?? other.pageCount
        merged.origin = [origin, other.origin].compactMap { $0 }.uniqued().joined(separator: ", ").nilIfEmpty
        return merged
    }
}

/// Reads the timestamps metadata is written in and turns them into the day they name in England.
enum MetadataDate {
    /// W3C/ISO 8601 (`2023-10-12`, `2023-10-12T08:30:00Z`, `2023-10-12T09:30:00+01:00`,
    /// `2023-10-12T09:30:00.12`). A time in UTC is moved to UK time (a file saved at 23:30 BST on the
    /// 12th is stamped 22:30Z); a time with another offset or none keeps the day as written.
    static func iso8601(_ raw: String) -> CalendarDate? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 10, let date = CalendarDate(iso8601: String(String.UnicodeScalarView(scalars[0..<10]))) else { return nil }
        guard text.hasSuffix("Z") || text.hasSuffix("z"), scalars.count >= 16, scalars[10] == "T",
              let hour = Int(String(String.UnicodeScalarView(scalars[11..<13]))),
              let minute = Int(String(String.UnicodeScalarView(scalars[14..<16]))) else { return date }
        return ukDay(utcDate: date, hour: hour, minute: minute)
    }

    /// PDF dates: `D:YYYYMMDDHHmmSSOHH'mm'`, every part after the year optional. The day is taken as
    /// written (the writer's local day) unless the offset is `Z`, when it is moved to UK time.
    static func pdf(_ raw: String) -> CalendarDate? {
        var text = Substring(raw.trimmingCharacters(in: .whitespacesAndNewlines))
        if text.hasPrefix("D:") { text = text.dropFirst(2) }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard digits.count >= 4, let year = Int(digits.prefix(4)) else { return nil }
        func part(_ offset: Int, _ fallback: Int) -> Int {
            guard digits.count >= offset + 2 else { return fallback }
            let start = digits.index(digits.startIndex, offsetBy: offset)
            return Int(digits[start..<digits.index(start, offsetBy: 2)]) ?? fallback
        }
        guard let date = CalendarDate(year: year, month: part(4, 1), day: part(6, 1)) else { return nil }
        let rest = text.dropFirst(digits.count)
        if rest.hasPrefix("Z"), digits.count >= 12 {
            return ukDay(utcDate: date, hour: part(8, 0), minute: part(10, 0))
        }
        return date
    }

    /// The day in England (GMT/BST) of a UTC time.
    static func ukDay(utcDate: CalendarDate, hour: Int, minute: Int) -> CalendarDate {
        ukDay(ofTimestamp: Double(utcDate.daysSinceEpoch) * 86_400 + Double(hour * 3600 + minute * 60))
    }

    /// The UK day of a file's modification time (seconds since 1970).
    static func ukDay(ofTimestamp seconds: Double) -> CalendarDate {
        let offset = TimeZone(identifier: "Europe/London")?.secondsFromGMT(for: Date(timeIntervalSince1970: seconds)) ?? 0
        return CalendarDate(daysSinceEpoch: Int(((seconds + Double(offset)) / 86_400.0).rounded(.down)))
    }
}

extension Sequence where Element: Hashable {
    /// The elements in order, each kept once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

extension String {
    /// nil for an empty string.
    var nilIfEmpty: String? { isEmpty ? nil : self }

    /// Runs of white space (including no-break spaces and line breaks) as one space, trimmed.
    var collapsingWhitespace: String {
        split(whereSeparator: { $0.isWhitespace || $0 == "\u{A0}" }).joined(separator: " ")
    }
}
