import AnnexASpec
import EvidenceModel

extension AnnexAListTally {
    typealias Bars = [AnnexACount]

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The list's figures, in a fixed order: month, age, gender, ethnicity, each other code column in
    /// template order, timeliness, durations, visits, then the numbers columns.
    func figures(on referenceDate: CalendarDate) -> [AnnexAFigure] {
        let all = resolved(on: referenceDate)
        var figures: [AnnexAFigure] = []
        if let column = mainDateColumn { figures.append(monthFigure(column, all, referenceDate: referenceDate)) }
        if birthColumn != nil || ageColumn != nil { figures.append(ageFigure(all, referenceDate: referenceDate)) }
        for column in [genderColumn, ethnicityColumn].compactMap({ $0 }) { figures.append(codeFigure(column, all)) }
        if let column = genderColumn, birthColumn != nil || ageColumn != nil { figures.append(ageByGenderFigure(column, all)) }
        for column in categoryColumns where column != genderColumn && column != ethnicityColumn { figures.append(codeFigure(column, all)) }
        for (index, entry) in timeliness.enumerated() {
            let counts = all.timelinessCounts[index], limit = entry.rule.limit
            let bars: Bars = [
                AnnexACount(label: "within \(limit) working days", count: counts[0]),
                AnnexACount(label: "over \(limit) working days", count: counts[1]),
                AnnexACount(label: "\(entry.rule.open), \(limit) working days or fewer so far", count: counts[2]),
                AnnexACount(label: "\(entry.rule.open), over \(limit) working days so far", count: counts[3]),
                AnnexACount(label: "no start date", count: counts[4]),
            ]
            figures.append(AnnexAFigure(id: entry.rule.id, title: entry.rule.title,
                                        basis: "Working days (Monday to Friday) from '\(spec.columns[entry.start].header)' to '\(spec.columns[entry.end].header)'; rows without the later date are counted to the reference date \(referenceDate.iso8601).",
                                        bars: bars.filter { $0.count > 0 || !$0.label.hasPrefix("no start") }))
        }
        for (index, entry) in durations.enumerated() {
            let counts = all.durationCounts[index]
            var bars = zip(AnnexAAnalysisRules.durationBands, counts).map { AnnexACount(label: $0.words, count: $1) }
            if counts[AnnexAAnalysisRules.durationBands.count] > 0 {
                bars.append(AnnexACount(label: "no start date", count: counts[AnnexAAnalysisRules.durationBands.count]))
            }
            if let open = entry.rule.open { bars.append(AnnexACount(label: open, count: counts[AnnexAAnalysisRules.durationBands.count + 1])) }
            let basis = entry.rule.open == nil
                ? "From '\(spec.columns[entry.start].header)' to '\(spec.columns[entry.end].header)', or to the reference date \(referenceDate.iso8601) when that is blank."
                : "From '\(spec.columns[entry.start].header)' to '\(spec.columns[entry.end].header)'; rows where that is blank are counted apart."
            figures.append(AnnexAFigure(id: entry.rule.id, title: entry.rule.title, basis: basis, bars: bars))
        }
        for (index, entry) in recency.enumerated() {
            let counts = all.recencyCounts[index]
            let bars: Bars = [
                AnnexACount(label: "within \(entry.rule.limitWords)", count: counts[0]),
                AnnexACount(label: "longer ago than \(entry.rule.limitWords)", count: counts[1]),
                AnnexACount(label: "no visit recorded", count: counts[2]),
            ]
            figures.append(AnnexAFigure(id: entry.rule.id, title: entry.rule.title,
                                        basis: "Working days from '\(spec.columns[entry.date].header)' to the reference date \(referenceDate.iso8601), rows with no '\(spec.columns[entry.ended].header)' only.",
                                        bars: bars))
        }
        for column in integerColumns {
            let counts = all.integers[column] ?? Array(repeating: 0, count: 8)
            var bars = (0...4).map { AnnexACount(label: String($0), count: counts[$0]) } + [AnnexACount(label: "5 or more", count: counts[5])]
            if counts[6] > 0 { bars.append(AnnexACount(label: AnnexAAnalysisRules.notRecorded, count: counts[6])) }
            if counts[7] > 0 { bars.append(AnnexACount(label: AnnexAAnalysisRules.unreadable, count: counts[7])) }
            figures.append(AnnexAFigure(id: "column-\(column + 1)", title: spec.columns[column].header,
                                        basis: "Rows by the number in '\(spec.columns[column].header)'.", bars: bars))
        }
        return figures
    }

    /// Rows by month of the main date: every month of the reporting window (zeros included), then
    /// rows dated earlier, later, or not at all.
    func monthFigure(_ column: Int, _ all: Counts, referenceDate: CalendarDate) -> AnnexAFigure {
        let months = all.months, noMainDate = all.noMainDate
        let windowStart = spec.reportingWindow.start(for: referenceDate)
        let first = windowStart.year * 12 + windowStart.month - 1
        let last = referenceDate.year * 12 + referenceDate.month - 1
        var bars: Bars = []
        let earlier = months.filter { $0.key < first }.values.reduce(0, +)
        let later = months.filter { $0.key > last }.values.reduce(0, +)
        if earlier > 0 { bars.append(AnnexACount(label: "before \(Self.monthNames[first % 12]) \(first / 12)", count: earlier)) }
        for month in first...max(first, last) {
            bars.append(AnnexACount(label: "\(Self.monthNames[month % 12]) \(month / 12)", count: months[month] ?? 0))
        }
        if later > 0 { bars.append(AnnexACount(label: "after the reference date", count: later)) }
        if noMainDate > 0 { bars.append(AnnexACount(label: "no date", count: noMainDate)) }
        return AnnexAFigure(id: "month", title: "By month of '\(spec.columns[column].header)'",
                            basis: "Rows by the month of '\(spec.columns[column].header)'; the reporting window is \(windowStart.iso8601) to \(referenceDate.iso8601).",
                            bars: bars)
    }

    /// Rows by age band at the main date (the reference date when the row has none).
    func ageFigure(_ all: Counts, referenceDate: CalendarDate) -> AnnexAFigure {
        let ages = all.ages
        let unborn = AnnexAAnalysisRules.ageBands.count
        var bars = zip(AnnexAAnalysisRules.ageBands, ages).map { AnnexACount(label: $0.words, count: $1) }
        if ages[unborn] > 0 { bars.append(AnnexACount(label: "unborn", count: ages[unborn])) }
        if ages[unborn + 1] > 0 { bars.append(AnnexACount(label: AnnexAAnalysisRules.notRecorded, count: ages[unborn + 1])) }
        let at = mainDateColumn.map { "at '\(spec.columns[$0].header)' (the reference date when blank)" } ?? "at the reference date \(referenceDate.iso8601)"
        return AnnexAFigure(id: "age", title: "By age band", basis: "Whole years from 'Date of Birth' \(at); the list's age column when the date of birth is blank.",
                            bars: bars)
    }

    /// Rows by age band and gender together (the combinations with rows, ages in band order).
    func ageByGenderFigure(_ column: Int, _ all: Counts) -> AnnexAFigure {
        let agesByGender = all.agesByGender
        let values = spec.columns[column].valueSet?.values ?? []
        let ageWords = AnnexAAnalysisRules.ageBands.map(\.words) + ["unborn", AnnexAAnalysisRules.notRecorded]
        let genderWords = values + [AnnexAAnalysisRules.notRecorded, AnnexAAnalysisRules.unreadable]
        let bars = agesByGender.keys.sorted().compactMap { key -> AnnexACount? in
            let age = key / 64, gender = key % 64
            guard ageWords.indices.contains(age), genderWords.indices.contains(gender) else { return nil }
            return AnnexACount(label: "\(ageWords[age]), \(genderWords[gender])", count: agesByGender[key]!)
        }
        return AnnexAFigure(id: "age-gender", title: "By age band and gender",
                            basis: "Rows by age band (as above) and '\(spec.columns[column].header)' together; combinations with no rows left out.",
                            bars: bars)
    }

    /// Rows by code of a category column: the template's codes in its order (those with rows), then
    /// blanks and values that are not template codes.
    func codeFigure(_ column: Int, _ all: Counts) -> AnnexAFigure {
        let spec = self.spec.columns[column]
        let values = spec.valueSet?.values ?? []
        let counts = all.codes[column] ?? []
        var bars: Bars = values.indices.compactMap { counts[$0] > 0 ? AnnexACount(label: values[$0], count: counts[$0]) : nil }
        if counts.count == values.count + 2 {
            if counts[values.count] > 0 { bars.append(AnnexACount(label: AnnexAAnalysisRules.notRecorded, count: counts[values.count])) }
            if counts[values.count + 1] > 0 { bars.append(AnnexACount(label: AnnexAAnalysisRules.unreadable, count: counts[values.count + 1])) }
        }
        return AnnexAFigure(id: "column-\(column + 1)", title: spec.header, basis: "Rows by '\(spec.header)' (codes with no rows left out).", bars: bars)
    }
}
