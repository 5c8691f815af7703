import AnnexASpec
import EvidenceModel

/// Makes the rows of one list: dates that fit the reporting window and each other, codes from the
/// template, plausible counts, synthetic identifiers.
struct RowFactory {
    let list: AnnexAListSpec
    let referenceDate: CalendarDate
    let windowStart: CalendarDate
    let birthColumn: Int?
    let ageColumn: Int?
    /// The dates of the row last made, by column (for planting errors in it).
    private(set) var dates: [CalendarDate?]

    init(list: AnnexAListSpec, referenceDate: CalendarDate) {
        self.list = list
        self.referenceDate = referenceDate
        self.windowStart = list.reportingWindow.start(for: referenceDate)
        self.birthColumn = list.dateOfBirthColumn
        self.ageColumn = list.columns.firstIndex { $0.type == .integer && HeaderKey.make($0.header).hasPrefix("age") }
        self.dates = Array(repeating: nil, count: list.columns.count)
    }

    mutating func make(index: Int, rng: inout SeededRandom) -> [String] {
        dates = makeDates(rng: &rng)
        var cells = [String](repeating: "", count: list.columns.count)
        for (column, spec) in list.columns.enumerated() {
            switch spec.type {
            case .date:
                cells[column] = dates[column]?.ukFormat ?? ""
            case .id:
                cells[column] = identifier(spec.header, index: index, rng: &rng)
            case .category:
                if spec.required || rng.chance(0.8), let set = spec.valueSet { cells[column] = category(set, rng: &rng) }
            case .integer:
                cells[column] = String(integer(column: column, header: spec.header, rng: &rng))
            case .text:
                if spec.required || rng.chance(0.7) { cells[column] = text(spec.header, rng: &rng) }
            case .postcode:
                cells[column] = "ZZ\(rng.int(1...9)) \(rng.int(1...9))\(letter(&rng))\(letter(&rng))"
            }
        }
        return cells
    }

    // MARK: Dates

    private func makeDates(rng: inout SeededRandom) -> [CalendarDate?] {
        var dates = [CalendarDate?](repeating: nil, count: list.columns.count)
        var blank = Set<Int>()
        let window = list.reportingWindow
        let windowDays = referenceDate.daysSinceEpoch - windowStart.daysSinceEpoch
        let open = !window.openWhenBlank.isEmpty && rng.chance(0.55)
        var anchor: CalendarDate
        if let first = window.dateColumns.first {
            if open {
                // Open cases started any time in the last three years.
                anchor = referenceDate.adding(days: -rng.int(0...1095))
                blank.formUnion(window.openWhenBlank)
            } else if !window.openWhenBlank.isEmpty {
                // Closed in the window; started up to a year before closing.
                let endColumn = window.openWhenBlank[rng.chance(0.8) ? 0 : window.openWhenBlank.count - 1]
                let end = windowStart.adding(days: rng.int(0...windowDays))
                dates[endColumn] = end
                blank.formUnion(window.openWhenBlank.filter { $0 != endColumn })
                anchor = end.adding(days: -rng.int(0...365))
            } else {
                anchor = windowStart.adding(days: rng.int(0...windowDays))
            }
            dates[first] = anchor
        } else {
            anchor = referenceDate.adding(days: -rng.int(0...180))
        }
        for (column, spec) in list.columns.enumerated() where spec.type == .date && column != birthColumn && dates[column] == nil && !blank.contains(column) {
            if !spec.required && rng.chance(0.15) {
                blank.insert(column)
                continue
            }
            var lower = anchor, upper = referenceDate
            var hasLower = false, hasUpper = false
            for pair in list.dateOrder {
                if pair.later == column, let earlier = dates[pair.earlier] { lower = hasLower ? max(lower, earlier) : earlier; hasLower = true }
                if pair.earlier == column, let later = dates[pair.later] { upper = hasUpper ? min(upper, later) : later; hasUpper = true }
                if pair.earlier == column, dates[pair.later] == nil, !blank.contains(pair.later), !hasUpper {
                    upper = min(upper, referenceDate)
                }
            }
            if hasUpper && !hasLower { lower = upper.adding(days: -730) }
            if list.dateOrder.contains(where: { $0.later == column && blank.contains($0.earlier) }) {
                // A later stage cannot have happened when the earlier one did not.
                blank.insert(column)
                continue
            }
            if lower > upper { lower = upper }
            let span = min(upper.daysSinceEpoch - lower.daysSinceEpoch, 240)
            dates[column] = lower.adding(days: rng.int(0...max(0, span)))
        }
        if let birthColumn {
            let age = ageRange(rng: &rng)
            var birth = referenceDate.adding(days: -(age * 365 + rng.int(0...364)))
            if let earliest = dates.compactMap({ $0 }).min(), earliest < birth {
                birth = earliest.adding(days: -rng.int(0...60))
            }
            dates[birthColumn] = birth
        }
        return dates
    }

    private func ageRange(rng: inout SeededRandom) -> Int {
        switch list.number {
        case 9: rng.int(17...22)
        case 10: rng.int(0...6)
        default: rng.weighted([8, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 7, 7, 7, 7, 6, 5])
        }
    }

    // MARK: Other cells

    private func identifier(_ header: String, index: Int, rng: inout SeededRandom) -> String {
        let key = HeaderKey.make(header)
        // A fixed permutation of 0..<10,000,000: unique within a list, shared across lists.
        let number = (index &* 7_919_177 &+ 1_234_567) % 10_000_000
        if key.contains("adopter") { return "A" + pad(number % 1_000_000, 6) }
        if key.contains("family") {
            return list.number == 10 && rng.chance(0.4) ? "" : "F" + pad((index / 2 + 4321) % 1_000_000, 6)
        }
        return "C" + pad(number, 7)
    }

    private func category(_ set: AnnexAValueSet, rng: inout SeededRandom) -> String {
        switch set.name {
        case "gender":
            return set.values[rng.weighted([51, 47, 1.5, 0.5])]
        case "ethnicity":
            var weights = [Double](repeating: 1.2, count: set.values.count)
            weights[0] = 68
            return set.values[rng.weighted(weights)]
        case "yes_no", "yes_no_unknown":
            return set.values[rng.weighted(set.values.count == 3 ? [30, 65, 5] : [30, 70])]
        case "la_of_placement":
            return rng.chance(0.7) ? "Home Authority" : set.values[rng.int(0...(set.values.count - 1))]
        default:
            return set.values[rng.int(0...(set.values.count - 1))]
        }
    }

    private func integer(column: Int, header: String, rng: inout SeededRandom) -> Int {
        if column == ageColumn, let birthColumn, let birth = dates[birthColumn] {
            return max(0, birth.wholeYears(until: referenceDate))
        }
        if column == ageColumn { return rng.int(0...17) }
        let key = HeaderKey.make(header)
        if key.contains("placements") { return 1 + rng.weighted([70, 20, 7, 3]) }
        if key.contains("childrenplaced") { return 1 + rng.weighted([80, 17, 3]) }
        return rng.weighted([60, 25, 10, 5])
    }

    private func text(_ header: String, rng: inout SeededRandom) -> String {
        let key = HeaderKey.make(header)
        if key.contains("team") {
            let teams: [Int: [String]] = [1: ["MASH", "Front Door"], 2: ["Early Help North", "Early Help South"],
                                          3: ["MASH", "Assessment Team 1", "Assessment Team 2"], 4: ["Assessment Team 1", "Assessment Team 2"],
                                          5: ["Assessment Team 1", "Child Protection Team"], 6: ["Child in Need Team North", "Child in Need Team South"],
                                          7: ["Child Protection Team", "Child in Need Team North"], 8: ["Children in Care Team 1", "Children in Care Team 2"],
                                          9: ["Leaving Care Team"]]
            let names = teams[list.number] ?? ["Team 1"]
            return names[rng.int(0...(names.count - 1))]
        }
        if key.contains("personaladvisor") { return "PA \(pad(rng.int(1...40), 3))" }
        if key.contains("worker") { return "Worker \(pad(rng.int(1...150), 3))" }
        if key.contains("organisation") {
            let names = ["Family Hub North", "Family Hub South", "School", "Health Visiting Service"]
            return names[rng.int(0...(names.count - 1))]
        }
        if key.contains("urn") { return "SC\(pad(rng.int(0...999_999), 6))" }
        return "Text \(rng.int(1...99))"
    }

    private func letter(_ rng: inout SeededRandom) -> Character {
        Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(rng.int(0...25))))
    }

    private func pad(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    // MARK: Errors

    /// Plants an error in the row just made; returns the template column the validator should name.
    mutating func plant(_ kind: AnnexASampleGenerator.ErrorKind, in cells: inout [String], previous: [String]) -> Int? {
        let columns = list.columns
        switch kind {
        case .missingRequired:
            guard let column = columns.indices.first(where: { columns[$0].required && [.category, .text, .integer].contains(columns[$0].type) })
                ?? columns.indices.first(where: { columns[$0].required && columns[$0].type != .id }) else { return nil }
            cells[column] = ""
            return column
        case .invalidDate:
            guard let column = columns.indices.first(where: { columns[$0].type == .date && $0 != birthColumn && dates[$0] != nil })
                ?? birthColumn else { return nil }
            cells[column] = "31/02/\(referenceDate.year)"
            return column
        case .outsideWindow:
            let window = list.reportingWindow
            guard let first = window.dateColumns.first, let anchor = dates[first] else { return nil }
            let shift = window.months * 31 + 90
            for column in columns.indices {
                if let date = dates[column] { cells[column] = date.adding(days: -shift).ukFormat }
            }
            if !window.openWhenBlank.isEmpty, window.openWhenBlank.allSatisfy({ dates[$0] == nil }), let close = window.openWhenBlank.last {
                cells[close] = anchor.adding(days: -shift + 10).ukFormat
            }
            return first
        case .dateOrder:
            if let birthColumn, let latest = dates.indices.filter({ $0 != birthColumn }).compactMap({ dates[$0] }).max() {
                cells[birthColumn] = latest.adding(days: 1).ukFormat
                return birthColumn
            }
            guard let pair = list.dateOrder.first(where: { dates[$0.earlier] != nil && dates[$0.later] != nil }),
                  let earlier = dates[pair.earlier] else { return nil }
            cells[pair.later] = earlier.adding(days: -5).ukFormat
            return pair.later
        case .unknownCode:
            guard let column = columns.indices.first(where: { columns[$0].type == .category && columns[$0].required && !(columns[$0].valueSet?.isOpen ?? true) }) else { return nil }
            cells[column] = "zz) Not a template code"
            return column
        case .duplicateKey:
            guard let column = list.duplicateKeyColumns.first, !previous.isEmpty else { return nil }
            cells = previous
            return column
        case .notWholeNumber:
            // A derived age may have decimals (read as whole years): a count takes "2.5", an age
            // (on a list without a count) text after its number.
            guard let column = columns.indices.first(where: { columns[$0].type == .integer && !columns[$0].fractionsAllowed })
                ?? columns.indices.first(where: { columns[$0].type == .integer }) else { return nil }
            cells[column] = columns[column].fractionsAllowed ? "2.5 years" : "2.5"
            return column
        }
    }
}
