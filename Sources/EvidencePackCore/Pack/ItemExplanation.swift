import EvidenceModel

/// Why one input file did or did not count for an item.
public struct FileVerdict: Hashable, Sendable {
    /// How the file stands against the item's rule.
    public enum Outcome: String, Hashable, Sendable {
        /// It satisfies the rule and counts.
        case counts
        /// It satisfies the rule but is doubtful (draft, damaged, future-dated): it counts only once a person has looked.
        case needsReview
        /// It satisfies the rule's criteria but is too old (or undated) for the item's freshness.
        case tooOld
        /// It satisfies the rule but reading or validating it reported errors.
        case invalid
        /// It meets some of the rule's criteria, not all.
        case partial

        /// The outcome in plain words, for `explain`.
        public var words: String {
            switch self {
            case .counts: "counts"
            case .needsReview: "counts only after review"
            case .tooOld: "does not count (too old)"
            case .invalid: "does not count (errors)"
            case .partial: "does not count"
            }
        }
    }

    /// The input file's path, relative to the inputs folder.
    public var source: String
    /// How it stands.
    public var outcome: Outcome
    /// Why, in plain words; never the file's content or title (a title can name a child).
    public var reason: String
}

/// Why an item has its status: the item, its rule in plain words, and every file the rule considered.
public struct ItemExplanation: Sendable {
    /// The item with its status and reason.
    public var item: EvidenceItem
    /// What satisfies the item, in plain words.
    public var ruleInWords: String
    /// Files that met at least one of the rule's distinctive criteria, sorted by source.
    public var files: [FileVerdict]
    /// Input files that met none of the rule's distinctive criteria (not listed one by one).
    public var unrelatedFileCount: Int
    /// For a KPI item that is not present: indicator names in the inputs that share words with its
    /// patterns without matching them (`turnover rate of children and family social workers` for
    /// `*social worker turnover*`), best first, so a pack's pattern can be corrected.
    public var nearIndicators: [NearIndicator] = []
}

/// An indicator name that shares words with a KPI pattern without matching it.
public struct NearIndicator: Hashable, Sendable {
    /// The indicator name as the table gives it.
    public var name: String
    /// The input file holding it.
    public var source: String

    public init(name: String, source: String) {
        self.name = name
        self.source = source
    }
}

/// One criterion of a rule checked against one record.
struct CriterionCheck {
    /// Whether the criterion singles evidence out (title, name, path, text, committee, KPI, list);
    /// a record type or document kind alone does not.
    var distinctive: Bool
    /// Whether the record meets it.
    var passed: Bool
    /// Why it does not, in plain words.
    var failure: String { describeFailure() }
    // Worded only when asked: every rule is checked against every record, and most checks pass or
    // are never reported, so building the sentences up front showed in profiles of large packs.
    private let describeFailure: () -> String

    init(distinctive: Bool, passed: Bool, failure: @autoclosure @escaping () -> String) {
        self.distinctive = distinctive
        self.passed = passed
        self.describeFailure = failure
    }
}

extension EvidenceAssembler {
    /// Why the bundle's item with this id has its status, or nil when the pack has no such item.
    public func explain(itemID: String, in bundle: EvidenceBundle) -> ItemExplanation? {
        guard let rule = pack.items.first(where: { $0.id == itemID }),
              let item = bundle.items.first(where: { $0.id == itemID }) else { return nil }
        let records = bundle.records, diagnostics = bundle.diagnostics, sourceCount = bundle.sources.count
        let files = fileVerdicts(for: rule, records: records, diagnostics: diagnostics)
        var explanation = ItemExplanation(item: item, ruleInWords: ruleInWords(rule), files: files,
                                          unrelatedFileCount: max(0, sourceCount - files.count))
        if !rule.match.kpi.isEmpty, item.status != .present {
            explanation.nearIndicators = Self.nearIndicators(to: rule.match.kpi, in: records)
        }
        return explanation
    }

    /// Words too common in indicator names to say two of them are about the same measure.
    static let commonIndicatorWords: Set<String> = ["with", "from", "that", "this", "each", "within", "months", "year",
                                                   "years", "percent", "rate", "number", "children", "child", "count",
                                                   "total", "during", "march", "have", "were", "per"]

    /// Indicator names (at most five, best first) sharing a distinctive word with a pattern (`referral`
    /// and `referrals` count as shared), when no indicator of the inputs matches any pattern (when one
    /// does, the item is missing for another reason, e.g. no figure for the authority, and names are no help).
    static func nearIndicators(to patterns: [String], in records: [Record]) -> [NearIndicator] {
        let tables = records.compactMap(\.table)
        guard !tables.contains(where: { !matchingIndicators($0.observations, patterns: patterns).isEmpty }) else { return [] }
        func words(_ text: String) -> [String] {
            looseWording(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
                .filter { $0.count >= 4 && !commonIndicatorWords.contains($0) }
        }
        func related(_ a: String, _ b: String) -> Bool {
            a == b || (min(a.count, b.count) >= 5 && (a.hasPrefix(b) || b.hasPrefix(a)))
        }
        let wanted = Set(patterns.flatMap(words))
        guard !wanted.isEmpty else { return [] }
        var best: [String: (score: Int, source: String)] = [:]
        for record in records {
            guard let table = record.table else { continue }
            for name in Set(table.observations.map(\.indicator)) where best[name] == nil {
                let nameWords = words(name)
                let score = wanted.filter { pattern in nameWords.contains { related(pattern, $0) } }.count
                if score > 0 { best[name] = (score, record.provenance.source) }
            }
        }
        return best.sorted { ($1.value.score, $0.key) < ($0.value.score, $1.key) }
            .prefix(5).map { NearIndicator(name: $0.key, source: $0.value.source) }
    }

    /// Files that nearly satisfied an item, each with why it did not count (one per file, sorted).
    /// `matched` holds `matches(rule.match, subject)` for each of `subjects`, in order (the assembler has
    /// just worked it out); `doubts` and `sourcesWithErrors` are the build's, shared by every item.
    func nearMisses(for rule: ItemRule, subjects: [MatchSubject], matched: [CalendarDate??], doubts: EvidenceDoubts,
                    sourcesWithErrors: Set<String>) -> [EvidenceWarning] {
        fileVerdicts(for: rule, subjects: subjects, matched: matched, doubts: doubts, sourcesWithErrors: sourcesWithErrors)
            .filter { $0.outcome != .counts }
            .map { EvidenceWarning(source: $0.source, reason: $0.reason) }
    }

    /// One verdict per file that met at least one distinctive criterion of the rule, sorted by source;
    /// a file with several records gets the verdict of its best record.
    func fileVerdicts(for rule: ItemRule, records: [Record], diagnostics: [Diagnostic]) -> [FileVerdict] {
        let sourcesWithErrors = Set(diagnostics.filter { $0.severity == .error }.compactMap { $0.location?.path })
        let doubts = EvidenceDoubts(referenceDate: referenceDate, diagnostics: diagnostics)
        let subjects = records.map(MatchSubject.init)
        return fileVerdicts(for: rule, subjects: subjects, matched: subjects.map { matches(rule.match, $0) },
                            doubts: doubts, sourcesWithErrors: sourcesWithErrors)
    }

    /// `fileVerdicts(for:records:diagnostics:)` with each record's match already worked out.
    func fileVerdicts(for rule: ItemRule, subjects: [MatchSubject], matched: [CalendarDate??],
                      doubts: EvidenceDoubts, sourcesWithErrors: Set<String>) -> [FileVerdict] {
        precondition(matched.count == subjects.count, "one match outcome per record")
        var best: [String: FileVerdict] = [:]
        for (subject, outcome) in zip(subjects, matched) {
            guard let verdict = verdict(for: rule, subject: subject, matched: outcome, doubts: doubts,
                                        sourcesWithErrors: sourcesWithErrors) else { continue }
            if let known = best[verdict.source], Self.rank(known.outcome) <= Self.rank(verdict.outcome) { continue }
            best[verdict.source] = verdict
        }
        return best.values.sorted { $0.source < $1.source }
    }

    /// Lower is closer to counting.
    static func rank(_ outcome: FileVerdict.Outcome) -> Int {
        switch outcome {
        case .counts: 0
        case .needsReview: 1
        case .invalid: 2
        case .tooOld: 3
        case .partial: 4
        }
    }

    /// The verdict on one record, or nil when it meets none of the rule's distinctive criteria.
    /// `matched` is the record's match, `matches(rule.match, subject)`.
    func verdict(for rule: ItemRule, subject: MatchSubject, matched: CalendarDate??, doubts: EvidenceDoubts,
                 sourcesWithErrors: Set<String>) -> FileVerdict? {
        let source = subject.path.written
        guard let matched else {
            guard let checks = criterionChecks(rule.match, subject, knownUnmatched: true),
                  checks.contains(where: { $0.distinctive && $0.passed }) else { return nil }
            let failures = checks.filter { !$0.passed }.map(\.failure)
            return FileVerdict(source: source, outcome: .partial, reason: failures.joined(separator: " and "))
        }
        let date = matched
        if let maxAge = rule.maxAgeMonths {
            let cutoff = referenceDate.adding(months: -maxAge)
            guard let date else {
                return FileVerdict(source: source, outcome: .tooOld, reason: "it is undated, so it cannot be shown to be from the last \(maxAge) months")
            }
            if date < cutoff {
                return FileVerdict(source: source, outcome: .tooOld, reason: "it is dated \(date.iso8601), older than \(maxAge) months")
            }
        }
        if sourcesWithErrors.contains(source) {
            return FileVerdict(source: source, outcome: .invalid, reason: "it has validation errors")
        }
        let reasons = doubts.reasons(for: subject.record, date: date)
        if !reasons.isEmpty {
            return FileVerdict(source: source, outcome: .needsReview, reason: "it " + reasons.joined(separator: "; it "))
        }
        return FileVerdict(source: source, outcome: .counts, reason: date.map { "dated \($0.iso8601)" } ?? "undated")
    }

    /// Each criterion of the rule checked on its own, or nil when the record is of the wrong type
    /// altogether (a KPI table is never a near-miss for a document item). `knownUnmatched`: the
    /// caller already knows `matches(rule, subject)` is nil, which settles the text criterion when
    /// every other one holds (see `documentChecks`).
    func criterionChecks(_ rule: MatchRule, _ subject: MatchSubject, knownUnmatched: Bool = false) -> [CriterionCheck]? {
        let wantsTable = rule.recordType == "table" || !rule.kpi.isEmpty || rule.annexAList != nil
        let wantsDocument = rule.recordType == "document" || !rule.kinds.isEmpty || !rule.committee.isEmpty || !rule.text.isEmpty
        if subject.isDocument ? wantsTable : wantsDocument { return nil }
        var checks: [CriterionCheck] = []
        if let kind = subject.kind, !rule.kinds.isEmpty {
            checks.append(CriterionCheck(distinctive: false, passed: rule.kinds.contains(kind),
                                         failure: "it is of kind \(kind), not \(Self.alternatives(rule.kinds.map(\.rawValue), quoted: false))"))
        }
        if !rule.fileName.isEmpty {
            checks.append(CriterionCheck(distinctive: true, passed: Self.anyMatches(rule.fileName, subject.fileName),
                                         failure: "its file name does not match \(Self.quoted(rule.fileName))"))
        }
        if !rule.path.isEmpty {
            checks.append(CriterionCheck(distinctive: true, passed: Self.anyMatches(rule.path, subject.path),
                                         failure: "its path does not match \(Self.quoted(rule.path))"))
        }
        if !rule.name.isEmpty {
            let passed = Self.anyMatches(rule.name, subject.fileName) || subject.title.map { Self.anyMatches(rule.name, $0) } == true
            checks.append(CriterionCheck(distinctive: true, passed: passed,
                                         failure: "neither its file name nor its title matches \(Self.quoted(rule.name))"))
        }
        if !rule.title.isEmpty {
            let passed = rule.title.contains { pattern in subject.titles.contains { pattern.matches($0) } }
            checks.append(CriterionCheck(distinctive: true, passed: passed, failure: "its title does not match \(Self.quoted(rule.title))"))
        }
        if subject.isDocument {
            // The body text is the costly criterion and a weak signal alone: it is read only when another
            // distinctive criterion already holds, or when it is the rule's only one.
            let othersDistinctive = checks.contains(where: \.distinctive) || !rule.committee.isEmpty
            let readText = !othersDistinctive || checks.contains { $0.distinctive && $0.passed }
                || (subject.committee.map { committee in rule.committee.contains { $0.matches(committee) } } ?? false)
            checks += documentChecks(rule, subject, readText: readText, unmatchedWithOthersMet: knownUnmatched && checks.allSatisfy(\.passed))
        } else if let table = subject.record.table {
            checks += tableChecks(rule, table, index: subject.kpiIndex)
        }
        return checks
    }

    /// The criteria only a document can meet: committee and text (the text, when not read, counts as not met).
    /// `unmatchedWithOthersMet`: the record did not match although every criterion checked before these
    /// holds; if the committee's does too, the text is what failed, and it is not searched again (the
    /// match just searched it: on 10,000 pages that second search was a twentieth of `check`).
    func documentChecks(_ rule: MatchRule, _ subject: MatchSubject, readText: Bool, unmatchedWithOthersMet: Bool = false) -> [CriterionCheck] {
        var checks: [CriterionCheck] = []
        if !rule.committee.isEmpty {
            let committee = subject.committee
            let passed = committee.map { committee in rule.committee.contains { $0.matches(committee) } } ?? false
            checks.append(CriterionCheck(distinctive: true, passed: passed,
                                         failure: committee == nil ? "it names no committee" : "its committee does not match \(Self.quoted(rule.committee))"))
        }
        if !rule.text.isEmpty {
            let settledAsFailed = !readText || (unmatchedWithOthersMet && checks.allSatisfy(\.passed))
            let document = settledAsFailed ? nil : subject.record.document
            let passed = document.map { document in rule.text.contains { $0.matchesPlainText(of: document) } } ?? false
            checks.append(CriterionCheck(distinctive: true, passed: passed,
                                         failure: "its text does not mention \(Self.quoted(rule.text))"))
        }
        return checks
    }

    /// The criteria only a table can meet: an Annex A list number, KPI indicators.
    func tableChecks(_ rule: MatchRule, _ table: Table, index: KPIIndicatorIndex?) -> [CriterionCheck] {
        var checks: [CriterionCheck] = []
        if let list = rule.annexAList {
            checks.append(CriterionCheck(distinctive: true, passed: table.kind == .annexAList && table.annexAList == list,
                                         failure: "it is not Annex A list \(list)"))
        }
        if !rule.kpi.isEmpty {
            let passed = !(index?.observations(matching: rule.kpi, keeping: isAuthority).isEmpty ?? true)
            checks.append(CriterionCheck(distinctive: true, passed: passed,
                                         failure: "it holds no figure for \(Self.alternatives(rule.kpi, quoted: true))\(authorityPhrase)"))
        }
        return checks
    }

    // MARK: the rule in plain words

    /// What satisfies the item, in plain words: "a document whose title matches 'self-evaluation',
    /// dated on or after 2025-11-20".
    public func ruleInWords(_ rule: ItemRule) -> String {
        let match = rule.match
        var words = rule.minimumCount > 1 ? "at least \(rule.minimumCount) of: " : ""
        words += Self.subject(match)
        var clauses: [String] = []
        if !match.fileName.isEmpty { clauses.append("whose file name matches \(Self.quoted(match.fileName))") }
        if !match.name.isEmpty { clauses.append("whose file name or title matches \(Self.quoted(match.name))") }
        if !match.title.isEmpty { clauses.append("whose title matches \(Self.quoted(match.title))") }
        if !match.path.isEmpty { clauses.append("whose path matches \(Self.quoted(match.path))") }
        if !match.committee.isEmpty { clauses.append("of a committee matching \(Self.quoted(match.committee))") }
        if !match.text.isEmpty { clauses.append("whose text mentions \(Self.quoted(match.text))") }
        if !match.kpi.isEmpty { clauses.append("with figures for \(Self.alternatives(match.kpi, quoted: true))\(authorityPhrase)") }
        if !clauses.isEmpty { words += " " + clauses.joined(separator: ", ") }
        if let months = rule.maxAgeMonths {
            words += ", dated on or after \(referenceDate.adding(months: -months).iso8601) (\(months) months before \(referenceDate.iso8601))"
        }
        return words
    }

    /// "a document", "a document of kind meeting or agendaItem", "Annex A list 3", "a table".
    static func subject(_ match: MatchRule) -> String {
        if let list = match.annexAList { return "Annex A list \(list)" }
        if !match.kpi.isEmpty || match.recordType == "table" { return "a table" }
        if !match.kinds.isEmpty { return "a document of kind \(alternatives(match.kinds.map(\.rawValue), quoted: false))" }
        if match.recordType == "document" { return "a document" }
        return "a document or table"
    }

    /// Patterns as written, quoted and joined with "or".
    static func quoted(_ patterns: [TextPattern]) -> String {
        alternatives(patterns.map(\.pattern), quoted: true)
    }

    /// Words joined as "a, b or c", each quoted when asked.
    static func alternatives(_ words: [String], quoted: Bool) -> String {
        let shown = words.map { quoted ? "'\($0)'" : $0 }
        guard shown.count > 2 else { return shown.joined(separator: " or ") }
        return shown.dropLast().joined(separator: ", ") + " or " + (shown.last ?? "")
    }
}
