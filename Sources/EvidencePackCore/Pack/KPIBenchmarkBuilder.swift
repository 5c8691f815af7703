import EvidenceModel

/// Finds a KPI item's indicator among its matched tables and sets its latest value beside England,
/// the region, the statistical neighbours and every authority's ranking (`KPIBenchmark`).
///
/// Precision first: values are taken as the source gives them (a suppression symbol stays a symbol);
/// the neighbour average is of numbers only, and the rank is among authorities with a number.
public struct KPIBenchmarkBuilder: Sendable {
    /// The authority the pack is for (its code, name and statistical neighbours); nil: the only local
    /// authority a table holds.
    public var authority: AuthoritySpec?

    public init(authority: AuthoritySpec?) {
        self.authority = authority
    }

    /// One indicator of one table: what a benchmark is read from.
    struct Candidate {
        var record: Record
        var table: Table
        var indicator: String
        var patternIndex: Int
        var observations: [KPIObservation]
        var authorityObservations: [KPIObservation]
        /// The authority's latest period.
        var latest: Period
    }

    /// The benchmark of a KPI item from its matched records (newest first), or nil when no table holds
    /// a figure of the authority for the item's indicators.
    public func benchmark(patterns: [String], better: KPIPolarity?, records: [Record]) -> KPIBenchmark? {
        benchmark(patterns: patterns, better: better, records: records, indexes: records.map { $0.table.map { KPIIndicatorIndex($0.observations) } })
    }

    /// `benchmark(patterns:better:records:)` with each record's KPI index already made (the
    /// assembler's match subjects hold them; nil for a record that is not a table).
    func benchmark(patterns: [String], better: KPIPolarity?, records: [Record], indexes: [KPIIndicatorIndex?]) -> KPIBenchmark? {
        guard let chosen = bestCandidate(patterns: patterns, records: records, indexes: indexes),
              let latest = chosen.authorityObservations.max(by: { $0.period < $1.period }) else { return nil }
        var result = KPIBenchmark(indicator: chosen.indicator, source: chosen.record.provenance.source, unit: latest.unit,
                                  authority: KPIComparator(name: latest.geography.name, code: latest.geography.code, value: latest.value),
                                  period: latest.period, value: latest.value)
        result.target = latest.target
        result.rating = latest.rating
        result.better = better
        setPrevious(of: latest, in: chosen.authorityObservations, on: &result)
        result.england = england(in: chosen.observations).map { comparator($0, at: latest.period, in: chosen.observations) }
        result.region = region(of: latest.geography, in: chosen.observations).map { comparator($0, at: latest.period, in: chosen.observations) }
        result.neighbours = neighbours(in: chosen.observations).map { comparator($0, at: latest.period, in: chosen.observations) }
        setNeighbourSummary(on: &result)
        setRank(from: chosen.table.rankings, on: &result)
        return result
    }

    /// The indicator to report: the one matching the item's earliest pattern (the pack lists the
    /// measure's preferred spelling first), then the one with the latest figure, then source order.
    func bestCandidate(patterns: [String], records: [Record], indexes: [KPIIndicatorIndex?]) -> Candidate? {
        var candidates: [Candidate] = []
        let wanted = patterns.map(IndicatorWording.forms(of:))
        for (record, index) in zip(records, indexes) {
            guard let table = record.table, table.kind == .kpi, let index else { continue }
            // Each distinct indicator once, in order of first appearance; the observations gathered
            // only for those a pattern matches.
            let patternIndexes = index.wordings.map { name in wanted.firstIndex { name.matches($0) } }
            var byIndicator: [Int: [KPIObservation]] = [:]
            for (position, indicator) in index.indicatorOfObservation.enumerated() where patternIndexes[Int(indicator)] != nil {
                byIndicator[Int(indicator), default: []].append(table.observations[position])
            }
            for (indicatorPosition, indicator) in index.indicators.enumerated() {
                guard let patternIndex = patternIndexes[indicatorPosition] else { continue }
                let observations = byIndicator[indicatorPosition] ?? []
                let own = authorityObservations(observations)
                guard let latest = own.map(\.period).max() else { continue }
                candidates.append(Candidate(record: record, table: table, indicator: indicator, patternIndex: patternIndex,
                                            observations: observations, authorityObservations: own, latest: latest))
            }
        }
        // Earliest pattern first, then the latest figure, then source order (min keeps the first of equals).
        return candidates.min { a, b in
            if a.patternIndex != b.patternIndex { return a.patternIndex < b.patternIndex }
            return a.latest > b.latest
        }
    }

    /// The authority's own observations: by ONS code, else name; without an authority, those of the
    /// only local authority present.
    func authorityObservations(_ observations: [KPIObservation]) -> [KPIObservation] {
        let local = observations.filter { $0.geography.level == .localAuthority }
        guard let authority else {
            var keys: [String] = []
            for observation in local where !keys.contains(Self.key(observation.geography)) { keys.append(Self.key(observation.geography)) }
            return keys.count == 1 ? local : []
        }
        return local.filter { Self.isAuthority($0.geography, authority) }
    }

    static func isAuthority(_ geography: Geography, _ authority: AuthoritySpec) -> Bool {
        if let code = authority.code, let other = geography.code { return code.caseInsensitiveCompare(other) == .orderedSame }
        if let name = authority.name { return looseName(name) == looseName(geography.name) }
        return false
    }

    /// The authority's value in the period before the latest (of the same kind of period).
    func setPrevious(of latest: KPIObservation, in own: [KPIObservation], on result: inout KPIBenchmark) {
        let earlier = own.filter { $0.period.kind == latest.period.kind && $0.period < latest.period }
        guard let previous = earlier.max(by: { $0.period < $1.period }) else { return }
        result.previousPeriod = previous.period
        result.previousValue = previous.value
        if let now = latest.value.number, let then = previous.value.number { result.change = Self.tidy(now - then) }
    }

    /// England: the national geography coded E92000001 or named England, else the only national one.
    func england(in observations: [KPIObservation]) -> Geography? {
        let national = distinct(observations.map(\.geography).filter { $0.level == .national })
        return national.first { $0.code == "E92000001" || looseName($0.name) == "england" } ?? (national.count == 1 ? national[0] : nil)
    }

    /// The authority's region: the one its rows name, else the only region present.
    func region(of geography: Geography, in observations: [KPIObservation]) -> Geography? {
        let regions = distinct(observations.map(\.geography).filter { $0.level == .regional })
        if let wanted = geography.region.map(looseName), !wanted.isEmpty,
           let match = regions.first(where: { looseName($0.name) == wanted || $0.code.map(looseName) == wanted }) {
            return match
        }
        return regions.count == 1 ? regions[0] : nil
    }

    /// The pack's statistical neighbours that the data holds, in the pack's order.
    func neighbours(in observations: [KPIObservation]) -> [Geography] {
        guard let authority else { return [] }
        let local = distinct(observations.map(\.geography).filter { $0.level == .localAuthority && !Self.isAuthority($0, authority) })
        return authority.statisticalNeighbours.compactMap { wanted in
            local.first { geography in
                geography.code.map { $0.caseInsensitiveCompare(wanted) == .orderedSame } ?? false || looseName(geography.name) == looseName(wanted)
            }
        }
    }

    /// A geography's value in a period (nil when the source has no row for it).
    func comparator(_ geography: Geography, at period: Period, in observations: [KPIObservation]) -> KPIComparator {
        let value = observations.first { $0.period == period && Self.key($0.geography) == Self.key(geography) }?.value
        return KPIComparator(name: geography.name, code: geography.code, value: value)
    }

    /// The neighbours' average, count, lowest and highest, of their numbers only.
    func setNeighbourSummary(on result: inout KPIBenchmark) {
        // A plain loop: `compactMap { $0.value?.number }` here crashes the Swift 6.3.1 optimiser
        // (CopyPropagation, "Found outside of lifetime use") in release builds.
        var numbers: [Double] = []
        for neighbour in result.neighbours {
            guard let value = neighbour.value, case .number(let number) = value else { continue }
            numbers.append(number)
        }
        guard !numbers.isEmpty else { return }
        result.neighbourAverage = Self.tidy(numbers.reduce(0, +) / Double(numbers.count))
        result.neighbourCount = numbers.count
        result.neighbourMinimum = numbers.min()
        result.neighbourMaximum = numbers.max()
    }

    /// The rank and quartile among every authority with a number, from the table's rankings; counted
    /// from the good end when the pack says which it is, else from the highest value.
    func setRank(from rankings: [KPIRanking], on result: inout KPIBenchmark) {
        guard result.value.number != nil,
              let ranking = rankings.first(where: { $0.indicator == result.indicator && $0.period == result.period }) else { return }
        let rank = ranking.rank(highestFirst: result.better != .lower)
        result.rank = rank
        result.rankedAuthorities = ranking.ranked
        // Quartiles need at least four authorities; with fewer only the rank is given.
        if ranking.ranked >= 4 { result.quartile = KPIRanking.quartile(rank: rank, of: ranking.ranked) }
    }

    /// A computed figure without binary noise (`2.1`, not `2.1000000000000014`): nine decimals are
    /// far beyond any published figure's precision.
    /// Nil when the figure is beyond what a Double holds (the difference or sum of two such figures a
    /// CSV stated): no figure is stated rather than an infinity no output format can carry.
    static func tidy(_ value: Double) -> Double? {
        guard value.isFinite else { return nil }
        let scaled = value * 1e9
        return scaled.isFinite ? scaled.rounded() / 1e9 : value
    }

    private func distinct(_ geographies: [Geography]) -> [Geography] {
        var seen = Set<String>()
        return geographies.filter { seen.insert(Self.key($0)).inserted }
    }

    static func key(_ geography: Geography) -> String {
        "\(geography.level.rawValue)|\(geography.code.map(looseName) ?? looseName(geography.name))"
    }

    private func looseName(_ text: String) -> String { Self.looseName(text) }

    /// Names compared loosely: case, spaces and punctuation aside, `&` read as `and`.
    static func looseName(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "&", with: "and").filter { $0.isLetter || $0.isNumber }
    }
}
