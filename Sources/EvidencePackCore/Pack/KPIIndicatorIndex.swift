import EvidenceModel

/// A KPI table's distinct indicators (each with its loose wording) and geographies, and which of them
/// each observation has. Built once per table, so that each KPI item's rule compares its patterns
/// with the distinct names rather than walking and hashing every observation: a DfE file of 10,000
/// measures holds 400,000 observations, and the pack asks dozens of rules about it.
struct KPIIndicatorIndex: Sendable {
    /// The distinct indicator names, in order of first use.
    let indicators: [String]
    /// Each indicator's wordings, for matching patterns.
    let wordings: [IndicatorWording]
    /// The distinct geographies, in order of first use.
    let geographies: [Geography]
    /// Per observation, its indicator's and geography's positions in the lists above.
    let indicatorOfObservation: [Int32]
    let geographyOfObservation: [Int32]

    init(_ observations: [KPIObservation]) {
        var indicators = FirstUseList<String>()
        var geographies = FirstUseList<Geography>()
        var indicatorOfObservation: [Int32] = []
        var geographyOfObservation: [Int32] = []
        indicatorOfObservation.reserveCapacity(observations.count)
        geographyOfObservation.reserveCapacity(observations.count)
        for observation in observations {
            indicatorOfObservation.append(Int32(indicators.position(of: observation.indicator)))
            geographyOfObservation.append(Int32(geographies.position(of: observation.geography)))
        }
        self.indicators = indicators.elements
        self.wordings = indicators.elements.map(IndicatorWording.forms(of:))
        self.geographies = geographies.elements
        self.indicatorOfObservation = indicatorOfObservation
        self.geographyOfObservation = geographyOfObservation
    }

    /// Per distinct indicator, whether it matches any of the patterns (as
    /// `EvidenceAssembler.matchingIndicators` decides).
    func matching(_ patterns: [String]) -> [Bool] {
        let wanted = patterns.map(IndicatorWording.forms(of:))
        return wordings.map { name in wanted.contains { name.matches($0) } }
    }

    /// The positions of the observations whose indicator matches a pattern and whose geography
    /// `keeps` accepts (asked once per distinct geography).
    func observations(matching patterns: [String], keeping keeps: (Geography) -> Bool) -> [Int] {
        let indicatorMatches = matching(patterns)
        guard indicatorMatches.contains(true) else { return [] }
        let geographyKept = geographies.map(keeps)
        return indicatorOfObservation.indices.filter { index in
            indicatorMatches[Int(indicatorOfObservation[index])] && geographyKept[Int(geographyOfObservation[index])]
        }
    }
}
