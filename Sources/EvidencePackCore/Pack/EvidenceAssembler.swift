import EvidenceModel
import Foundation

/// Matches records to a pack's items and gives each item its status: present, needs review, missing,
/// stale or invalid; doubtful evidence (damaged, future-dated, drafts) is attached to its item as warnings.
public struct EvidenceAssembler: Sendable {
    /// The pack definition.
    public var pack: PackDefinition
    /// The day freshness is measured from.
    public var referenceDate: CalendarDate
    /// The authority whose KPI series count (nil: any geography).
    public var authority: AuthoritySpec?

    public init(pack: PackDefinition, referenceDate: CalendarDate, authority: AuthoritySpec? = nil) {
        self.pack = pack
        self.referenceDate = referenceDate
        self.authority = authority ?? pack.authority
    }

    /// A record that matched an item, with the date that dates it (nil when undated) and why it is
    /// doubtful evidence (empty when sound).
    struct Candidate {
        var record: Record
        var date: CalendarDate?
        var doubts: [String]
        /// The record's KPI indicators and geographies (its subject's), when it is a KPI table.
        var kpiIndex: KPIIndicatorIndex? = nil
    }

    /// Items with statuses, in pack order. `diagnostics` decide `invalid` (a matched record whose
    /// source has an error diagnostic) and, with the dates and names, which evidence is doubtful.
    public func assemble(records: [Record], diagnostics: [Diagnostic]) -> [EvidenceItem] {
        assemble(records: records, diagnostics: diagnostics, considering: nil, noting: false).items
    }

    /// Which records to look at for each item: those known to concern its rule (from a build over the
    /// same records, see `AssemblyMemo`), and those nothing is known of.
    public struct RecordsToConsider: Sendable, Equatable {
        /// For each item (in pack order), the indices of the records known to concern its rule.
        public var concerned: [[Int]]
        /// The indices of the records every rule must look at.
        public var unknown: [Int]

        public init(concerned: [[Int]], unknown: [Int]) {
            self.concerned = concerned
            self.unknown = unknown
        }
    }

    /// `assemble(records:diagnostics:)`, looking at only some records for each item, and saying which
    /// records each item's rule concerns: those it matched and those that met one of its distinctive
    /// criteria (its near-misses). Every other record plays no part in the item, whatever the day.
    ///
    /// - Parameter considering: the records to look at; nil looks at every record. Which records a
    ///   rule concerns does not depend on the reference date, so a later build over the same records
    ///   passes what an earlier one returned (and its new records as `unknown`).
    /// - Parameter noting: whether to work out which records each rule concerns (no caller without a
    ///   cache needs them, and working them out checks every criterion of every rule on every record
    ///   that does not match; without, `concerned` is empty).
    /// - Returns: the items, and for each the indices (ascending) of the records its rule concerns.
    public func assemble(records: [Record], diagnostics: [Diagnostic], considering: RecordsToConsider?,
                         noting: Bool = true) -> (items: [EvidenceItem], concerned: [[Int]]) {
        let sourcesWithErrors = Set(diagnostics.filter { $0.severity == .error }.compactMap { $0.location?.path })
        let doubts = EvidenceDoubts(referenceDate: referenceDate, diagnostics: diagnostics)
        let inspections = InspectionEvidence(authority: authority)
        // Each item is worked out on its own from the same records, so the items are shared out among
        // the cores (a large authority's pack checks every rule against ten thousand records).
        let subjects = records.map(MatchSubject.init)
        let unknown = considering?.unknown ?? Array(subjects.indices)
        let results = Array(pack.items.enumerated()).concurrentMap { index, rule in
            guard noting || considering != nil else {
                return (item: self.item(for: rule, subjects: subjects, diagnostics: diagnostics, sourcesWithErrors: sourcesWithErrors,
                                        doubts: doubts, inspections: inspections), concerned: [Int]())
            }
            let known = considering.flatMap { index < $0.concerned.count ? $0.concerned[index] : nil } ?? []
            let concerned = Array(Set(known + unknown.filter { concerns(rule.match, subjects[$0]) })).sorted()
            let evidenceItem = self.item(for: rule, subjects: concerned.map { subjects[$0] }, diagnostics: diagnostics,
                                         sourcesWithErrors: sourcesWithErrors, doubts: doubts, inspections: inspections)
            return (item: evidenceItem, concerned: concerned)
        }
        var items = results.map { $0.item }
        addInspectionNotes(to: &items, records: records)
        return (items, results.map { $0.concerned })
    }

    /// Whether a rule concerns a record: matches it, or the record meets one of its distinctive
    /// criteria. A record it does not concern is neither evidence nor a near-miss for the item.
    func concerns(_ rule: MatchRule, _ subject: MatchSubject) -> Bool {
        if matches(rule, subject) != nil { return true }
        return criterionChecks(rule, subject)?.contains { $0.distinctive && $0.passed } ?? false
    }

    /// One item: its candidates, status, warnings, KPI benchmark and near-misses, from the records
    /// (each with what the rules read of it): every record, or only those its rule concerns, which
    /// gives the same item (see `concerns(_:_:)`).
    /// A meeting known only from a list of meetings adds nothing where a record of that meeting itself
    /// matched too (a fetch saves the committee's list beside each meeting): the list's entry is left
    /// out, so it neither counts nor warns. A listed meeting with no record of its own stays, doubtful.
    static func droppingListedMeetingsOfRecordedOnes(_ candidates: [Candidate]) -> [Candidate] {
        func key(_ document: Document) -> String? {
            document.meetingDate.map { $0.iso8601 + "|" + (document.committee ?? "").lowercased() }
        }
        let recorded = Set(candidates.compactMap { candidate -> String? in
            guard let document = candidate.record.document, document.properties[Document.listedInProperty] == nil else { return nil }
            return key(document)
        })
        guard !recorded.isEmpty else { return candidates }
        return candidates.filter { candidate in
            guard let document = candidate.record.document, document.properties[Document.listedInProperty] != nil,
                  let listed = key(document) else { return true }
            return !recorded.contains(listed)
        }
    }

    func item(for rule: ItemRule, subjects: [MatchSubject], diagnostics: [Diagnostic], sourcesWithErrors: Set<String>,
              doubts: EvidenceDoubts, inspections: InspectionEvidence) -> EvidenceItem {
        var otherAuthority: [EvidenceWarning] = []
        // Each record is matched once: the near-misses below read the same outcomes.
        let matched = subjects.map { matches(rule.match, $0) }
        var candidates: [Candidate] = []
        for (subject, outcome) in zip(subjects, matched) {
            guard let date = outcome else { continue }
            let record = subject.record
            if let other = inspections.otherAuthority(of: record) {
                otherAuthority.append(inspections.otherAuthorityWarning(record, authority: other))
                continue
            }
            candidates.append(Candidate(record: record, date: date, doubts: doubts.reasons(for: record, date: date), kpiIndex: subject.kpiIndex))
        }
        candidates = Self.droppingListedMeetingsOfRecordedOnes(candidates)
        candidates.sort { lhs, rhs in
            // Newest first; undated last; then by id for a stable order.
            switch (lhs.date, rhs.date) {
            case let (l?, r?) where l != r: return l > r
            case (nil, _?): return false
            case (_?, nil): return true
            default: return lhs.record.id < rhs.record.id
            }
        }
        var item = evaluate(rule, candidates: candidates, sourcesWithErrors: sourcesWithErrors)
        item.warnings = (Self.warnings(for: item.recordIDs, candidates: candidates) + otherAuthority)
            .sorted { ($0.source, $0.reason) < ($1.source, $1.reason) }
        item.ruleInWords = ruleInWords(rule)
        if !rule.match.kpi.isEmpty, !item.recordIDs.isEmpty {
            let matched = Set(item.recordIDs)
            let tables = candidates.filter { matched.contains($0.record.id) }
            item.kpi = KPIBenchmarkBuilder(authority: authority)
                .benchmark(patterns: rule.match.kpi, better: rule.better, records: tables.map(\.record), indexes: tables.map(\.kpiIndex))
        }
        Self.apply(rule.decision, to: &item)
        if !item.status.isSettled {
            item.nearMisses = nearMisses(for: rule, subjects: subjects, matched: matched, doubts: doubts, sourcesWithErrors: sourcesWithErrors)
        }
        return item
    }

    /// Shows the newest Ofsted report on each item it counts for (what it judged), the authority's
    /// context from data-to-insight's overview when the inputs hold it (on items asking for Ofsted
    /// reports), and the improvement points as the checklist of each item that asks for them
    /// (`improvementChecklist`).
    func addInspectionNotes(to items: inout [EvidenceItem], records: [Record]) {
        let byID = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var newestByItem: [String: InspectionReport] = [:]
        for index in items.indices {
            let counted = items[index].recordIDs.compactMap { byID[$0] }
            guard let newest = InspectionEvidence.newestReport(among: counted) else { continue }
            newestByItem[items[index].id] = newest.report
            items[index].notes = InspectionEvidence.judgementNotes(newest.report) + items[index].notes
        }
        if let authority, let overview = records.lazy.compactMap({ $0.table.flatMap(OfstedOverview.init(table:)) }).first {
            let context = overview.notes(for: authority)
            for (index, rule) in pack.items.enumerated() where index < items.count && rule.match.kinds.contains(.inspectionReport) {
                items[index].notes += context
            }
        }
        for (index, rule) in pack.items.enumerated() where index < items.count {
            guard let source = rule.improvementChecklist else { continue }
            guard let report = newestByItem[source] else {
                items[index].notes.append("Improvement checklist: no Ofsted report of this authority was found for item '\(source)', so there are no points to check")
                continue
            }
            items[index].notes += InspectionEvidence.checklistNotes(report, evidence: records)
        }
    }

    func evaluate(_ rule: ItemRule, candidates: [Candidate], sourcesWithErrors: Set<String>) -> EvidenceItem {
        var item = EvidenceItem(id: rule.id, title: rule.title, section: rule.section, required: rule.required,
                                basis: rule.basis, why: rule.why, status: .missing, reason: "")
        guard !candidates.isEmpty else {
            item.reason = rule.match.annexAList != nil ? "no Annex A list \(rule.match.annexAList ?? 0) was found in the inputs"
                : !rule.match.kpi.isEmpty ? "no observation of \(rule.match.kpi.joined(separator: " or "))\(authorityPhrase) was found"
                : "no record matches this item's rule"
            return item
        }
        let cutoff = rule.maxAgeMonths.map { referenceDate.adding(months: -$0) }
        let fresh = candidates.filter { candidate in
            guard let cutoff else { return true }
            guard let date = candidate.date else { return false }
            return date >= cutoff
        }
        let newest = candidates.first?.date.map { "newest \($0.iso8601)" } ?? "undated"
        let needed = rule.minimumCount
        if fresh.count >= needed {
            let chosen = Array(fresh)
            item.recordIDs = chosen.map(\.record.id)
            let failing = chosen.filter { sourcesWithErrors.contains($0.record.provenance.source) }
            let sound = chosen.filter(\.doubts.isEmpty)
            if !failing.isEmpty {
                item.status = .invalid
                let paths = Set(failing.map(\.record.provenance.source)).sorted()
                item.reason = "matched, but \(paths.joined(separator: ", ")) \(paths.count == 1 ? "has" : "have") validation errors"
            } else if sound.count < needed {
                item.status = .needsReview
                let doubtful = chosen.count - sound.count
                item.reason = "\(fresh.count) found (\(needed) needed), \(newest), but \(doubtful) of them \(doubtful == 1 ? "is" : "are") doubtful: check the warnings before counting \(doubtful == 1 ? "it" : "them")"
            } else {
                item.status = .present
                item.reason = needed > 1 ? "\(fresh.count) found (\(needed) needed), \(newest)" : "\(fresh.count) found, \(newest)"
            }
            return item
        }
        item.recordIDs = candidates.map(\.record.id)
        if candidates.count >= needed, let cutoff {
            item.status = .stale
            item.reason = "\(fresh.count) of \(needed) needed dated on or after \(cutoff.iso8601) (\(rule.maxAgeMonths ?? 0) months before \(referenceDate.iso8601)); \(newest)"
        } else {
            item.status = .missing
            item.reason = "\(fresh.count) of the \(needed) needed found; \(newest)"
        }
        return item
    }

    /// Applies the council's decision: not applicable settles the item whatever the inputs hold;
    /// provided separately settles an item the inputs leave missing or stale, but never hides evidence
    /// in the pack that is invalid or needs review, nor replaces evidence that is present.
    static func apply(_ decision: ItemDecision?, to item: inout EvidenceItem) {
        guard let decision, !decision.isEmpty else { return }
        item.decision = decision
        let found = item.reason
        switch decision.kind {
        case .notApplicable?:
            item.status = .notApplicable
            item.reason = "not applicable, as the council decided" + (decision.note.map { ": \($0)" } ?? "")
                + (item.recordIDs.isEmpty ? "" : " (the inputs hold matching evidence anyway: \(found))")
        case .providedSeparately? where item.status == .missing || item.status == .stale:
            item.status = .providedSeparately
            item.reason = "provided separately, as the council decided" + (decision.note.map { ": \($0)" } ?? "")
                + " (in the inputs: \(found))"
        case .providedSeparately?:
            item.reason += item.status == .present ? "; also provided separately" : "; the council says it is provided separately, but the evidence in the inputs must be checked"
        case nil:
            break
        }
    }

    /// One warning per doubtful source among the item's records and per reason, sorted by source.
    static func warnings(for recordIDs: [String], candidates: [Candidate]) -> [EvidenceWarning] {
        let listed = Set(recordIDs)
        var seen = Set<EvidenceWarning>()
        var warnings: [EvidenceWarning] = []
        for candidate in candidates where listed.contains(candidate.record.id) {
            for reason in candidate.doubts {
                let warning = EvidenceWarning(source: candidate.record.provenance.source, reason: reason)
                if seen.insert(warning).inserted { warnings.append(warning) }
            }
        }
        return warnings.sorted { ($0.source, $0.reason) < ($1.source, $1.reason) }
    }

    var authorityPhrase: String {
        guard let authority else { return "" }
        return " for \(authority.name ?? authority.code ?? "the authority")"
    }

    /// Whether a record (with what the rules read of it) satisfies a rule; when it does, the date
    /// that dates it (or nil, wrapped).
    func matches(_ rule: MatchRule, _ subject: MatchSubject) -> CalendarDate?? {
        if let recordType = rule.recordType, recordType != (subject.isDocument ? "document" : "table") { return nil }
        // Every criterion must hold, so the cheap structural ones go first: most records fail them and
        // never reach a regular expression (10,000 pages against ~100 items made matching a fifth of a build).
        if let kind = subject.kind {
            guard rule.kpi.isEmpty, rule.annexAList == nil else { return nil }
            if !rule.kinds.isEmpty, !rule.kinds.contains(kind) { return nil }
        } else {
            guard rule.kinds.isEmpty, rule.committee.isEmpty, rule.text.isEmpty else { return nil }
        }
        if !rule.fileName.isEmpty, !Self.anyMatches(rule.fileName, subject.fileName) { return nil }
        if !rule.path.isEmpty, !Self.anyMatches(rule.path, subject.path) { return nil }
        if !rule.name.isEmpty {
            // The file's own name, never the folders above it: a LADO report filed under
            // "04 Self-evaluation" is not a self-evaluation.
            guard Self.anyMatches(rule.name, subject.fileName) || subject.title.map({ Self.anyMatches(rule.name, $0) }) == true else { return nil }
        }
        if !rule.title.isEmpty {
            guard rule.title.contains(where: { pattern in subject.titles.contains { pattern.matches($0) } }) else { return nil }
        }
        if subject.isDocument {
            if !rule.committee.isEmpty {
                guard let committee = subject.committee, rule.committee.contains(where: { $0.matches(committee) }) else { return nil }
            }
            if !rule.text.isEmpty {
                guard let document = subject.record.document, rule.text.contains(where: { $0.matchesPlainText(of: document) }) else { return nil }
            }
            return .some(subject.effectiveDate)
        }
        if let list = rule.annexAList {
            guard subject.annexAList == list else { return nil }
            return .some(referenceDate)
        }
        if !rule.kpi.isEmpty {
            guard let table = subject.record.table, let index = subject.kpiIndex else { return nil }
            let positions = index.observations(matching: rule.kpi, keeping: isAuthority)
            guard !positions.isEmpty else { return nil }
            return .some(positions.map { table.observations[$0].period.end }.max())
        }
        return .some(nil)
    }

    /// The file's own name: the last component of a path relative to the inputs.
    static func fileName(of path: String) -> String {
        // The text after the last `/` (asked for every rule and record, so no splitting into parts).
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        let name = path[path.utf8.index(after: slash)...]
        return name.isEmpty ? path.split(separator: "/").last.map(String.init) ?? path : String(name)
    }

    /// Whether any pattern matches the text as written or with `_` read as a space.
    static func anyMatches(_ patterns: [TextPattern], _ text: MatchSubject.Text) -> Bool {
        guard let spaced = text.spaced else { return patterns.contains { $0.matches(text.prepared) } }
        return patterns.contains { $0.matches(text.prepared) || $0.matches(spaced) }
    }

    /// Whether a geography is the pack's authority (any geography when no authority is set).
    func isAuthority(_ geography: Geography) -> Bool {
        guard let authority else { return true }
        if let code = authority.code, let other = geography.code { return code.caseInsensitiveCompare(other) == .orderedSame }
        if let name = authority.name { return name.caseInsensitiveCompare(geography.name) == .orderedSame }
        return true
    }

    /// The observations' indicator names that match any pattern, each distinct name tested once (a DfE
    /// file repeats a few names over thousands of observations).
    public static func matchingIndicators(_ observations: [KPIObservation], patterns: [String]) -> Set<String> {
        let wanted = patterns.map(IndicatorWording.forms(of:))
        var seen = Set<String>(), matched = Set<String>()
        for observation in observations where seen.insert(observation.indicator).inserted {
            let name = IndicatorWording.forms(of: observation.indicator)
            if wanted.contains(where: { name.matches($0) }) { matched.insert(observation.indicator) }
        }
        return matched
    }

    /// Case-insensitive indicator comparison, with `*` as the only wildcard (indicator names hold
    /// brackets, e.g. `children_count[Children looked after on 31 March each year]`). The same measure
    /// worded differently also matches: `_` and `-` read as spaces and number words as digits, so
    /// `*three or more placements*` finds `With 3 or more placements` and `cla_3_or_more_placements_percent`.
    public static func indicator(_ name: String, matches wanted: String) -> Bool {
        IndicatorWording.forms(of: name).matches(IndicatorWording.forms(of: wanted))
    }

    /// Number words read as digits, in the loose comparison.
    static let numberWords = ["one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                              "seven": "7", "eight": "8", "nine": "9", "ten": "10", "twelve": "12"]

    /// An indicator name or pattern worded loosely: lower case, `_` and `-` as spaces, number words as
    /// digits, runs of spaces as one (`*` kept).
    static func looseWording(_ text: String) -> String {
        var result = "", word = ""
        func flush() {
            result += numberWords[word] ?? word
            word = ""
        }
        for character in text.lowercased() {
            if character.isLetter {
                word.append(character)
            } else {
                flush()
                result.append(character == "_" || character == "-" ? " " : character)
            }
        }
        flush()
        return result.split(separator: " ").joined(separator: " ")
    }
}
