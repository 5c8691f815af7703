import EvidenceModel
import Foundation
import Testing

/// KPI observations and rankings are written as columns (formatVersion 5) and read back from that
/// form or from the old array of objects.
@Suite struct KPIColumnsTests {
    static func period(_ label: String, _ end: String) throws -> Period {
        Period(kind: .reportingYear, label: label, end: try #require(CalendarDate(iso8601: end)))
    }

    static let durham = Geography(level: .localAuthority, code: "E06000047", name: "County Durham", region: "E12000001")
    static let england = Geography(level: .national, code: "E92000001", name: "England")

    /// Six observations over two indicators, two periods and two geographies, with a suppressed
    /// value, a target and rating on one, and one without a line.
    static func table() throws -> Table {
        let y2024 = try period("2024", "2024-03-31"), y2025 = try period("2025", "2025-03-31")
        return Table(kind: .kpi, columns: ["a"], observations: [
            KPIObservation(indicator: "rereferral_percent", period: y2024, geography: durham, value: .number(21.5), unit: .percent, line: 2),
            KPIObservation(indicator: "rereferral_percent", period: y2024, geography: england, value: .number(22.6), unit: .percent, line: 3),
            KPIObservation(indicator: "rereferral_percent", period: y2025, geography: durham, value: .suppressed("c"), unit: .percent, line: 4),
            KPIObservation(indicator: "cla_rate", period: y2025, geography: durham, value: .number(94), unit: .ratePer10000,
                           target: 90, rating: "Amber", line: 4),
            KPIObservation(indicator: "cla_rate", period: y2025, geography: england, value: .number(70), unit: .ratePer10000, line: 5),
            KPIObservation(indicator: "cla_rate", period: y2024, geography: england, value: .number(71), unit: .ratePer10000),
        ], rankings: [
            KPIRanking(indicator: "rereferral_percent", period: y2024, ranked: 152, lower: 60, higher: 91),
            KPIRanking(indicator: "cla_rate", period: y2025, ranked: 150, lower: 120, higher: 29),
        ])
    }

    static func json(_ table: Table) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(table)) as? [String: Any])
    }

    @Test func observationsRoundTripThroughTheColumns() throws {
        let table = try Self.table()
        let decoded = try JSONDecoder().decode(Table.self, from: JSONEncoder().encode(table))
        #expect(decoded == table)
    }

    @Test func eachIndicatorPeriodAndGeographyIsWrittenOnce() throws {
        let object = try Self.json(try Self.table())
        let observations = try #require(object["observations"] as? [String: Any])
        #expect(observations["count"] as? Int == 6)
        #expect(observations["indicators"] as? [String] == ["rereferral_percent", "cla_rate"])
        #expect((observations["periods"] as? [[String: Any]])?.compactMap { $0["label"] as? String } == ["2024", "2025"])
        #expect((observations["geographies"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["County Durham", "England"])
        #expect(observations["units"] as? [String] == ["percent", "ratePer10000"])
        #expect(observations["indicator"] as? [Int] == [0, 0, 0, 1, 1, 1])
        #expect(observations["period"] as? [Int] == [0, 0, 1, 1, 1, 0])
        #expect(observations["geography"] as? [Int] == [0, 1, 0, 0, 1, 1])
        #expect(observations["unit"] as? [Int] == [0, 0, 0, 1, 1, 1])
        let values = try #require(observations["value"] as? [Any])
        #expect(values.count == 6)
        #expect(values[2] as? String == "c")
        #expect((values[0] as? NSNumber)?.doubleValue == 21.5)
        // Present because one observation has one; null for the others.
        #expect((observations["target"] as? [Any])?.count == 6)
        #expect((observations["rating"] as? [Any])?[3] as? String == "Amber")
        #expect((observations["rating"] as? [Any])?[0] is NSNull)
        #expect((observations["line"] as? [Any])?[5] is NSNull)
        let rankings = try #require(object["rankings"] as? [String: Any])
        #expect(rankings["indicators"] as? [String] == ["rereferral_percent", "cla_rate"])
        #expect(rankings["ranked"] as? [Int] == [152, 150])
    }

    @Test func optionalColumnsAreLeftOutWhenNoObservationHasOne() throws {
        var table = try Self.table()
        table.observations = table.observations.map { observation in
            var plain = observation
            plain.target = nil
            plain.rating = nil
            plain.line = nil
            return plain
        }
        table.rankings = []
        let object = try Self.json(table)
        let observations = try #require(object["observations"] as? [String: Any])
        #expect(observations["target"] == nil && observations["rating"] == nil && observations["line"] == nil)
        #expect(object["rankings"] == nil)
        #expect(try JSONDecoder().decode(Table.self, from: JSONEncoder().encode(table)) == table)
    }

    @Test func theArrayOfObjectsFromBeforeVersion5IsStillRead() throws {
        // As an external importer or a pack of formatVersion 4 writes a table.
        let json = #"""
        {"kind":"kpi","columns":["a"],"rows":[],"rowCount":1,"streamedFromSource":false,
         "observations":[{"indicator":"cla_rate","period":{"kind":"reportingYear","label":"2025","end":"2025-03-31"},
           "geography":{"level":"national","code":"E92000001","name":"England"},"value":{"suppressed":"x"},"unit":"ratePer10000","line":7}],
         "rankings":[{"indicator":"cla_rate","period":{"kind":"reportingYear","label":"2025","end":"2025-03-31"},"ranked":3,"lower":1,"higher":1}]}
        """#
        let table = try JSONDecoder().decode(Table.self, from: Data(json.utf8))
        #expect(table.observations.count == 1)
        #expect(table.observations.first?.value == .suppressed("x"))
        #expect(table.observations.first?.line == 7)
        #expect(table.rankings.first?.ranked == 3)
    }

    @Test(arguments: [
        (#""indicator":[0]"#, #""indicator":[0,0]"#, "`indicator` has 2 entries where `count` is 1"),
        (#""indicator":[0]"#, #""indicator":[1]"#, "`indicator` holds position 1 of a list of 1"),
        (#""geography":[0]"#, #""geography":[-1]"#, "`geography` holds position -1"),
        (#""value":[5]"#, #""value":[""]"#, "an empty string"),
        (#""count":1"#, #""count":-1"#, "a negative count"),
    ])
    func aDamagedColumnIsRefusedNamingIt(original: String, damaged: String, message: String) throws {
        let intact = #"""
        {"kind":"kpi","columns":[],"rows":[],"rowCount":0,"streamedFromSource":false,"observations":{"count":1,
         "indicators":["cla_rate"],"periods":[{"kind":"year","label":"2025","end":"2025-12-31"}],
         "geographies":[{"level":"national","name":"England"}],"units":["count"],
         "indicator":[0],"period":[0],"geography":[0],"unit":[0],"value":[5]}}
        """#
        #expect(try JSONDecoder().decode(Table.self, from: Data(intact.utf8)).observations.first?.value == .number(5))
        let json = intact.replacingOccurrences(of: original, with: damaged)
        #expect(json != intact)
        do {
            _ = try JSONDecoder().decode(Table.self, from: Data(json.utf8))
            Issue.record("a damaged column was read")
        } catch let error as DecodingError {
            #expect("\(error)".contains(message), "\(error)")
        }
    }

    /// The shortcuts (the last value, the one that followed it before) give the positions a plain
    /// dictionary gives, over repeating cycles that change partway and over random values.
    @Test func firstUseListGivesEachValueItsFirstPosition() {
        var generator = SystemRandomNumberGenerator()
        let cycle = (0..<7).map { "measure_\($0)" }
        let changed = cycle.shuffled(using: &generator)
        let sequences = [
            Array(repeating: cycle, count: 5).flatMap { $0 } + Array(repeating: changed, count: 3).flatMap { $0 },
            (0..<500).map { _ in "v\(Int.random(in: 0..<12, using: &generator))" },
            ["a", "a", "b", "a", "b", "b", "c", "a", "c", "b"],
        ]
        for sequence in sequences {
            var list = FirstUseList<String>()
            var plain: [String: Int] = [:]
            var order: [String] = []
            for value in sequence {
                if plain[value] == nil { plain[value] = order.count; order.append(value) }
                #expect(list.position(of: value) == plain[value])
            }
            #expect(list.elements == order)
        }
    }
}
