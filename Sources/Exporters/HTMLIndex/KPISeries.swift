import EvidenceModel

/// One KPI's observations arranged for a chart: the authority, England and the authority's region,
/// each a series over the same ordered periods.
struct KPIChartData: Equatable {
    /// One line of the chart.
    struct Series: Equatable {
        /// What the line is: the authority, England, the region.
        enum Role: String, Equatable, CaseIterable {
            case authority, england, region
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

    /// Whether any series holds a number to draw.
    var hasNumbers: Bool {
        series.contains { $0.values.contains { $0?.number != nil } }
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
