/// Which end of a KPI is good: a higher value (assessments on time) or a lower one (re-referrals).
public enum KPIPolarity: String, Hashable, Sendable, Codable, CaseIterable {
    case higher, lower
}

/// One comparator's figure for a KPI's latest period: England, the region, a statistical neighbour.
public struct KPIComparator: Hashable, Sendable, Codable {
    /// The geography's name as the data spells it.
    public var name: String
    /// Its ONS code, when the data gives one.
    public var code: String?
    /// Its value in the period; nil when the source has no row for it.
    public var value: ObservedValue?

    public init(name: String, code: String? = nil, value: ObservedValue? = nil) {
        self.name = name
        self.code = code
        self.value = value
    }
}

/// A KPI item's latest figure beside its comparators, LAIT-style: which indicator matched, the
/// authority's value in the latest period, England, the region, the statistical neighbours (and their
/// average and range), the rank among all authorities, and the change since the previous period.
///
/// Precision first: a suppressed value stays its symbol; an average or rank is given only from numbers,
/// and left out when there are none.
public struct KPIBenchmark: Hashable, Sendable, Codable {
    /// The indicator that matched, as the source spells it (`CPP_subsequent_percent`).
    public var indicator: String
    /// The input file it came from, relative to the inputs folder.
    public var source: String
    /// The unit of its values.
    public var unit: MeasureUnit
    /// The authority (name and code as the data spells them).
    public var authority: KPIComparator
    /// The latest period the authority has a row for.
    public var period: Period
    /// The authority's value in that period (a number, or a suppression symbol).
    public var value: ObservedValue
    /// The period before, when the authority has a row for one.
    public var previousPeriod: Period?
    /// The authority's value in the previous period.
    public var previousValue: ObservedValue?
    /// `value` minus `previousValue`, when both are numbers.
    public var change: Double?
    /// England in the latest period.
    public var england: KPIComparator?
    /// The authority's region in the latest period.
    public var region: KPIComparator?
    /// Each statistical neighbour the data holds, in the pack's order.
    public var neighbours: [KPIComparator]
    /// The mean of the neighbours' numbers (suppressed and missing values left out).
    public var neighbourAverage: Double?
    /// How many neighbours' numbers the average is of.
    public var neighbourCount: Int?
    /// The lowest and highest neighbour numbers.
    public var neighbourMinimum: Double?
    public var neighbourMaximum: Double?
    /// Which end is good, when the pack says.
    public var better: KPIPolarity?
    /// The authority's rank among every local authority with a number in the period: 1 is the best
    /// when `better` is given, else the highest value.
    public var rank: Int?
    /// How many authorities were ranked.
    public var rankedAuthorities: Int?
    /// The quartile of the rank (1 holds the best quarter, or the highest values without `better`);
    /// nil when fewer than four authorities were ranked.
    public var quartile: Int?
    /// The council's target for the period, from its own KPI file.
    public var target: Double?
    /// The council's RAG rating for the period, from its own KPI file.
    public var rating: String?

    public init(indicator: String, source: String, unit: MeasureUnit, authority: KPIComparator, period: Period,
                value: ObservedValue, neighbours: [KPIComparator] = []) {
        self.indicator = indicator
        self.source = source
        self.unit = unit
        self.authority = authority
        self.period = period
        self.value = value
        self.neighbours = neighbours
    }
}
