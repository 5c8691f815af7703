import CouncilText
import EvidenceModel
import Foundation

/// Reads the periods KPI files use: DfE's `time_period` + `time_identifier` (`2025` "Reporting
/// year", `202324` "Academic year" / "Financial year"), and what councils write in their own KPI
/// exports (`2026-09`, `Sep-26`, `September 2026`, `2026/27`, `Q2 2026/27`, `30/09/2026`).
public enum KPIPeriod {
    /// A DfE `time_period` with its `time_identifier`.
    public static func dfe(timePeriod: String, identifier: String) -> Period? {
        let digits = timePeriod.trimmingCharacters(in: .whitespaces)
        let kind = identifier.lowercased()
        guard digits.allSatisfy(\.isNumber), let number = Int(digits) else { return nil }
        if digits.count == 6 {
            let first = number / 100, second = number % 100
            guard (first + 1) % 100 == second else { return nil }
            let label = "\(first)/\(String(format: "%02d", second))"
            if kind.contains("financial") {
                if let quarter = quarterNumber(in: kind), let end = financialQuarterEnd(startYear: first, quarter: quarter) {
                    return Period(kind: .quarter, label: "\(end.year)-Q\(calendarQuarter(of: end.month))", end: end)
                }
                return CalendarDate(year: first + 1, month: 3, day: 31).map { Period(kind: .financialYear, label: label, end: $0) }
            }
            // Academic years by default: it is what EES uses six-digit periods for most.
            return CalendarDate(year: first + 1, month: 8, day: 31).map { Period(kind: .academicYear, label: label, end: $0) }
        }
        guard digits.count == 4 else { return nil }
        if kind.contains("reporting year") || kind.contains("year ending march") {
            return CalendarDate(year: number, month: 3, day: 31).map { Period(kind: .reportingYear, label: digits, end: $0) }
        }
        if let month = monthNumber(kind), let end = CalendarDate(year: number, month: month, day: CalendarDate.daysIn(month: month, year: number)) {
            return Period(kind: .month, label: "\(digits)-\(String(format: "%02d", month))", end: end)
        }
        if let quarter = quarterNumber(in: kind), let end = CalendarDate(year: number, month: quarter * 3, day: CalendarDate.daysIn(month: quarter * 3, year: number)) {
            return Period(kind: .quarter, label: "\(digits)-Q\(quarter)", end: end)
        }
        if kind.contains("calendar") {
            return CalendarDate(year: number, month: 12, day: 31).map { Period(kind: .calendarYear, label: digits, end: $0) }
        }
        return CalendarDate(year: number, month: 12, day: 31).map { Period(kind: .year, label: digits, end: $0) }
    }

    /// A period as a council's KPI export writes it; nil when the text is not one.
    public static func council(_ raw: String) -> Period? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let lower = text.lowercased()
        // Financial year, with or without a quarter: 2026/27, 2026-27, Q2 2026/27, 2026/27 Q2.
        if let match = lower.range(of: #"(20[0-9]{2})\s*[/-]\s*([0-9]{2})(?![0-9])"#, options: .regularExpression) {
            let parts = lower[match].split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == " " })
            if parts.count == 2, let first = Int(parts[0]), let second = Int(parts[1]), (first + 1) % 100 == second {
                if let quarter = quarterNumber(in: lower), let end = financialQuarterEnd(startYear: first, quarter: quarter) {
                    return Period(kind: .quarter, label: "\(end.year)-Q\(calendarQuarter(of: end.month))", end: end)
                }
                if let end = CalendarDate(year: first + 1, month: 3, day: 31) {
                    return Period(kind: .financialYear, label: "\(first)/\(String(format: "%02d", second))", end: end)
                }
            }
        }
        // A day: a month when it is the month's last day (a month-end snapshot), else the day.
        if let date = CalendarDate(iso8601: text) ?? ukDate(text) {
            if date.day == CalendarDate.daysIn(month: date.month, year: date.year) { return month(date.year, date.month) }
            return Period(kind: .day, label: date.iso8601, end: date)
        }
        // 2026-09
        if let match = lower.range(of: #"^(20[0-9]{2})-([0-9]{1,2})$"#, options: .regularExpression) {
            let parts = lower[match].split(separator: "-")
            if let year = Int(parts[0]), let monthNumber = Int(parts[1]) { return month(year, monthNumber) }
        }
        // Sep-26, Sep 2026, September 2026
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" || $0 == "," })
        if words.count == 2, let monthNumber = monthNumber(String(words[0])), let year = Int(words[1]) {
            return month(year < 100 ? 2000 + year : year, monthNumber)
        }
        // Q3 2026 / 2026 Q3 (calendar quarters)
        if words.count == 2, let quarter = quarterNumber(in: lower), let year = words.compactMap({ Int($0) }).first, year > 1900,
           let end = CalendarDate(year: year, month: quarter * 3, day: CalendarDate.daysIn(month: quarter * 3, year: year)) {
            return Period(kind: .quarter, label: "\(year)-Q\(quarter)", end: end)
        }
        if text.count == 4, let year = Int(text), year > 1900, let end = CalendarDate(year: year, month: 12, day: 31) {
            return Period(kind: .year, label: text, end: end)
        }
        return nil
    }

    static func month(_ year: Int, _ month: Int) -> Period? {
        guard (1...12).contains(month), let end = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)) else { return nil }
        return Period(kind: .month, label: "\(year)-\(String(format: "%02d", month))", end: end)
    }

    static func ukDate(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: "/")
        guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    static func monthNumber(_ word: String) -> Int? {
        MonthName.number(word.trimmingCharacters(in: .whitespaces))
    }

    static func quarterNumber(in text: String) -> Int? {
        guard let match = text.range(of: #"q[1-4]"#, options: [.regularExpression, .caseInsensitive]) else { return nil }
        return text[match].last?.wholeNumberValue
    }

    /// Financial quarters run April-June (Q1) to January-March (Q4).
    static func financialQuarterEnd(startYear: Int, quarter: Int) -> CalendarDate? {
        let month = quarter == 4 ? 3 : quarter * 3 + 3
        let year = quarter == 4 ? startYear + 1 : startYear
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
    }

    static func calendarQuarter(of month: Int) -> Int { (month - 1) / 3 + 1 }
}
