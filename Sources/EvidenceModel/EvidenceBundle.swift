/// How far a pack item is satisfied.
public enum EvidenceStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Enough fresh, valid records satisfy it.
    case present
    /// Nothing (or too little) satisfies it.
    case missing
    /// Records match, but the newest is older than the item's freshness allows.
    case stale
    /// Records match, but they failed validation (e.g. an Annex A list with errors).
    case invalid
    /// Enough records match, but only thanks to doubtful evidence (damaged, dated after the reference
    /// date, or a draft): a person must look before the item counts as present.
    case needsReview
    /// The council decided the item does not apply to it (its pack overlay says why).
    case notApplicable
    /// The council provides the evidence another way (shown on the day, sent separately), as its pack
    /// overlay says; no input satisfied the item.
    case providedSeparately

    /// The status in plain words, for people ("needs review"); `rawValue` is for machines.
    public var words: String {
        switch self {
        case .needsReview: "needs review"
        case .notApplicable: "not applicable"
        case .providedSeparately: "provided separately"
        default: rawValue
        }
    }

    /// Whether the item needs nothing more: present, or settled by the council's own decision.
    public var isSettled: Bool {
        switch self {
        case .present, .notApplicable, .providedSeparately: true
        case .missing, .stale, .invalid, .needsReview: false
        }
    }
}

/// Why one matched evidence file is doubtful, attached to the item it matched so that nobody takes a
/// draft, a damaged file or a future-dated file for settled evidence.
public struct EvidenceWarning: Hashable, Sendable, Codable {
    /// The input file's path, relative to the inputs folder.
    public var source: String
    /// What is wrong with it, in plain words ("looks like a draft: the file name says so").
    public var reason: String

    public init(source: String, reason: String) {
        self.source = source
        self.reason = reason
    }
}

/// One requirement of the pack with its outcome: what it is, whether it is met, by what, and why.
public struct EvidenceItem: Hashable, Sendable, Codable {
    /// Stable id from the pack definition (`annex-a-list-3`, `sef`).
    public var id: String
    /// Title for people.
    public var title: String
    /// The section id it belongs to.
    public var section: String
    /// Whether the pack is incomplete without it.
    public var required: Bool
    /// Whether the item follows Ofsted's published framework (`framework`) or is this pack's choice (`pack`).
    public var basis: String?
    /// Why inspectors ask for it, in a line.
    public var why: String?
    /// The outcome.
    public var status: EvidenceStatus
    /// Why it has that status, in a sentence ("2 of the 3 required minutes found; newest 2025-03-01").
    public var reason: String
    /// Ids of the records that satisfy it, newest first.
    public var recordIDs: [String]
    /// Payload paths (inside the bag) of evidence files carried for this item.
    public var files: [String]
    /// Warnings about the evidence itself, e.g. a figure in minutes that disagrees with the KPI table.
    public var notes: [String]
    /// Matched files that are doubtful (damaged, future-dated, drafts), each with the reason, sorted by source.
    public var warnings: [EvidenceWarning]
    /// What satisfies the item, in plain words ("a document whose file name or title matches 'SEF',
    /// dated on or after 2025-11-20"). For people: the gap report and index; not part of pack.json.
    public var ruleInWords: String = ""
    /// Files that nearly satisfied the item and why each did not count (too old, doubtful, or meeting
    /// some of the rule's criteria but not all), sorted by source. Filled for items not present; for
    /// people, not part of pack.json.
    public var nearMisses: [EvidenceWarning] = []
    /// The council's own decision on the item (not applicable, provided separately, owner, due date),
    /// from its pack overlay; nil when there is none.
    public var decision: ItemDecision?
    /// For a KPI item with data: the indicator that matched, its latest value and its comparators.
    public var kpi: KPIBenchmark?

    private enum CodingKeys: String, CodingKey {
        case id, title, section, required, basis, why, status, reason, recordIDs, files, notes, warnings, decision, kpi
    }

    public init(id: String, title: String, section: String, required: Bool, basis: String? = nil, why: String? = nil,
                status: EvidenceStatus, reason: String, recordIDs: [String] = [], files: [String] = [], notes: [String] = [],
                warnings: [EvidenceWarning] = []) {
        self.id = id
        self.title = title
        self.section = section
        self.required = required
        self.basis = basis
        self.why = why
        self.status = status
        self.reason = reason
        self.recordIDs = recordIDs
        self.files = files
        self.notes = notes
        self.warnings = warnings
    }
}

/// The identity of the pack definition a bundle was assembled from.
public struct PackIdentity: Hashable, Sendable, Codable {
    /// Short id (`ilacs`).
    public var id: String
    /// Title for people.
    public var title: String
    /// The pack definition's own version.
    public var version: String
    /// Which framework text it follows ("ILACS framework, updated 13 December 2024").
    public var framework: String?

    public init(id: String, title: String, version: String, framework: String? = nil) {
        self.id = id
        self.title = title
        self.version = version
        self.framework = framework
    }
}

/// A section of the pack, for grouping items.
public struct PackSection: Hashable, Sendable, Codable {
    /// Section id.
    public var id: String
    /// Section title.
    public var title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

/// Everything exporters receive: the pack's identity, its items with their statuses, the sources,
/// the records and the diagnostics.
public struct EvidenceBundle: Hashable, Sendable, Codable {
    /// The format version this tool writes: 5 writes KPI tables' observations and rankings as columns
    /// (each indicator, period and geography listed once); 4 added KPI items' `kpi` (the matched indicator, its latest
    /// value and comparators) and KPI tables' `rankings`; 3 added the `notApplicable` and `providedSeparately`
    /// statuses and items' `decision`; 2 added the `needsReview` status and items' `warnings`.
    public static let currentFormatVersion = 5

    /// Version of this bundle's JSON form (see `Schemas/pack.schema.json`).
    public var formatVersion: Int
    /// The tool that assembled it, e.g. `evidence-pack 0.1.0`.
    public var generator: String
    /// The pack definition.
    public var pack: PackIdentity
    /// The day the pack is assembled for; freshness and Annex A windows are relative to it.
    public var referenceDate: CalendarDate
    /// The authority the pack is for, when the pack or options name it.
    public var authority: String?
    /// The sections, in pack order.
    public var sections: [PackSection]
    /// The items, in pack order.
    public var items: [EvidenceItem]
    /// Every input file, in discovery order.
    public var sources: [Source]
    /// Every record, in source order.
    public var records: [Record]
    /// Every diagnostic, in source then line order.
    public var diagnostics: [Diagnostic]
    /// What changed since the pack this build replaces (nil for `check` and for bundles read back).
    /// For people and the `--json` summary; not part of pack.json, which depends on the inputs alone.
    public var changes: PackChanges? = nil

    private enum CodingKeys: String, CodingKey {
        case formatVersion, generator, pack, referenceDate, authority, sections, items, sources, records, diagnostics
    }

    public init(formatVersion: Int = EvidenceBundle.currentFormatVersion, generator: String, pack: PackIdentity, referenceDate: CalendarDate,
                authority: String? = nil, sections: [PackSection], items: [EvidenceItem], sources: [Source],
                records: [Record], diagnostics: [Diagnostic]) {
        self.formatVersion = formatVersion
        self.generator = generator
        self.pack = pack
        self.referenceDate = referenceDate
        self.authority = authority
        self.sections = sections
        self.items = items
        self.sources = sources
        self.records = records
        self.diagnostics = diagnostics
    }

    /// Counts of items by status (every status present, zero when none).
    public var statusCounts: [EvidenceStatus: Int] {
        var counts = Dictionary(uniqueKeysWithValues: EvidenceStatus.allCases.map { ($0, 0) })
        for item in items { counts[item.status, default: 0] += 1 }
        return counts
    }

    /// True when every required item is present or settled by the council's decision.
    public var isComplete: Bool {
        items.allSatisfy { !$0.required || $0.status.isSettled }
    }
}
