import AnnexASpec
import EvidenceModel

/// The running counts of one list, fed one row at a time: a few small arrays whatever the number of
/// rows (months, bands and codes), never a row or a cell's text.
///
/// Nothing it counts depends on the reference date: what does (an age at the reference date, an open
/// case's time so far, the time since a visit) is counted by day in `Counts`' histograms and put in
/// bands by `resolved(on:)`, so that the counts of a list's rows serve any day (kept in the import
/// cache by the workbook exporter, `AnnexAAnalysisTallies`).
struct AnnexAListTally {
    typealias Rules = AnnexAAnalysisRules

    let spec: AnnexAListSpec
    let idColumn: Int?
    let birthColumn: Int?
    let ageColumn: Int?
    let mainDateColumn: Int?
    let genderColumn: Int?
    let ethnicityColumn: Int?
    let categoryColumns: [Int]
    let integerColumns: [Int]
    let timeliness: [(rule: Rules.Timeliness, start: Int, end: Int)]
    let durations: [(rule: Rules.Duration, start: Int, end: Int)]
    let recency: [(rule: Rules.Recency, date: Int, ended: Int)]

    /// What the rows added up to.
    struct Counts: Sendable, Codable, Equatable {
        var rows = 0
        /// Rows by month of the main date (`year * 12 + month - 1`).
        var months: [Int: Int] = [:]
        var noMainDate = 0
        /// Age bands, then unborn, then not recorded (rows whose age is known without the reference date).
        var ages: [Int]
        /// Age slot (as `ages`) × gender slot (as `codes` of the gender column) → rows.
        var agesByGender: [Int: Int] = [:]
        /// Rows aged at the reference date (no main date): days since 1970 of the birth × 64 + gender
        /// slot + 1 (0: no gender column) → rows.
        var birthsAgedAtReference: [Int: Int] = [:]
        /// Per category column (gender and ethnicity included): each code, then not recorded, then unreadable.
        var codes: [Int: [Int]] = [:]
        /// Per integer column: 0, 1, 2, 3, 4, 5 or more, not recorded, unreadable.
        var integers: [Int: [Int]] = [:]
        /// Per timeliness rule: within, over, open within, open over, no start date (the open ones
        /// filled in by `resolved(on:)`).
        var timelinessCounts: [[Int]]
        /// Per timeliness rule: the open rows' start days (days since 1970) → rows.
        var openTimelinessStarts: [[Int: Int]]
        /// Per duration rule: the bands, then no start date, then open (rules with `open` words only).
        var durationCounts: [[Int]]
        /// Per duration rule counted to the reference date: the start days of rows without an end → rows.
        var openDurationStarts: [[Int: Int]]
        /// Per recency rule: within, over (filled in by `resolved(on:)`), no visit recorded (open rows only).
        var recencyCounts: [[Int]]
        /// Per recency rule: the open rows' visit days → rows.
        var visitDays: [[Int: Int]]
    }

    var counts: Counts

    init(spec: AnnexAListSpec, counts: Counts? = nil) {
        self.spec = spec
        idColumn = spec.columnIndex(named: "Child Unique ID")
        birthColumn = spec.dateOfBirthColumn
        ageColumn = spec.columns.firstIndex { $0.type == .integer && HeaderKey.make($0.header).hasPrefix("age") }
        mainDateColumn = spec.reportingWindow.dateColumns.first
        genderColumn = spec.columns.firstIndex { $0.valueSet?.name == "gender" }
        ethnicityColumn = spec.columns.firstIndex { $0.valueSet?.name == "ethnicity" }
        categoryColumns = spec.columns.indices.filter { spec.columns[$0].type == .category && spec.columns[$0].valueSet != nil }
        let ageColumn = self.ageColumn
        integerColumns = spec.columns.indices.filter { spec.columns[$0].type == .integer && $0 != ageColumn }
        timeliness = Rules.timeliness.compactMap { rule in
            guard let start = spec.columnIndex(named: rule.start), let end = spec.columnIndex(named: rule.end) else { return nil }
            return (rule, start, end)
        }
        durations = Rules.durations.compactMap { rule in
            guard let start = spec.columnIndex(named: rule.start), let end = spec.columnIndex(named: rule.end) else { return nil }
            return (rule, start, end)
        }
        recency = Rules.recency.compactMap { rule in
            guard let date = spec.columnIndex(named: rule.date), let ended = spec.columnIndex(named: rule.endedWhenSet) else { return nil }
            return (rule, date, ended)
        }
        var empty = Counts(ages: Array(repeating: 0, count: Rules.ageBands.count + 2),
                           timelinessCounts: Array(repeating: Array(repeating: 0, count: 5), count: timeliness.count),
                           openTimelinessStarts: Array(repeating: [:], count: timeliness.count),
                           durationCounts: Array(repeating: Array(repeating: 0, count: Rules.durationBands.count + 2), count: durations.count),
                           openDurationStarts: Array(repeating: [:], count: durations.count),
                           recencyCounts: Array(repeating: Array(repeating: 0, count: 3), count: recency.count),
                           visitDays: Array(repeating: [:], count: recency.count))
        for column in categoryColumns { empty.codes[column] = Array(repeating: 0, count: (spec.columns[column].valueSet?.values.count ?? 0) + 2) }
        for column in integerColumns { empty.integers[column] = Array(repeating: 0, count: 8) }
        self.counts = counts ?? empty
    }

    /// Whether `counts` have the shape this list's tally gives (counts read back from a cache must).
    func fits(_ counts: Counts) -> Bool {
        let empty = AnnexAListTally(spec: spec).counts
        return counts.ages.count == empty.ages.count && counts.timelinessCounts.map(\.count) == empty.timelinessCounts.map(\.count)
            && counts.openTimelinessStarts.count == empty.openTimelinessStarts.count
            && counts.durationCounts.map(\.count) == empty.durationCounts.map(\.count)
            && counts.openDurationStarts.count == empty.openDurationStarts.count
            && counts.recencyCounts.map(\.count) == empty.recencyCounts.map(\.count) && counts.visitDays.count == empty.visitDays.count
            && counts.codes.mapValues(\.count) == empty.codes.mapValues(\.count)
            && counts.integers.mapValues(\.count) == empty.integers.mapValues(\.count)
    }

    /// Counts one row.
    mutating func add(_ row: AnnexARow) {
        counts.rows += 1
        var at: CalendarDate?
        if let column = mainDateColumn {
            if let date = row.date(column) {
                counts.months[date.year * 12 + date.month - 1, default: 0] += 1
                at = date
            } else {
                counts.noMainDate += 1
            }
        }
        var genderSlot: Int?
        for column in categoryColumns {
            let slot: Int
            if let code = row.categories[column] {
                slot = code
            } else {
                let values = spec.columns[column].valueSet?.values.count ?? 0
                slot = row.isBlank(column) ? values : values + 1
            }
            counts.codes[column]![slot] += 1
            if column == genderColumn { genderSlot = slot }
        }
        if let age = addAge(row, at: at) {
            if let genderSlot { counts.agesByGender[age * 64 + genderSlot, default: 0] += 1 }
        } else if let birth = birthColumn.flatMap(row.date) {
            // Aged at the reference date, whichever day that is.
            counts.birthsAgedAtReference[birth.daysSinceEpoch * 64 + (genderSlot.map { $0 + 1 } ?? 0), default: 0] += 1
        }
        for column in integerColumns {
            let slot: Int
            if let number = row.integers[column] {
                slot = min(max(number, 0), 5)
            } else {
                slot = row.isBlank(column) ? 6 : 7
            }
            counts.integers[column]![slot] += 1
        }
        for (index, entry) in timeliness.enumerated() {
            guard let start = row.date(entry.start)?.daysSinceEpoch else {
                counts.timelinessCounts[index][4] += 1
                continue
            }
            if let end = row.date(entry.end)?.daysSinceEpoch {
                counts.timelinessCounts[index][WorkingDays.between(startDay: start, endDay: end) <= entry.rule.limit ? 0 : 1] += 1
            } else {
                counts.openTimelinessStarts[index][start, default: 0] += 1
            }
        }
        for (index, entry) in durations.enumerated() {
            guard let start = row.date(entry.start)?.daysSinceEpoch else {
                counts.durationCounts[index][Rules.durationBands.count] += 1
                continue
            }
            if entry.rule.open != nil, row.date(entry.end) == nil {
                counts.durationCounts[index][Rules.durationBands.count + 1] += 1
                continue
            }
            if let end = row.date(entry.end)?.daysSinceEpoch {
                counts.durationCounts[index][Self.durationBand(days: end - start)] += 1
            } else {
                counts.openDurationStarts[index][start, default: 0] += 1
            }
        }
        for (index, entry) in recency.enumerated() where row.date(entry.ended) == nil {
            guard let visit = row.date(entry.date)?.daysSinceEpoch else {
                counts.recencyCounts[index][2] += 1
                continue
            }
            counts.visitDays[index][visit, default: 0] += 1
        }
    }

    static func durationBand(days: Int) -> Int {
        let days = max(0, days)
        return Rules.durationBands.firstIndex { days < $0.below } ?? Rules.durationBands.count - 1
    }

    static func ageBand(years: Int) -> Int {
        Rules.ageBands.firstIndex { years < $0.below } ?? Rules.ageBands.count - 1
    }

    /// The counts with what depends on the reference date put in bands for `referenceDate`: ages of
    /// rows without a main date, open cases' working days so far, open rows' durations, visits.
    func resolved(on referenceDate: CalendarDate) -> Counts {
        var resolved = counts
        let reference = referenceDate.daysSinceEpoch
        for (key, rows) in counts.birthsAgedAtReference {
            let birth = CalendarDate(daysSinceEpoch: key >> 6), gender = key & 63
            let slot = birth > referenceDate ? Rules.ageBands.count : Self.ageBand(years: birth.wholeYears(until: referenceDate))
            resolved.ages[slot] += rows
            if gender > 0 { resolved.agesByGender[slot * 64 + gender - 1, default: 0] += rows }
        }
        for (index, entry) in timeliness.enumerated() {
            for (start, rows) in counts.openTimelinessStarts[index] {
                resolved.timelinessCounts[index][WorkingDays.between(startDay: start, endDay: reference) <= entry.rule.limit ? 2 : 3] += rows
            }
        }
        for index in durations.indices {
            for (start, rows) in counts.openDurationStarts[index] {
                resolved.durationCounts[index][Self.durationBand(days: reference - start)] += rows
            }
        }
        for (index, entry) in recency.enumerated() {
            for (visit, rows) in counts.visitDays[index] {
                resolved.recencyCounts[index][WorkingDays.between(startDay: visit, endDay: reference) <= entry.rule.limit ? 0 : 1] += rows
            }
        }
        return resolved
    }

    /// Counts the row's age band at `date` and returns its slot in `ages`; nil (nothing counted) for a
    /// row with a date of birth but no main date, whose age is taken at the reference date.
    private mutating func addAge(_ row: AnnexARow, at date: CalendarDate?) -> Int? {
        let unborn = Rules.ageBands.count, notRecorded = unborn + 1
        let slot: Int
        if let column = birthColumn, let birth = row.date(column) {
            guard let date else { return nil }
            slot = birth > date ? unborn : Self.ageBand(years: birth.wholeYears(until: date))
        } else if let column = ageColumn, let years = row.integers[column], years >= 0 {
            slot = Self.ageBand(years: years)
        } else {
            slot = notRecorded
        }
        counts.ages[slot] += 1
        return slot
    }
}
