/// What sort of table a record is.
public struct TableKind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    /// KPI observations (DfE statistics, a council's monthly KPI export).
    public static let kpi: TableKind = "kpi"
    /// One Annex A child-level list (1-11).
    public static let annexAList: TableKind = "annexAList"
    /// Any other table.
    public static let generic: TableKind = "generic"
}

/// A table record: a header and rows, and for KPI tables the typed observations.
///
/// Annex A lists can hold a million rows: importers may keep `rows` empty and set `rowCount`,
/// leaving exporters to stream the rows again from the source (`streamedFromSource`).
public struct Table: Hashable, Sendable, Codable {
    /// What sort of table.
    public var kind: TableKind
    /// A title for people ("List 3: Referrals", "Children in need, 2013 to 2025").
    public var title: String?
    /// For Annex A lists, the list number 1-11.
    public var annexAList: Int?
    /// Column names in order (for Annex A lists, the template's exact header text).
    public var columns: [String]
    /// Rows of cell text, in source order; may be empty when `streamedFromSource` is true.
    public var rows: [[String]]
    /// The number of data rows in the source.
    public var rowCount: Int
    /// True when `rows` were not kept in memory and exporters must re-read the source.
    public var streamedFromSource: Bool
    /// Typed KPI observations (KPI tables only).
    public var observations: [KPIObservation]
    /// Where the pack's authority stands among every local authority of the source, per indicator and
    /// period it has a number for (DfE files hold every authority's rows; only the authority's,
    /// England's, its region's and its neighbours' are kept as observations). Empty otherwise.
    public var rankings: [KPIRanking]

    public init(kind: TableKind, title: String? = nil, annexAList: Int? = nil, columns: [String] = [],
                rows: [[String]] = [], rowCount: Int? = nil, streamedFromSource: Bool = false,
                observations: [KPIObservation] = [], rankings: [KPIRanking] = []) {
        self.kind = kind
        self.title = title
        self.annexAList = annexAList
        self.columns = columns
        self.rows = rows
        self.rowCount = rowCount ?? rows.count
        self.streamedFromSource = streamedFromSource
        self.observations = observations
        self.rankings = rankings
    }

    private enum CodingKeys: String, CodingKey {
        case kind, title, annexAList, columns, rows, rowCount, streamedFromSource, observations, rankings
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(TableKind.self, forKey: .kind)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        annexAList = try c.decodeIfPresent(Int.self, forKey: .annexAList)
        columns = try c.decode([String].self, forKey: .columns)
        rows = try c.decode([[String]].self, forKey: .rows)
        rowCount = try c.decode(Int.self, forKey: .rowCount)
        streamedFromSource = try c.decode(Bool.self, forKey: .streamedFromSource)
        // Columns since formatVersion 5; an array of objects from external importers and older packs.
        observations = try c.decode(KPIObservationColumns.self, forKey: .observations).observations
        // Optional: external importers and older packs do not write it.
        rankings = try c.decodeIfPresent(KPIRankingColumns.self, forKey: .rankings)?.rankings ?? []
    }

    /// Observations and rankings are written as columns (`KPIObservationColumns`); `rankings` is left
    /// out when empty.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(annexAList, forKey: .annexAList)
        try c.encode(columns, forKey: .columns)
        try c.encode(rows, forKey: .rows)
        try c.encode(rowCount, forKey: .rowCount)
        try c.encode(streamedFromSource, forKey: .streamedFromSource)
        try c.encode(KPIObservationColumns(observations), forKey: .observations)
        if !rankings.isEmpty { try c.encode(KPIRankingColumns(rankings), forKey: .rankings) }
    }
}

/// Where the pack's authority stands on one indicator in one period among every local authority of
/// a source that has a number for it (authorities with a suppressed or missing value are not ranked).
public struct KPIRanking: Hashable, Sendable, Codable {
    /// The indicator, spelt as in the observations.
    public var indicator: String
    /// The period.
    public var period: Period
    /// How many local authorities have a number (the authority included).
    public var ranked: Int
    /// How many of them have a strictly lower value than the authority.
    public var lower: Int
    /// How many of them have a strictly higher value than the authority.
    public var higher: Int

    public init(indicator: String, period: Period, ranked: Int, lower: Int, higher: Int) {
        self.indicator = indicator
        self.period = period
        self.ranked = ranked
        self.lower = lower
        self.higher = higher
    }

    /// The authority's rank, 1 being the highest value (`highestFirst`) or the lowest; tied
    /// authorities share the best rank of their group (1, 2, 2, 4).
    public func rank(highestFirst: Bool) -> Int {
        (highestFirst ? higher : lower) + 1
    }

    /// The quartile (1-4) a rank falls in among `ranked` authorities: ranks 1 to a quarter are 1.
    public static func quartile(rank: Int, of ranked: Int) -> Int {
        guard ranked > 0 else { return 1 }
        return min(4, max(1, ((rank - 1) * 4) / ranked + 1))
    }
}

/// A time period a KPI value is about: a year, month, quarter, academic or financial year.
public struct Period: Hashable, Sendable, Codable, Comparable {
    /// Which sort of period.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case year, reportingYear, calendarYear, academicYear, financialYear, quarter, month, day
    }
    /// Which sort of period.
    public var kind: Kind
    /// Canonical text: `2025`, `2023/24`, `2025-03`, `2025-Q1`, `2025-03-31`.
    public var label: String
    /// The day the period ends (for ordering and freshness): 31 March for reporting and financial
    /// years, 31 August for academic years, the last day of a month or quarter.
    public var end: CalendarDate

    public init(kind: Kind, label: String, end: CalendarDate) {
        self.kind = kind
        self.label = label
        self.end = end
    }

    public static func < (lhs: Period, rhs: Period) -> Bool { (lhs.end, lhs.label) < (rhs.end, rhs.label) }
}

/// Where a KPI value is about: England, a region, a local authority.
public struct Geography: Hashable, Sendable, Codable {
    /// The level.
    public enum Level: String, Hashable, Sendable, Codable, CaseIterable {
        case national, regional, localAuthority, other
    }
    /// The level.
    public var level: Level
    /// ONS code (`E92000001`, `E12000001`, `E06000047`), when given.
    public var code: String?
    /// Name ("England", "North East", "County Durham").
    public var name: String
    /// For a local authority, the region it lies in (ONS code `E12000001`, else its name) when the
    /// source says: lets outputs compare an authority with its own region.
    public var region: String?

    public init(level: Level, code: String? = nil, name: String, region: String? = nil) {
        self.level = level
        self.code = code
        self.name = name
        self.region = region
    }
}

/// A KPI value: a number, or a suppression symbol kept as such (`c`, `x`, `z`, `u`, `low`, `k`) —
/// never turned into zero.
public enum ObservedValue: Hashable, Sendable, Codable {
    case number(Double)
    case suppressed(String)

    /// The number, when there is one.
    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    private enum CodingKeys: String, CodingKey { case number, suppressed }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let value = try c.decodeIfPresent(Double.self, forKey: .number) {
            self = .number(value)
        } else {
            self = .suppressed(try c.decode(String.self, forKey: .suppressed))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .number(let value): try c.encode(value, forKey: .number)
        case .suppressed(let symbol): try c.encode(symbol, forKey: .suppressed)
        }
    }
}

/// The unit a KPI value is in.
public enum MeasureUnit: String, Hashable, Sendable, Codable, CaseIterable {
    case count, percent, ratePer10000, money, days, months, ratio, other
}

/// One KPI value: indicator × period × geography.
public struct KPIObservation: Hashable, Sendable, Codable {
    /// The indicator's name as the source spells it (`rereferral_percent`, `At31_episodes`), possibly
    /// qualified by a label column (`children_count[Children looked after on 31 March each year]`).
    public var indicator: String
    /// The period.
    public var period: Period
    /// The geography.
    public var geography: Geography
    /// The value.
    public var value: ObservedValue
    /// The unit.
    public var unit: MeasureUnit
    /// A target, when the source gives one (council KPI exports).
    public var target: Double?
    /// A RAG rating, when the source gives one.
    public var rating: String?
    /// 1-based source line.
    public var line: Int?

    public init(indicator: String, period: Period, geography: Geography, value: ObservedValue, unit: MeasureUnit,
                target: Double? = nil, rating: String? = nil, line: Int? = nil) {
        self.indicator = indicator
        self.period = period
        self.geography = geography
        self.value = value
        self.unit = unit
        self.target = target
        self.rating = rating
        self.line = line
    }
}
