/// What changed since the pack a build replaces: items whose status changed, input files added,
/// removed or changed, Annex A findings new and fixed, KPI figures that moved, and new errors.
/// Never a child's data: paths, item ids, counts and area-level KPI figures only.
public struct PackChanges: Hashable, Sendable, Codable {
    /// Whether there was a previous pack to compare with (false on the first build of an output, or
    /// when the previous pack has no readable pack.json).
    public var previousPackFound: Bool
    /// The previous pack's reference date.
    public var previousReferenceDate: CalendarDate?
    /// Items whose status changed (or that are new to the pack), in pack order.
    public var items: [ItemStatusChange]
    /// Input files added, removed or changed (by path and SHA-256), sorted by path.
    public var evidence: [EvidenceChange]
    /// Annex A findings (errors and warnings) new and fixed, per list, in list order; lists with neither are left out.
    public var annexA: [AnnexAFindingChange]
    /// KPI figures (same indicator, period and area) whose value moved, sorted.
    public var kpis: [KPIChange]
    /// Error diagnostics that the previous pack did not have.
    public var newErrors: Int
    /// Error diagnostics of the previous pack that are gone.
    public var fixedErrors: Int

    public init(previousPackFound: Bool, previousReferenceDate: CalendarDate? = nil, items: [ItemStatusChange] = [],
                evidence: [EvidenceChange] = [], annexA: [AnnexAFindingChange] = [], kpis: [KPIChange] = [],
                newErrors: Int = 0, fixedErrors: Int = 0) {
        self.previousPackFound = previousPackFound
        self.previousReferenceDate = previousReferenceDate
        self.items = items
        self.evidence = evidence
        self.annexA = annexA
        self.kpis = kpis
        self.newErrors = newErrors
        self.fixedErrors = fixedErrors
    }

    /// True when nothing changed (or there was nothing to compare with).
    public var isEmpty: Bool {
        items.isEmpty && evidence.isEmpty && annexA.isEmpty && kpis.isEmpty && newErrors == 0 && fixedErrors == 0
    }

    /// True when something got worse than the previous pack: an item's status worsened, or an error is new.
    public var hasNewProblems: Bool {
        items.contains(where: \.worsened) || newErrors > 0
    }
}

/// An item whose status is not what it was in the previous pack.
public struct ItemStatusChange: Hashable, Sendable, Codable {
    /// The item's id.
    public var id: String
    /// Its title.
    public var title: String
    /// Its status in the previous pack (nil: the item is new to the pack).
    public var from: EvidenceStatus?
    /// Its status now.
    public var to: EvidenceStatus
    /// Whether the change is for the worse (see `EvidenceStatus.severity`).
    public var worsened: Bool

    public init(id: String, title: String, from: EvidenceStatus?, to: EvidenceStatus) {
        self.id = id
        self.title = title
        self.from = from
        self.to = to
        self.worsened = from.map { to.severity > $0.severity } ?? !to.isSettled
    }
}

extension EvidenceStatus {
    /// How bad the status is, for telling better from worse: present, not applicable and provided
    /// separately 0, needs review 1, stale 2, invalid 3, missing 4.
    public var severity: Int {
        switch self {
        case .present, .notApplicable, .providedSeparately: 0
        case .needsReview: 1
        case .stale: 2
        case .invalid: 3
        case .missing: 4
        }
    }
}

/// One input file added, removed or changed since the previous pack.
public struct EvidenceChange: Hashable, Sendable, Codable {
    /// What happened to the file.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A file the previous pack did not have.
        case added
        /// A file of the previous pack that is gone.
        case removed
        /// The same path with other bytes (another SHA-256).
        case changed
    }

    /// The path relative to the inputs folder.
    public var path: String
    /// What happened.
    public var change: Kind
    /// The SHA-256 in the previous pack (nil when added).
    public var sha256Before: String?
    /// The SHA-256 now (nil when removed).
    public var sha256After: String?

    public init(path: String, change: Kind, sha256Before: String?, sha256After: String?) {
        self.path = path
        self.change = change
        self.sha256Before = sha256Before
        self.sha256After = sha256After
    }
}

/// How many Annex A findings of one list are new, and how many are fixed, since the previous pack.
public struct AnnexAFindingChange: Hashable, Sendable, Codable {
    /// The list number (1-11).
    public var list: Int
    /// Findings now that the previous pack did not have.
    public var new: Int
    /// Findings of the previous pack that are gone.
    public var fixed: Int

    public init(list: Int, new: Int, fixed: Int) {
        self.list = list
        self.new = new
        self.fixed = fixed
    }
}

/// A KPI figure (same indicator, period and area) whose value moved since the previous pack.
public struct KPIChange: Hashable, Sendable, Codable {
    /// The indicator.
    public var indicator: String
    /// The period's label.
    public var period: String
    /// The area's name.
    public var area: String
    /// The value before, as written (a number, or a suppression symbol).
    public var before: String
    /// The value now.
    public var after: String

    public init(indicator: String, period: String, area: String, before: String, after: String) {
        self.indicator = indicator
        self.period = period
        self.area = area
        self.before = before
        self.after = after
    }
}
