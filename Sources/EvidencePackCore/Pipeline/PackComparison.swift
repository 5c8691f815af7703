import EvidenceModel
import Foundation

/// Compares a bundle with the pack it replaces (the previous pack's `data/pack.json` at OUT, read
/// before the new pack is swapped in, and never as an input).
public enum PackComparison {
    /// What of a previous pack.json the comparison needs; everything else in the file is skipped.
    public struct PreviousPack: Decodable, Sendable {
        /// An item's id, title and status.
        public struct Item: Decodable, Sendable {
            var id: String
            var title: String
            var status: String
        }
        /// An input file's path and fingerprint.
        public struct SourceEntry: Decodable, Sendable {
            var path: String
            var sha256: String
        }
        /// A record's source and, for tables, what kind of table it is and its KPI figures.
        public struct RecordEntry: Decodable, Sendable {
            var provenance: Provenance
            var table: Table?

            private enum CodingKeys: String, CodingKey { case provenance, table }

            init(provenance: Provenance, table: Table?) {
                self.provenance = provenance
                self.table = table
            }

            /// A table this version cannot read is left out rather than losing the whole comparison.
            public init(from decoder: Decoder) throws {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                provenance = try c.decode(Provenance.self, forKey: .provenance)
                table = try? c.decodeIfPresent(Table.self, forKey: .table)
            }
        }

        var referenceDate: CalendarDate
        var items: [Item]
        var sources: [SourceEntry]
        var records: [RecordEntry]
        var diagnostics: [Diagnostic]

        /// What a bundle written to the previous pack says of it (its tables, as the cache keeps them).
        init(_ bundle: EvidenceBundle) {
            referenceDate = bundle.referenceDate
            items = bundle.items.map { Item(id: $0.id, title: $0.title, status: $0.status.rawValue) }
            sources = bundle.sources.map { SourceEntry(path: $0.path, sha256: $0.sha256) }
            records = bundle.records.map { RecordEntry(provenance: $0.provenance, table: $0.table) }
            diagnostics = bundle.diagnostics
        }
    }

    /// The previous pack at `output` (its `data/pack.json`), or nil when there is none or it cannot be read.
    public static func loadPrevious(output: URL) -> PreviousPack? {
        let file = output.appendingPathComponent("data/pack.json")
        guard let data = try? Data(contentsOf: file) else { return nil }
        return try? JSONDecoder().decode(PreviousPack.self, from: data)
    }

    /// What changed from the previous pack to the bundle (`previousPackFound` false when there is none).
    public static func changes(from previous: PreviousPack?, to bundle: EvidenceBundle) -> PackChanges {
        guard let previous else { return PackChanges(previousPackFound: false) }
        let errors = errorChanges(previous: previous.diagnostics, current: bundle.diagnostics)
        return PackChanges(previousPackFound: true, previousReferenceDate: previous.referenceDate,
                           items: itemChanges(previous: previous.items, current: bundle.items),
                           evidence: evidenceChanges(previous: previous.sources, current: bundle.sources),
                           annexA: annexAChanges(previous: previous, bundle: bundle),
                           kpis: kpiChanges(previous: previous.records.compactMap(\.table), current: bundle.records.compactMap(\.table)),
                           newErrors: errors.new, fixedErrors: errors.fixed)
    }

    /// Items whose status changed, or that are new to the pack, in pack order.
    static func itemChanges(previous: [PreviousPack.Item], current: [EvidenceItem]) -> [ItemStatusChange] {
        let before = Dictionary(previous.map { ($0.id, EvidenceStatus(rawValue: $0.status)) }, uniquingKeysWith: { first, _ in first })
        return current.compactMap { item in
            let old = before[item.id] ?? nil
            guard old != item.status else { return nil }
            return ItemStatusChange(id: item.id, title: item.title, from: old, to: item.status)
        }
    }

    /// Input files added, removed or changed, by path and SHA-256, sorted by path.
    static func evidenceChanges(previous: [PreviousPack.SourceEntry], current: [Source]) -> [EvidenceChange] {
        let before = Dictionary(previous.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        let now = Dictionary(current.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        var changes: [EvidenceChange] = []
        for (path, sha) in now {
            if let old = before[path] {
                if old != sha { changes.append(EvidenceChange(path: path, change: .changed, sha256Before: old, sha256After: sha)) }
            } else {
                changes.append(EvidenceChange(path: path, change: .added, sha256Before: nil, sha256After: sha))
            }
        }
        for (path, sha) in before where now[path] == nil {
            changes.append(EvidenceChange(path: path, change: .removed, sha256Before: sha, sha256After: nil))
        }
        return changes.sorted { $0.path < $1.path }
    }

    /// Annex A findings (errors and warnings on a list's file) new and fixed, per list. Findings are
    /// compared by code and column, not line, so a row added at the top does not renew every finding.
    static func annexAChanges(previous: PreviousPack, bundle: EvidenceBundle) -> [AnnexAFindingChange] {
        let before = annexAFindings(lists: listNumbers(previous.records.map { ($0.provenance.source, $0.table) }), diagnostics: previous.diagnostics)
        let now = annexAFindings(lists: listNumbers(bundle.records.map { ($0.provenance.source, $0.table) }), diagnostics: bundle.diagnostics)
        var changes: [AnnexAFindingChange] = []
        for list in Set(before.keys).union(now.keys).sorted() {
            let difference = countDifference(before: before[list] ?? [:], now: now[list] ?? [:])
            if difference.new > 0 || difference.fixed > 0 {
                changes.append(AnnexAFindingChange(list: list, new: difference.new, fixed: difference.fixed))
            }
        }
        return changes
    }

    /// The Annex A list number of each source holding one.
    static func listNumbers(_ tables: [(source: String, table: Table?)]) -> [String: Int] {
        var lists: [String: Int] = [:]
        for (source, table) in tables {
            if let table, table.kind == .annexAList, let list = table.annexAList { lists[source] = list }
        }
        return lists
    }

    /// Per list, how many findings there are of each code and column.
    static func annexAFindings(lists: [String: Int], diagnostics: [Diagnostic]) -> [Int: [String: Int]] {
        var findings: [Int: [String: Int]] = [:]
        for diagnostic in diagnostics where diagnostic.severity != .note {
            guard let path = diagnostic.location?.path, let list = lists[path] else { continue }
            findings[list, default: [:]]["\(diagnostic.code)|\(diagnostic.location?.column ?? 0)", default: 0] += 1
        }
        return findings
    }

    /// Error diagnostics new and gone, compared by code, file and column (not line).
    static func errorChanges(previous: [Diagnostic], current: [Diagnostic]) -> (new: Int, fixed: Int) {
        func counts(_ diagnostics: [Diagnostic]) -> [String: Int] {
            var counts: [String: Int] = [:]
            for diagnostic in diagnostics where diagnostic.severity == .error {
                counts["\(diagnostic.code)|\(diagnostic.location?.path ?? "")|\(diagnostic.location?.column ?? 0)", default: 0] += 1
            }
            return counts
        }
        return countDifference(before: counts(previous), now: counts(current))
    }

    /// Summed over keys: how many more there are now (new) and how many fewer (fixed).
    static func countDifference(before: [String: Int], now: [String: Int]) -> (new: Int, fixed: Int) {
        var new = 0, fixed = 0
        for key in Set(before.keys).union(now.keys) {
            let difference = (now[key] ?? 0) - (before[key] ?? 0)
            if difference > 0 { new += difference } else { fixed -= difference }
        }
        return (new, fixed)
    }

    /// KPI figures (same indicator, period and area) whose value moved; new and dropped periods are not moves.
    static func kpiChanges(previous: [Table], current: [Table]) -> [KPIChange] {
        func figures(_ tables: [Table]) -> [String: (KPIObservation, String)] {
            var figures: [String: (KPIObservation, String)] = [:]
            for table in tables where table.kind == .kpi {
                for observation in table.observations {
                    let key = "\(observation.indicator)|\(observation.period.label)|\(observation.geography.code ?? observation.geography.name)"
                    figures[key] = figures[key] ?? (observation, words(observation.value))
                }
            }
            return figures
        }
        let before = figures(previous), now = figures(current)
        var changes: [KPIChange] = []
        for (key, (observation, value)) in now {
            guard let old = before[key]?.1, old != value else { continue }
            changes.append(KPIChange(indicator: observation.indicator, period: observation.period.label,
                                     area: observation.geography.name, before: old, after: value))
        }
        return changes.sorted { ($0.indicator, $0.period, $0.area) < ($1.indicator, $1.period, $1.area) }
    }

    /// A KPI value as written: the number (no trailing `.0`) or the suppression symbol.
    static func words(_ value: ObservedValue) -> String {
        switch value {
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .suppressed(let symbol): symbol
        }
    }
}
