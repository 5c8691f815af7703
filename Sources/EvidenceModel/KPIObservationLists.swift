/// A table's KPI observations split once into the columns pack.json and pack.xml write: each
/// distinct indicator, period, geography and unit listed once, in order of first use, and for each
/// observation its position in every list. Both exporters take the same lists, so the two files
/// agree entry for entry.
public struct KPIObservationLists {
    /// The distinct indicators, periods, geographies and units, in order of first use.
    public private(set) var indicators: [String], periods: [Period], geographies: [Geography], units: [MeasureUnit]
    /// Per observation, the 0-based position of its indicator, period, geography and unit in those lists.
    public private(set) var indicator: [Int], period: [Int], geography: [Int], unit: [Int]

    /// Splits `observations` into lists and positions.
    public init(_ observations: [KPIObservation]) {
        var indicators = FirstUseList<String>()
        var periods = FirstUseList<Period>()
        var geographies = FirstUseList<Geography>()
        var units = FirstUseList<MeasureUnit>()
        var indicator: [Int] = [], period: [Int] = [], geography: [Int] = [], unit: [Int] = []
        indicator.reserveCapacity(observations.count)
        period.reserveCapacity(observations.count)
        geography.reserveCapacity(observations.count)
        unit.reserveCapacity(observations.count)
        for observation in observations {
            indicator.append(indicators.position(of: observation.indicator))
            period.append(periods.position(of: observation.period))
            geography.append(geographies.position(of: observation.geography))
            unit.append(units.position(of: observation.unit))
        }
        (self.indicators, self.periods, self.geographies, self.units) = (indicators.elements, periods.elements, geographies.elements, units.elements)
        (self.indicator, self.period, self.geography, self.unit) = (indicator, period, geography, unit)
    }
}

/// A table's rankings split as `KPIObservationLists` splits observations: indicators and periods
/// listed once, and each ranking's positions in them.
public struct KPIRankingLists {
    /// The distinct indicators and periods, in order of first use.
    public private(set) var indicators: [String], periods: [Period]
    /// Per ranking, the 0-based position of its indicator and period in those lists.
    public private(set) var indicator: [Int], period: [Int]

    /// Splits `rankings` into lists and positions.
    public init(_ rankings: [KPIRanking]) {
        var indicators = FirstUseList<String>()
        var periods = FirstUseList<Period>()
        indicator = rankings.map { indicators.position(of: $0.indicator) }
        period = rankings.map { periods.position(of: $0.period) }
        self.indicators = indicators.elements
        self.periods = periods.elements
    }
}

/// Distinct values in the order they were first met, each with its position: the lists a columnar
/// form names once (pack.json's and pack.xml's indicators, periods and geographies).
public struct FirstUseList<Element: Hashable> {
    /// The distinct values, in order of first use.
    public private(set) var elements: [Element] = []
    private var positions: [Element: Int] = [:]
    /// The position asked for last, and per position the one asked for after it last time: a
    /// table's rows repeat a period and geography over all their measures and go through the same
    /// measures in the same order, so the value asked for is nearly always the last one or the one
    /// that followed it before. Comparing with those (texts sharing storage compare at once) spares
    /// hashing it again.
    private var lastPosition = -1
    private var successors: [Int] = []

    /// An empty list.
    public init() {}

    /// The position of `element`, appending it when it is new.
    public mutating func position(of element: Element) -> Int {
        if lastPosition >= 0 {
            if elements[lastPosition] == element { return lastPosition }
            let next = successors[lastPosition]
            if next >= 0, elements[next] == element {
                lastPosition = next
                return next
            }
        }
        let position = lookUp(element)
        if lastPosition >= 0 { successors[lastPosition] = position }
        lastPosition = position
        return position
    }

    private mutating func lookUp(_ element: Element) -> Int {
        if let position = positions[element] { return position }
        positions[element] = elements.count
        elements.append(element)
        successors.append(-1)
        return elements.count - 1
    }
}
