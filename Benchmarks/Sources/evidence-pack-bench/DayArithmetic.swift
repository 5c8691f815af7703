import EvidenceModel

/// Day numbers (days since 1970-01-01, as `CalendarDate` counts them) written the ways councils write
/// dates, for generated inputs.
enum DayArithmetic {
    /// The (year, month, day) of a day number.
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let date = CalendarDate(daysSinceEpoch: days)
        return (date.year, date.month, date.day)
    }

    /// The day number of a civil date.
    static func days(year: Int, month: Int, day: Int) -> Int {
        CalendarDate.daysSinceEpoch(year: year, month: month, day: day)
    }

    /// `dd/mm/yyyy`, as the Annex A template and ModernGov write dates.
    static func slashed(_ days: Int) -> String {
        let c = civil(days)
        return "\(pad(c.day))/\(pad(c.month))/\(c.year)"
    }

    /// `Monday, 7th May, 2026`, as ModernGov meeting titles write dates.
    static func long(_ days: Int) -> String {
        let c = civil(days)
        let weekday = weekdays[((days % 7) + 7 + 3) % 7]
        return "\(weekday), \(c.day)\(suffix(c.day)) \(months[c.month - 1]), \(c.year)"
    }

    /// `20 April 2026`, as minutes text writes dates.
    static func plain(_ days: Int) -> String {
        let c = civil(days)
        return "\(c.day) \(months[c.month - 1]) \(c.year)"
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func suffix(_ day: Int) -> String {
        if (11...13).contains(day) { return "th" }
        switch day % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }
}
