import EvidenceModel

/// Working days for the timeliness figures: Monday to Friday. Bank holidays are not left out (the
/// analysis says so in a note), so a figure may count a day or two more than a council's own.
public enum WorkingDays {
    /// Working days after `start` up to and including `end` (0 when `end` is not after `start`):
    /// an assessment started on a Friday and completed the next Monday took 1.
    public static func between(_ start: CalendarDate, _ end: CalendarDate) -> Int {
        between(startDay: start.daysSinceEpoch, endDay: end.daysSinceEpoch)
    }

    /// The same, from days since 1970-01-01.
    public static func between(startDay: Int, endDay: Int) -> Int {
        guard endDay > startDay else { return 0 }
        return before(endDay + 1) - before(startDay + 1)
    }

    /// Weekdays before a day, counted from Monday 29 December 1969 (1970-01-01 was a Thursday).
    static func before(_ day: Int) -> Int {
        let sinceMonday = day + 3
        let weeks = sinceMonday >= 0 ? sinceMonday / 7 : (sinceMonday - 6) / 7
        let rest = sinceMonday - weeks * 7
        return weeks * 5 + min(rest, 5)
    }
}
