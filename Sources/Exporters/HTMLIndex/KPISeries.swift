import EvidenceModel

/// One KPI's observations arranged for a chart: the authority, England, the authority's region and
/// its statistical neighbours (or their average), each a series over the same ordered periods.
struct KPIChartData: Equatable {
    /// One line of the chart.
    struct Series: Equatable {
        /// What the line is: the authority, England, the region, one neighbour, the neighbours' average.
        enum Role: String, Equatable, CaseIterable {
            case authority, england, region, neighbour, neighbourAverage
        }

        var role: Role
        /// The geography's name as the data spells it.
        var name: String
        /// One value per period of the chart (nil where the source has none).
        var values: [ObservedValue?]
    }

    /// The indicator's name as the source spells it.
    var indicator: String
    /// Titles of the tables it came from, in source order, for context.
    var tableTitles: [String]
    /// The unit of its values (the first observation's, when sources disagree).
    var unit: MeasureUnit
    /// The periods, oldest first.
    var periods: [Period]
    /// Authority first, then England, then the region; only those found.
    var series: [Series]
    /// True when no region could be told for the authority.
    var regionUnknown: Bool
    /// Per period, the lowest and highest neighbour number (drawn as a band behind the average); empty
    /// when the neighbours are drawn one by one.
    var neighbourRange: [ClosedRange<Double>?] = []

    /// Whether the measure is a count (or money): an authority's count is never drawn on England's
    /// scale, so only the authority's own series is plotted and the rest stay in the table.
    var isCount: Bool { unit == .count || unit == .money }

    /// The series drawn: the authority alone for counts; else every series but the single neighbours
    /// when their average stands for them.
    var plotted: [Series] {
        if isCount { return series.filter { $0.role == .authority } }
        let averaged = series.contains { $0.role == .neighbourAverage }
        return series.filter { !(averaged && $0.role == .neighbour) }
    }

    /// Whether any plotted series holds a number to draw.
    var hasNumbers: Bool {
        plotted.contains { $0.values.contains { $0?.number != nil } }
    }
}

/// Arranges the observations behind a KPI item's benchmark as its chart: the matched indicator from
/// the matched file, the authority, England, the region and each neighbour (their average and range
/// when there are more than `maximumNeighbourLines`).
struct KPIItemChartBuilder {
    /// More neighbours than this are drawn as their average with its range.
    static let maximumNeighbourLines = 3

    func chart(for benchmark: KPIBenchmark, records: [Record]) -> KPIChartData {
        let observations = records.filter { $0.provenance.source == benchmark.source }
            .flatMap { $0.table?.kind == .kpi ? $0.table?.observations ?? [] : [] }
            .filter { $0.indicator == benchmark.indicator }
        var wanted: [(KPIChartData.Series.Role, Geography.Level, KPIComparator)] = [(.authority, .localAuthority, benchmark.authority)]
        if let england = benchmark.england { wanted.append((.england, .national, england)) }
        if let region = benchmark.region { wanted.append((.region, .regional, region)) }
        for neighbour in benchmark.neighbours { wanted.append((.neighbour, .localAuthority, neighbour)) }

        func isPlace(_ geography: Geography, _ level: Geography.Level, _ comparator: KPIComparator) -> Bool {
            guard geography.level == level else { return false }
            if let code = comparator.code, let other = geography.code { return KPISeriesBuilder.normalised(code) == KPISeriesBuilder.normalised(other) }
            return KPISeriesBuilder.normalised(geography.name) == KPISeriesBuilder.normalised(comparator.name)
        }
        let relevant = observations.filter { observation in wanted.contains { isPlace(observation.geography, $0.1, $0.2) } }
        var periods: [Period] = []
        for observation in relevant where !periods.contains(observation.period) { periods.append(observation.period) }
        periods.sort()

        var series = wanted.map { role, level, comparator in
            KPIChartData.Series(role: role, name: comparator.name, values: periods.map { period in
                relevant.first { $0.period == period && isPlace($0.geography, level, comparator) }?.value
            })
        }
        var range: [ClosedRange<Double>?] = []
        let neighbours = series.filter { $0.role == .neighbour }
        if neighbours.count > Self.maximumNeighbourLines {
            let perPeriod = periods.indices.map { index in neighbours.compactMap { $0.values[index]?.number } }
            series.append(KPIChartData.Series(role: .neighbourAverage, name: "Statistical neighbours' average",
                                              values: perPeriod.map { $0.isEmpty ? nil : .number($0.reduce(0, +) / Double($0.count)) }))
            range = perPeriod.map { numbers in numbers.min().flatMap { low in numbers.max().map { low...$0 } } }
        }
        return KPIChartData(indicator: benchmark.indicator, tableTitles: [], unit: benchmark.unit, periods: periods,
                            series: series, regionUnknown: benchmark.region == nil, neighbourRange: range)
    }
}

/// Groups KPI observations by indicator and picks the authority, England and region series.
struct KPISeriesBuilder {
    /// The authority's name or ONS code (`EvidenceBundle.authority`), if the pack names one.
    var authority: String?
    /// The region's ONS code or name, when the pack's options give it.
    var regionHint: String?

    /// One chart per indicator, in order of first appearance across the bundle's KPI tables.
    func charts(for records: [Record]) -> [KPIChartData] {
        var order: [String] = []
        var observationsByIndicator: [String: [KPIObservation]] = [:]
        var titlesByIndicator: [String: [String]] = [:]
        for record in records {
            guard let table = record.table, table.kind == .kpi else { continue }
            for observation in table.observations {
                if observationsByIndicator[observation.indicator] == nil { order.append(observation.indicator) }
                observationsByIndicator[observation.indicator, default: []].append(observation)
                if let title = table.title, !(titlesByIndicator[observation.indicator] ?? []).contains(title) {
                    titlesByIndicator[observation.indicator, default: []].append(title)
                }
            }
        }
        return order.compactMap { indicator in
            chart(indicator: indicator, observations: observationsByIndicator[indicator] ?? [],
                  tableTitles: titlesByIndicator[indicator] ?? [])
        }
    }

    /// The chart of one indicator, or nil when neither the authority nor England has a value.
    func chart(indicator: String, observations: [KPIObservation], tableTitles: [String]) -> KPIChartData? {
        guard let first = observations.first else { return nil }
        let authorityGeography = pickAuthority(observations)
        let england = pickEngland(observations)
        let region = pickRegion(observations, authority: authorityGeography)

        var chosen: [(KPIChartData.Series.Role, Geography)] = []
        if let authorityGeography { chosen.append((.authority, authorityGeography)) }
        if let england { chosen.append((.england, england)) }
        if let region { chosen.append((.region, region)) }
        guard !chosen.isEmpty else { return nil }

        let relevant = observations.filter { observation in chosen.contains { Self.same($0.1, observation.geography) } }
        var periods: [Period] = []
        for observation in relevant where !periods.contains(observation.period) { periods.append(observation.period) }
        periods.sort()

        let series = chosen.map { role, geography -> KPIChartData.Series in
            let values = periods.map { period -> ObservedValue? in
                // Several sources may give the same value: the first, in source order, wins.
                relevant.first { $0.period == period && Self.same($0.geography, geography) }?.value
            }
            return KPIChartData.Series(role: role, name: geography.name, values: values)
        }
        return KPIChartData(indicator: indicator, tableTitles: tableTitles, unit: first.unit, periods: periods,
                            series: series, regionUnknown: authorityGeography != nil && region == nil)
    }

    /// The pack's authority matched on name or code; else the local authority with the most
    /// numbers (ties: name order), so a single-authority extract still charts.
    func pickAuthority(_ observations: [KPIObservation]) -> Geography? {
        let authorities = observations.map(\.geography).filter { $0.level == .localAuthority }
        if let authority = authority.map(Self.normalised), !authority.isEmpty {
            if let match = authorities.first(where: { Self.normalised($0.name) == authority || $0.code.map(Self.normalised) == authority }) {
                return match
            }
            // Named but spelt differently: only a single-authority extract is safe to take as it.
            var distinct: [Geography] = []
            for geography in authorities where !distinct.contains(where: { Self.same($0, geography) }) { distinct.append(geography) }
            return distinct.count == 1 ? distinct[0] : nil
        }
        var counts: [String: (geography: Geography, numbers: Int)] = [:]
        for observation in observations where observation.geography.level == .localAuthority {
            let key = Self.key(observation.geography)
            let isNumber = observation.value.number != nil ? 1 : 0
            counts[key] = (counts[key]?.geography ?? observation.geography, (counts[key]?.numbers ?? 0) + isNumber)
        }
        return counts.values.filter { $0.numbers > 0 }
            .sorted { ($0.numbers, Self.normalised($1.geography.name)) > ($1.numbers, Self.normalised($0.geography.name)) }
            .first?.geography
    }

    /// England: the national geography (code E92000001 or named England first).
    func pickEngland(_ observations: [KPIObservation]) -> Geography? {
        let national = observations.map(\.geography).filter { $0.level == .national }
        return national.first { $0.code == "E92000001" || Self.normalised($0.name) == "england" } ?? national.first
    }

    /// The authority's region: the one its data names, else the pack's hint, else the only region present.
    func pickRegion(_ observations: [KPIObservation], authority: Geography?) -> Geography? {
        let regions = observations.map(\.geography).filter { $0.level == .regional }
        for wanted in [authority?.region, regionHint].compactMap({ $0 }).map(Self.normalised) where !wanted.isEmpty {
            if let match = regions.first(where: { Self.normalised($0.name) == wanted || $0.code.map(Self.normalised) == wanted }) {
                return match
            }
        }
        var distinct: [Geography] = []
        for region in regions where !distinct.contains(where: { Self.same($0, region) }) { distinct.append(region) }
        return distinct.count == 1 ? distinct[0] : nil
    }

    /// Two geographies are the same place when their codes agree, or (without codes) their names.
    static func same(_ a: Geography, _ b: Geography) -> Bool {
        guard a.level == b.level else { return false }
        if let codeA = a.code, let codeB = b.code { return normalised(codeA) == normalised(codeB) }
        return normalised(a.name) == normalised(b.name)
    }

    static func key(_ geography: Geography) -> String {
        "\(geography.level.rawValue)|\(geography.code.map(normalised) ?? normalised(geography.name))"
    }

    static func normalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }).joined(separator: " ")
    }
}
