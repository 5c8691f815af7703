/// Days since 1970-01-01 to and from a civil date (Howard Hinnant's algorithm), for generated dates.
enum DayArithmetic {
    /// The (year, month, day) of a day number.
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The day number of a civil date.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
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
