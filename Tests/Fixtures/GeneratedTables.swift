import AnnexASampleGenerator
import EvidenceModel

/// Table records of every shape, drawn from a seeded generator: KPI observations with and without
/// targets, ratings and lines (some set, some not), suppressed values, geographies with and without
/// codes and regions, rankings, Annex A lists, generic tables, and texts with escapes.
public enum GeneratedTables {
    static func period(_ random: inout SeededRandom) -> Period {
        let kind = Period.Kind.allCases[random.int(0...(Period.Kind.allCases.count - 1))]
        return Period(kind: kind, label: GeneratedDocuments.text(&random), end: GeneratedDocuments.date(&random))
    }

    static func geography(_ random: inout SeededRandom) -> Geography {
        Geography(level: Geography.Level.allCases[random.int(0...(Geography.Level.allCases.count - 1))],
                  code: GeneratedDocuments.maybe(&random, GeneratedDocuments.text), name: GeneratedDocuments.text(&random),
                  region: GeneratedDocuments.maybe(&random, GeneratedDocuments.text))
    }

    /// The record numbered `index`, drawn from `random`.
    public static func record(_ index: Int, _ random: inout SeededRandom) -> Record {
        // A few of each list, reused, as a real table's rows repeat them.
        let indicators = (0..<random.int(1...4)).map { _ in GeneratedDocuments.text(&random) }
        let periods = (0..<random.int(1...3)).map { _ in period(&random) }
        let geographies = (0..<random.int(1...3)).map { _ in geography(&random) }
        func pick<T>(_ list: [T], _ r: inout SeededRandom) -> T { list[r.int(0...(list.count - 1))] }
        // Each optional column: never, always or sometimes set.
        let targetOdds = [0, 1, 0.5][random.int(0...2)], ratingOdds = [0, 1, 0.5][random.int(0...2)], lineOdds = [0, 1, 0.5][random.int(0...2)]
        let observations = (0..<random.int(0...30)).map { _ in
            KPIObservation(indicator: pick(indicators, &random), period: pick(periods, &random), geography: pick(geographies, &random),
                           value: random.chance(0.2) ? .suppressed(["c", "x", "z", "low", "\"q\""][random.int(0...4)]) : .number(GeneratedDocuments.number(&random)),
                           unit: MeasureUnit.allCases[random.int(0...(MeasureUnit.allCases.count - 1))],
                           target: random.chance(targetOdds) ? GeneratedDocuments.number(&random) : nil,
                           rating: random.chance(ratingOdds) ? GeneratedDocuments.text(&random) : nil,
                           line: random.chance(lineOdds) ? random.int(1...99_999) : nil)
        }
        let rankings = random.chance(0.5) ? [] : (0..<random.int(1...10)).map { _ in
            KPIRanking(indicator: pick(indicators, &random), period: pick(periods, &random), ranked: random.int(0...153),
                       lower: random.int(0...152), higher: random.int(0...152))
        }
        let kind: TableKind = [.kpi, .annexAList, .generic, "other"][random.int(0...3)]
        let columns = (0..<random.int(0...4)).map { _ in GeneratedDocuments.text(&random) }
        let rows = (0..<random.int(0...4)).map { _ in (0..<random.int(0...4)).map { _ in GeneratedDocuments.text(&random) } }
        let table = Table(kind: kind, title: GeneratedDocuments.maybe(&random, GeneratedDocuments.text),
                          annexAList: GeneratedDocuments.maybe(&random) { $0.int(1...11) }, columns: columns, rows: rows,
                          rowCount: GeneratedDocuments.maybe(&random) { $0.int(0...1_000_000) }, streamedFromSource: random.chance(0.5),
                          observations: observations, rankings: rankings)
        let provenance = Provenance(source: "kpi/table-\(index).csv", sha256: String(repeating: "cd", count: 32), importer: "csv-table",
                                    importerVersion: "1.4.0", firstLine: GeneratedDocuments.maybe(&random) { $0.int(1...10) },
                                    lastLine: GeneratedDocuments.maybe(&random) { $0.int(10...900) })
        return Record(id: "kpi/table-\(index).csv#\(index)", provenance: provenance, content: .table(table))
    }
}
