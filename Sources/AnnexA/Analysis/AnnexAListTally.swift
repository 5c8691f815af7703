import AnnexASpec
import EvidenceModel

/// The running counts of one list, fed one row at a time: a few small arrays whatever the number of
/// rows (months, bands and codes), never a row or a cell's text.
struct AnnexAListTally {
    typealias Rules = AnnexAAnalysisRules

    let spec: AnnexAListSpec
    let referenceDate: CalendarDate
    let windowStart: CalendarDate
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

    var rows = 0
    /// Rows by month of the main date (`year * 12 + month - 1`).
    var months: [Int: Int] = [:]
    var noMainDate = 0
    /// Age bands, then unborn, then not recorded.
    var ages: [Int]
    /// Age slot (as `ages`) × gender slot (as `codes` of the gender column) → rows.
    var agesByGender: [Int: Int] = [:]
    /// Per category column (gender and ethnicity included): each code, then not recorded, then unreadable.
    var codes: [Int: [Int]] = [:]
    /// Per integer column: 0, 1, 2, 3, 4, 5 or more, not recorded, unreadable.
    var integers: [Int: [Int]] = [:]
    /// Per timeliness rule: within, over, open within, open over, no start date.
    var timelinessCounts: [[Int]]
    /// Per duration rule: the bands, then no start date, then open (rules with `open` words only).
    var durationCounts: [[Int]]
    /// Per recency rule: within, over, no visit recorded (open rows only).
    var recencyCounts: [[Int]]

    init(spec: AnnexAListSpec, referenceDate: CalendarDate) {
        self.spec = spec
        self.referenceDate = referenceDate
        windowStart = spec.reportingWindow.start(for: referenceDate)
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
        ages = Array(repeating: 0, count: Rules.ageBands.count + 2)
        timelinessCounts = Array(repeating: Array(repeating: 0, count: 5), count: timeliness.count)
        durationCounts = Array(repeating: Array(repeating: 0, count: Rules.durationBands.count + 2), count: durations.count)
        recencyCounts = Array(repeating: Array(repeating: 0, count: 3), count: recency.count)
        for column in categoryColumns { codes[column] = Array(repeating: 0, count: (spec.columns[column].valueSet?.values.count ?? 0) + 2) }
        for column in integerColumns { integers[column] = Array(repeating: 0, count: 8) }
    }

    /// Counts one row.
    mutating func add(_ row: AnnexARow) {
        rows += 1
        let reference = referenceDate.daysSinceEpoch
        var at = referenceDate
        if let column = mainDateColumn {
            if let date = row.date(column) {
                months[date.year * 12 + date.month - 1, default: 0] += 1
                at = date
            } else {
                noMainDate += 1
            }
        }
        let age = addAge(row, at: at)
        for column in categoryColumns {
            let slot: Int
            if let code = row.categories[column] {
                slot = code
            } else {
                let values = spec.columns[column].valueSet?.values.count ?? 0
                slot = row.isBlank(column) ? values : values + 1
            }
            codes[column]![slot] += 1
            if column == genderColumn { agesByGender[age * 64 + slot, default: 0] += 1 }
        }
        for column in integerColumns {
            let slot: Int
            if let number = row.integers[column] {
                slot = min(max(number, 0), 5)
            } else {
                slot = row.isBlank(column) ? 6 : 7
            }
            integers[column]![slot] += 1
        }
        for (index, entry) in timeliness.enumerated() {
            guard let start = row.date(entry.start)?.daysSinceEpoch else {
                timelinessCounts[index][4] += 1
                continue
            }
            if let end = row.date(entry.end)?.daysSinceEpoch {
                timelinessCounts[index][WorkingDays.between(startDay: start, endDay: end) <= entry.rule.limit ? 0 : 1] += 1
            } else {
                timelinessCounts[index][WorkingDays.between(startDay: start, endDay: reference) <= entry.rule.limit ? 2 : 3] += 1
            }
        }
        for (index, entry) in durations.enumerated() {
            guard let start = row.date(entry.start)?.daysSinceEpoch else {
                durationCounts[index][Rules.durationBands.count] += 1
                continue
            }
            if entry.rule.open != nil, row.date(entry.end) == nil {
                durationCounts[index][Rules.durationBands.count + 1] += 1
                continue
            }
            let end = row.date(entry.end)?.daysSinceEpoch ?? reference
            let days = max(0, end - start)
            durationCounts[index][Rules.durationBands.firstIndex { days < $0.below } ?? Rules.durationBands.count - 1] += 1
        }
        for (index, entry) in recency.enumerated() where row.date(entry.ended) == nil {
            guard let visit = row.date(entry.date)?.daysSinceEpoch else {
                recencyCounts[index][2] += 1
                continue
            }
            recencyCounts[index][WorkingDays.between(startDay: visit, endDay: reference) <= entry.rule.limit ? 0 : 1] += 1
        }
    }

    /// Counts the row's age band and returns its slot in `ages`.
    private mutating func addAge(_ row: AnnexARow, at date: CalendarDate) -> Int {
        let unborn = Rules.ageBands.count, notRecorded = unborn + 1
        let slot: Int
        if let column = birthColumn, let birth = row.date(column) {
            if birth > date {
                slot = unborn
            } else {
                let years = birth.wholeYears(until: date)
                slot = Rules.ageBands.firstIndex { years < $0.below } ?? Rules.ageBands.count - 1
            }
        } else if let column = ageColumn, let years = row.integers[column], years >= 0 {
            slot = Rules.ageBands.firstIndex { years < $0.below } ?? Rules.ageBands.count - 1
        } else {
            slot = notRecorded
        }
        ages[slot] += 1
        return slot
    }
}
