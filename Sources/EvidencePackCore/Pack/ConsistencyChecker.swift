import EvidenceModel
import Foundation

/// Checks that the evidence agrees with itself: a figure quoted in minutes or a report ("513 children
/// looked after", "re-referrals 22%") that differs from the KPI table for the same measure and period by
/// more than the item's tolerance is a warning, noted on the KPI item and on the items the document satisfies.
public struct ConsistencyChecker: Sendable {
    /// The pack definition (its items' `crossCheck` rules).
    public var pack: PackDefinition
    /// The assembler, for its authority and indicator matching.
    public var assembler: EvidenceAssembler

    public init(pack: PackDefinition, assembler: EvidenceAssembler) {
        self.pack = pack
        self.assembler = assembler
    }

    /// A disagreement found.
    public struct Finding: Sendable, Hashable {
        /// The KPI item.
        public var itemID: String
        /// The document record quoting the figure.
        public var recordID: String
        /// The warning.
        public var diagnostic: Diagnostic
    }

    /// Every disagreement, in item then record order.
    public func check(records: [Record]) -> [Finding] {
        var findings: [Finding] = []
        // Every KPI table's distinct indicators and geographies, indexed once for all the rules that
        // cross-check (each rule then compares its patterns with distinct names, not every observation).
        let tables = pack.items.contains { $0.crossCheck != nil }
            ? records.compactMap(\.table).filter { !$0.observations.isEmpty }.map { ($0, KPIIndicatorIndex($0.observations)) } : []
        for rule in pack.items {
            guard let crossCheck = rule.crossCheck else { continue }
            let observations = tables.flatMap { table, index in
                index.observations(matching: rule.match.kpi) { $0.level == .localAuthority && assembler.isAuthority($0) }
                    .map { table.observations[$0] }.filter { $0.value.number != nil }
            }
            guard !observations.isEmpty else { continue }
            for record in records {
                guard let document = record.document, let date = document.effectiveDate else { continue }
                for fact in document.facts {
                    if let kind = crossCheck.factKind, fact.kind != kind { continue }
                    guard crossCheck.facts.contains(where: { $0.matches(fact.subject) }) else { continue }
                    // A percentage is compared with a percentage, a count with a count: an item's
                    // patterns often match both (`rereferral_count`, `rereferral_percent`).
                    let comparable = observations.filter { Self.unit($0.unit, fits: fact.kind) }
                    guard let observation = Self.observation(for: date, in: comparable, patterns: rule.match.kpi),
                          let value = observation.value.number else { continue }
                    let allowed = max(crossCheck.tolerance, (crossCheck.relativeTolerance ?? 0) * abs(value))
                    guard abs(fact.value - value) > allowed else { continue }
                    let message = "'\(fact.text)' (\(fact.subject)) differs from the KPI table's \(Self.format(value)) for \(observation.period.label)"
                        + " (\(observation.indicator)) by more than \(Self.format(allowed)) [item \(rule.id)]"
                    findings.append(Finding(itemID: rule.id, recordID: record.id, diagnostic: Diagnostic(
                        .warning, code: "consistency.figure-mismatch", message: message,
                        location: SourceLocation(path: record.provenance.source, line: fact.line), step: "validate")))
                }
            }
        }
        return findings
    }

    /// The observation for the latest period that ended on or before the document's date, within 15
    /// months; for the same period, the indicator matching the item's earliest pattern.
    static func observation(for date: CalendarDate, in observations: [KPIObservation], patterns: [String] = []) -> KPIObservation? {
        let earliest = date.adding(months: -15)
        func rank(_ observation: KPIObservation) -> Int {
            patterns.firstIndex { EvidenceAssembler.indicator(observation.indicator, matches: $0) } ?? patterns.count
        }
        return observations.filter { $0.period.end <= date && $0.period.end >= earliest }
            .min { ($1.period, rank($0), $0.indicator) < ($0.period, rank($1), $1.indicator) }
    }

    /// Whether a table's measure can be compared with a figure of this kind.
    static func unit(_ unit: MeasureUnit, fits kind: Fact.Kind) -> Bool {
        switch kind {
        case .percent: unit == .percent
        case .count: unit == .count || unit == .other
        case .rate: unit == .ratePer10000 || unit == .ratio
        case .money: unit == .money
        case .duration: unit == .days
        }
    }

    static func format(_ value: Double) -> String {
        // Beyond whole numbers a figure is written as Swift prints it ("1e+20"), not 300 digits.
        guard abs(value) < 1e15 else { return "\(value)" }
        return value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// Items with the findings' messages added as notes, on the KPI item and on every item the quoting record satisfies.
    public static func annotate(_ items: [EvidenceItem], with findings: [Finding]) -> [EvidenceItem] {
        items.map { item in
            var item = item
            for finding in findings where finding.itemID == item.id || item.recordIDs.contains(finding.recordID) {
                let note = "\(finding.diagnostic.location.map { "\($0): " } ?? "")\(finding.diagnostic.message)"
                if !item.notes.contains(note) { item.notes.append(note) }
            }
            return item
        }
    }
}
