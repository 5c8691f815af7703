import EvidenceModel

/// Table records in pack.json, written as `Table.encode(to:)` has the encoder write them: the KPI
/// observations and rankings as columns (`KPIObservationLists`, the lists pack.xml takes too), keys in
/// `.sortedKeys` order.
extension JSONBytes {
    /// False when the encoder must write the record instead (a number that is not finite).
    mutating func record(_ record: Record, table: Table) -> Bool {
        // Checked before anything is written: the encoder refuses a number that is not finite.
        guard table.observations.allSatisfy({ ($0.value.number ?? 0).isFinite && ($0.target ?? 0).isFinite }) else { return false }
        var first = true
        key("id", &first)
        string(record.id)
        key("provenance", &first)
        provenance(record.provenance)
        key("table", &first)
        self.table(table)
        key("type", &first)
        string("table")
        byte(UInt8(ascii: "}"))
        return true
    }

    mutating func table(_ table: Table) {
        var first = true
        if let annexAList = table.annexAList { key("annexAList", &first); integer(annexAList) }
        key("columns", &first)
        strings(table.columns)
        key("kind", &first)
        string(table.kind.rawValue)
        key("observations", &first)
        observations(table.observations)
        if !table.rankings.isEmpty { key("rankings", &first); rankings(table.rankings) }
        key("rowCount", &first)
        integer(table.rowCount)
        key("rows", &first)
        list(table.rows) { $0.strings($1) }
        key("streamedFromSource", &first)
        boolean(table.streamedFromSource)
        if let title = table.title { key("title", &first); string(title) }
        byte(UInt8(ascii: "}"))
    }

    /// `KPIObservationColumns`' form: the lists once, then a column per field.
    mutating func observations(_ observations: [KPIObservation]) {
        let lists = KPIObservationLists(observations)
        var first = true
        key("count", &first)
        integer(observations.count)
        key("geographies", &first)
        list(lists.geographies) { $0.geography($1) }
        key("geography", &first)
        integers(lists.geography)
        key("indicator", &first)
        integers(lists.indicator)
        key("indicators", &first)
        strings(lists.indicators)
        optionalColumn("line", observations.map(\.line), &first) { $0.integer($1) }
        key("period", &first)
        integers(lists.period)
        key("periods", &first)
        list(lists.periods) { $0.period($1) }
        optionalColumn("rating", observations.map(\.rating), &first) { $0.string($1) }
        optionalColumn("target", observations.map(\.target), &first) { $0.number($1) }
        key("unit", &first)
        integers(lists.unit)
        key("units", &first)
        list(lists.units) { $0.string($1.rawValue) }
        key("value", &first)
        list(observations) { writer, observation in
            switch observation.value {
            case .number(let number): writer.number(number)
            case .suppressed(let symbol): writer.string(symbol)
            }
        }
        byte(UInt8(ascii: "}"))
    }

    /// A column of optional values, `null` where an observation has none; left out when none has one
    /// (as `KPIObservationColumns` encodes `target`, `rating` and `line`).
    mutating func optionalColumn<Value>(_ name: StaticString, _ values: [Value?], _ first: inout Bool,
                                        _ write: (inout JSONBytes, Value) -> Void) {
        guard values.contains(where: { $0 != nil }) else { return }
        key(name, &first)
        list(values) { writer, value in
            if let value { write(&writer, value) } else { writer.append("null") }
        }
    }

    /// `KPIRankingColumns`' form.
    mutating func rankings(_ rankings: [KPIRanking]) {
        let lists = KPIRankingLists(rankings)
        var first = true
        key("count", &first)
        integer(rankings.count)
        key("higher", &first)
        list(rankings) { $0.integer($1.higher) }
        key("indicator", &first)
        integers(lists.indicator)
        key("indicators", &first)
        strings(lists.indicators)
        key("lower", &first)
        list(rankings) { $0.integer($1.lower) }
        key("period", &first)
        integers(lists.period)
        key("periods", &first)
        list(lists.periods) { $0.period($1) }
        key("ranked", &first)
        list(rankings) { $0.integer($1.ranked) }
        byte(UInt8(ascii: "}"))
    }

    mutating func geography(_ geography: Geography) {
        var first = true
        if let code = geography.code { key("code", &first); string(code) }
        key("level", &first)
        string(geography.level.rawValue)
        key("name", &first)
        string(geography.name)
        if let region = geography.region { key("region", &first); string(region) }
        byte(UInt8(ascii: "}"))
    }

    mutating func period(_ period: Period) {
        var first = true
        key("end", &first)
        string(period.end.iso8601)
        key("kind", &first)
        string(period.kind.rawValue)
        key("label", &first)
        string(period.label)
        byte(UInt8(ascii: "}"))
    }

    mutating func integers(_ values: [Int]) {
        list(values) { $0.integer($1) }
    }
}
