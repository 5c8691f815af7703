import Foundation

/// Writes a seeded DfE statistics file in the shape of Explore Education Statistics' tidy CSVs (as
/// `../shared/samples/csv` shows): the standard time and geography columns, one filter column
/// (`population_type`), then `measures` numeric columns; a row per period, geography and filter value
/// (England, nine regions and `authorities` local authorities), with suppressed cells (`c`, `x`, `z`)
/// here and there. The first two authorities are the ILACS pack's example authority (Exampleshire,
/// E06000999) and its statistical neighbour. A wide file is the case where observations outnumber the
/// file's bytes the most.
struct DfEStatisticsGenerator {
    var periods: Int
    var authorities: Int
    var measures: Int
    var seed: UInt64

    /// How many observations the file holds (every cell of every measure).
    var observations: Int { rowCount * measures }
    var rowCount: Int { periods * (1 + 9 + authorities) * 2 }

    func write(to path: String) throws {
        var random = SeededRandom(seed: seed)
        var sink = try ByteSink(path: path)
        var header = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
            + "new_la_code,old_la_code,la_name,population_type"
        for measure in 0..<measures {
            header += "," + (measure % 4 == 0 ? "measure_\(measure)_percent" : measure % 4 == 1 ? "measure_\(measure)_rate_per_10000" : "measure_\(measure)_count")
        }
        sink.text(header + "\n")
        let regions = (1...9).map { (code: "E1200000\($0)", name: "Region \($0)") }
        for period in 0..<periods {
            let year = 2025 - periods + 1 + period
            for population in ["Children in need", "Children looked after"] {
                var places: [(level: String, region: (code: String, name: String)?, authority: (new: String, old: String, name: String)?)] =
                    [("National", nil, nil)] + regions.map { ("Regional", $0, nil) }
                for authority in 0..<authorities {
                    // The first two are the ILACS pack's example authority and its statistical neighbour.
                    let named = [("E06000999", "Exampleshire"), ("E06000998", "Neighbourshire")]
                    let (code, name) = authority < named.count ? named[authority] : ("E0\(6000001 + authority)", "Authority \(authority + 1)")
                    places.append(("Local authority", regions[authority % 9], (code, String(800 + authority), name)))
                }
                for place in places {
                    var row = "\(year),Reporting year,\(place.level),E92000001,England,\(place.region?.code ?? ""),\(place.region?.name ?? ""),"
                        + "\(place.authority?.new ?? ""),\(place.authority?.old ?? ""),\(place.authority?.name ?? ""),\(population)"
                    for measure in 0..<measures {
                        row += ","
                        if random.chance(0.03) {
                            row += random.pick(["c", "x", "z"])
                        } else if measure % 4 == 0 {
                            row += String(format: "%.1f", Double(random.int(0...1000)) / 10)
                        } else {
                            row += String(random.int(0...(place.level == "National" ? 500_000 : 5_000)))
                        }
                    }
                    sink.text(row + "\n")
                }
            }
        }
        sink.close()
    }
}
