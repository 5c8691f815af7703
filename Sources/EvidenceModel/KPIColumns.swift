/// A table's KPI observations as columns: how pack.json, `import --json` and the import cache hold
/// them since pack formatVersion 5.
///
/// One object per observation repeated its indicator, period and geography in full: a DfE file of
/// 885 KB (40 rows × 10,000 measures) made a 125 MB pack.json. Here each distinct indicator, period,
/// geography and unit is listed once (`indicators`, `periods`, `geographies`, `units`, in order of
/// first use) and each observation is one entry in every column (`indicator`, `period`, `geography`
/// and `unit` hold 0-based positions in those lists; `value` a number or a suppression symbol;
/// `target`, `rating` and `line` a value or null, and are left out when no observation has one).
///
/// Decoding also takes the old form, an array of observation objects, as external importers and
/// packs before formatVersion 5 write it.
struct KPIObservationColumns: Codable {
    var observations: [KPIObservation]

    init(_ observations: [KPIObservation]) {
        self.observations = observations
    }

    private enum CodingKeys: String, CodingKey {
        case count, indicators, periods, geographies, units, indicator, period, geography, unit, value, target, rating, line
    }

    func encode(to encoder: Encoder) throws {
        let lists = KPIObservationLists(observations)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(observations.count, forKey: .count)
        try c.encode(lists.indicators, forKey: .indicators)
        try c.encode(lists.periods, forKey: .periods)
        try c.encode(lists.geographies, forKey: .geographies)
        try c.encode(lists.units, forKey: .units)
        try c.encode(lists.indicator, forKey: .indicator)
        try c.encode(lists.period, forKey: .period)
        try c.encode(lists.geography, forKey: .geography)
        try c.encode(lists.unit, forKey: .unit)
        // Element by element into nested containers: an array of a Codable wrapper or of optionals
        // takes the encoder's generic path for every entry, most of a wide table's export.
        var valueColumn = c.nestedUnkeyedContainer(forKey: .value)
        for observation in observations {
            switch observation.value {
            case .number(let number): try valueColumn.encode(number)
            case .suppressed(let symbol): try valueColumn.encode(symbol)
            }
        }
        if observations.contains(where: { $0.target != nil }) {
            var column = c.nestedUnkeyedContainer(forKey: .target)
            for observation in observations {
                if let target = observation.target { try column.encode(target) } else { try column.encodeNil() }
            }
        }
        if observations.contains(where: { $0.rating != nil }) {
            var column = c.nestedUnkeyedContainer(forKey: .rating)
            for observation in observations {
                if let rating = observation.rating { try column.encode(rating) } else { try column.encodeNil() }
            }
        }
        if observations.contains(where: { $0.line != nil }) {
            if observations.allSatisfy({ $0.line != nil }) {
                try c.encode(observations.map { $0.line ?? 0 }, forKey: .line)
            } else {
                var column = c.nestedUnkeyedContainer(forKey: .line)
                for observation in observations {
                    if let line = observation.line { try column.encode(line) } else { try column.encodeNil() }
                }
            }
        }
    }

    init(from decoder: Decoder) throws {
        if (try? decoder.unkeyedContainer()) != nil {
            observations = try [KPIObservation](from: decoder)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let count = try c.decode(Int.self, forKey: .count)
        guard count >= 0 else { throw DecodingError.dataCorruptedError(forKey: .count, in: c, debugDescription: "a negative count") }
        let indicators = try c.decode([String].self, forKey: .indicators)
        let periods = try c.decode([Period].self, forKey: .periods)
        let geographies = try c.decode([Geography].self, forKey: .geographies)
        let units = try c.decode([MeasureUnit].self, forKey: .units)
        let columns = KPIColumnCheck(count: count, container: c)
        let indicatorColumn = try columns.positions(.indicator, into: indicators)
        let periodColumn = try columns.positions(.period, into: periods)
        let geographyColumn = try columns.positions(.geography, into: geographies)
        let unitColumn = try columns.positions(.unit, into: units)
        let values = try columns.column(.value, of: KPIColumnValue.self)
        let targets = try columns.optionalColumn(.target, of: Double?.self)
        let ratings = try columns.optionalColumn(.rating, of: String?.self)
        let lines = try columns.optionalColumn(.line, of: Int?.self)
        if let invalid = lines?.first(where: { ($0 ?? 1) < 1 }) {
            throw DecodingError.dataCorruptedError(forKey: .line, in: c, debugDescription: "line \(invalid ?? 0) is not a line number (lines count from 1)")
        }
        var observations: [KPIObservation] = []
        observations.reserveCapacity(count)
        for index in 0..<count {
            observations.append(KPIObservation(indicator: indicators[indicatorColumn[index]], period: periods[periodColumn[index]],
                                               geography: geographies[geographyColumn[index]], value: values[index].value,
                                               unit: units[unitColumn[index]], target: targets?[index] ?? nil,
                                               rating: ratings?[index] ?? nil, line: lines?[index] ?? nil))
        }
        self.observations = observations
    }
}

/// A table's rankings as columns (since pack formatVersion 5), in the way of `KPIObservationColumns`:
/// `indicators` and `periods` listed once, each ranking one entry in every column.
struct KPIRankingColumns: Codable {
    var rankings: [KPIRanking]

    init(_ rankings: [KPIRanking]) {
        self.rankings = rankings
    }

    private enum CodingKeys: String, CodingKey {
        case count, indicators, periods, indicator, period, ranked, lower, higher
    }

    func encode(to encoder: Encoder) throws {
        let lists = KPIRankingLists(rankings)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rankings.count, forKey: .count)
        try c.encode(lists.indicators, forKey: .indicators)
        try c.encode(lists.periods, forKey: .periods)
        try c.encode(lists.indicator, forKey: .indicator)
        try c.encode(lists.period, forKey: .period)
        try c.encode(rankings.map(\.ranked), forKey: .ranked)
        try c.encode(rankings.map(\.lower), forKey: .lower)
        try c.encode(rankings.map(\.higher), forKey: .higher)
    }

    init(from decoder: Decoder) throws {
        if (try? decoder.unkeyedContainer()) != nil {
            rankings = try [KPIRanking](from: decoder)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let count = try c.decode(Int.self, forKey: .count)
        let indicators = try c.decode([String].self, forKey: .indicators)
        let periods = try c.decode([Period].self, forKey: .periods)
        let columns = KPIColumnCheck(count: count, container: c)
        let indicatorColumn = try columns.positions(.indicator, into: indicators)
        let periodColumn = try columns.positions(.period, into: periods)
        let ranked = try columns.column(.ranked, of: Int.self), lower = try columns.column(.lower, of: Int.self),
            higher = try columns.column(.higher, of: Int.self)
        rankings = (0..<count).map { index in
            KPIRanking(indicator: indicators[indicatorColumn[index]], period: periods[periodColumn[index]],
                       ranked: ranked[index], lower: lower[index], higher: higher[index])
        }
    }
}

/// One entry of the `value` column as read: a number, or a suppression symbol as a string.
struct KPIColumnValue: Decodable {
    var value: ObservedValue

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let number = try? c.decode(Double.self) {
            value = .number(number)
        } else {
            let symbol = try c.decode(String.self)
            guard !symbol.isEmpty else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "a value is an empty string (a suppression symbol such as \"c\" was expected)")
            }
            value = .suppressed(symbol)
        }
    }
}

/// Reads the columns of a columnar object, each checked to hold `count` entries (and positions to
/// point into their list), so a damaged or hand-written object is refused with the column named.
struct KPIColumnCheck<Key: CodingKey> {
    let count: Int
    let container: KeyedDecodingContainer<Key>

    func column<Element: Decodable>(_ key: Key, of type: Element.Type) throws -> [Element] {
        let column = try container.decode([Element].self, forKey: key)
        guard column.count == count else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container,
                debugDescription: "column `\(key.stringValue)` has \(column.count) entries where `count` is \(count)")
        }
        return column
    }

    func optionalColumn<Element: Decodable>(_ key: Key, of type: Element.Type) throws -> [Element]? {
        try container.contains(key) ? column(key, of: type) : nil
    }

    func positions<Element>(_ key: Key, into list: [Element]) throws -> [Int] {
        let positions = try column(key, of: Int.self)
        if let outside = positions.first(where: { !list.indices.contains($0) }) {
            throw DecodingError.dataCorruptedError(forKey: key, in: container,
                debugDescription: "column `\(key.stringValue)` holds position \(outside) of a list of \(list.count)")
        }
        return positions
    }
}
