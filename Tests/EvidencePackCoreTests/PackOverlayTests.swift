import EvidenceFixtures
import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

/// A council's overlay pack (`extends:`) changes only the lines it gives; its decisions on items
/// (not applicable, provided separately, owner, due) reach the statuses.
@Suite struct PackOverlayTests {
    static let base = """
    formatVersion: 1
    id: base
    title: Base pack
    version: "2.0"
    authority: {name: Exampleshire, code: E06000999, statisticalNeighbours: [E06000998]}
    options: {keep: base, change: base}
    exporters: [json]
    sections:
      - {id: gov, title: Governance}
    items:
      - id: cpb
        title: Corporate parenting board minutes
        section: gov
        why: Shows the board meets.
        satisfiedBy: {committee: ["corporate parenting"]}
        maxAgeMonths: 12
      - id: sef
        title: Self-evaluation
        section: gov
        satisfiedBy: {kind: [file], name: ['\\bSEF\\b']}
      - id: lado
        title: LADO annual report
        section: gov
        satisfiedBy: {kind: [file], name: ['LADO']}
    """

    static let referenceDate = CalendarDate(iso8601: "2026-11-20")!

    func folder(base: String = Self.base, overlay: String) throws -> (TemporaryFolder, URL) {
        let folder = try TemporaryFolder()
        try folder.write(base, to: "base/pack.yaml")
        return (folder, try folder.write(overlay, to: "council/pack.yaml"))
    }

    func problems(_ overlay: String, base: String = Self.base) throws -> [Diagnostic] {
        let (folder, file) = try self.folder(base: base, overlay: overlay)
        defer { folder.cleanup() }
        do {
            _ = try PackDefinitionLoader().load(from: file)
            return []
        } catch let error as PackDefinitionError {
            return error.problems
        }
    }

    @Test func anOverlayChangesOnlyWhatItGives() throws {
        let (folder, file) = try folder(overlay: """
        formatVersion: 1
        extends: ../base
        title: Middlesbrough's pack
        authority: {name: Middlesbrough, code: E06000002}
        options: {change: council}
        sections:
          - {id: local, title: Local items}
        items:
          - id: cpb
            maxAgeMonths: 6
            owner: Head of Service
            due: 2026-12-15
          - id: sef
            providedSeparately: shown on the day
          - id: lado
            notApplicable: true
          - id: youth-justice
            title: Youth justice plan
            section: local
            satisfiedBy: {name: ['youth justice']}
        """)
        defer { folder.cleanup() }
        let pack = try PackDefinitionLoader().load(from: file)
        #expect(pack.identity.id == "base")
        #expect(pack.identity.title == "Middlesbrough's pack")
        #expect(pack.identity.version == "2.0")
        #expect(pack.authority == AuthoritySpec(name: "Middlesbrough", code: "E06000002", statisticalNeighbours: ["E06000998"]))
        #expect(pack.options == ["keep": "base", "change": "council"])
        #expect(pack.exporters.map(\.id) == ["json"])
        #expect(pack.sections.map(\.id) == ["gov", "local"])
        #expect(pack.items.map(\.id) == ["cpb", "sef", "lado", "youth-justice"])
        let cpb = pack.items[0]
        #expect(cpb.maxAgeMonths == 6)
        #expect(cpb.why == "Shows the board meets.")
        #expect(cpb.match.committee.map(\.pattern) == ["corporate parenting"])
        #expect(cpb.decision == ItemDecision(owner: "Head of Service", due: CalendarDate(iso8601: "2026-12-15")))
        #expect(pack.items[1].decision == ItemDecision(kind: .providedSeparately, note: "shown on the day"))
        #expect(pack.items[2].decision == ItemDecision(kind: .notApplicable))
        #expect(pack.file == file)
    }

    /// The measure: an overlay gives the same items as the full pack with those lines changed.
    @Test func anOverlayAssemblesLikeTheEditedFullPack() throws {
        let overlay = """
        formatVersion: 1
        extends: ../base
        items:
          - id: cpb
            maxAgeMonths: 3
          - id: sef
            providedSeparately: shown on the day
        """
        let edited = Self.base.replacingOccurrences(of: "maxAgeMonths: 12", with: "maxAgeMonths: 3")
            .replacingOccurrences(of: "satisfiedBy: {kind: [file], name: ['\\bSEF\\b']}",
                                  with: "satisfiedBy: {kind: [file], name: ['\\bSEF\\b']}\n    providedSeparately: shown on the day")
        let (folder, file) = try folder(overlay: overlay)
        defer { folder.cleanup() }
        try folder.write(edited, to: "edited/pack.yaml")
        let fromOverlay = try PackDefinitionLoader().load(from: file)
        let fromEdited = try PackDefinitionLoader().load(from: folder.path("edited/pack.yaml"))
        #expect(fromEdited.items.first { $0.id == "sef" }?.decision?.kind == .providedSeparately)
        let records = [Self.minutes(committee: "Corporate Parenting Board", date: "2026-07-01", path: "minutes/cpb.txt")]
        let viaOverlay = EvidenceAssembler(pack: fromOverlay, referenceDate: Self.referenceDate).assemble(records: records, diagnostics: [])
        let viaEdit = EvidenceAssembler(pack: fromEdited, referenceDate: Self.referenceDate).assemble(records: records, diagnostics: [])
        #expect(viaOverlay == viaEdit)
        #expect(viaOverlay.map(\.status) == [.stale, .providedSeparately, .missing])
    }

    @Test func decisionsSettleItemsButNeverHideEvidenceProblems() throws {
        let (folder, file) = try folder(overlay: """
        formatVersion: 1
        extends: ../base
        items:
          - {id: cpb, providedSeparately: "sent by the clerk"}
          - {id: sef, providedSeparately: "shown on the day"}
          - {id: lado, notApplicable: "no LADO in this test"}
        """)
        defer { folder.cleanup() }
        let pack = try PackDefinitionLoader().load(from: file)
        let draft = Self.file(name: "SEF draft.docx", date: "2026-10-01")
        let report = Self.file(name: "LADO annual report.pdf", date: "2026-10-01")
        let doubt = Diagnostic(.error, code: "damaged", message: "cannot read", location: SourceLocation(path: draft.provenance.source))
        let items = EvidenceAssembler(pack: pack, referenceDate: Self.referenceDate).assemble(records: [draft, report], diagnostics: [doubt])
        let status = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0.status) })
        // Missing evidence the council provides another way is settled; invalid evidence in the inputs is not hidden.
        #expect(status["cpb"] == .providedSeparately)
        #expect(status["sef"] == .invalid)
        #expect(items[1].reason.contains("provided separately"))
        // Not applicable settles the item even when the inputs hold evidence, and says so.
        #expect(status["lado"] == .notApplicable)
        #expect(items[2].reason.contains("hold matching evidence anyway"))
        #expect(items[2].recordIDs == [report.id])
    }

    @Test func theGapReportShowsDecisionsAndOverdueItems() throws {
        var overdue = EvidenceItem(id: "cpb", title: "Minutes", section: "gov", required: true, status: .missing, reason: "none")
        overdue.decision = ItemDecision(owner: "Head of Service", due: CalendarDate(iso8601: "2026-11-01"))
        var settled = EvidenceItem(id: "lado", title: "LADO", section: "gov", required: true, status: .notApplicable, reason: "not applicable")
        settled.decision = ItemDecision(kind: .notApplicable, note: "none here")
        let bundle = EvidenceBundle(generator: "test", pack: PackIdentity(id: "t", title: "T", version: "1"),
                                    referenceDate: Self.referenceDate, sections: [PackSection(id: "gov", title: "Governance")],
                                    items: [overdue, settled], sources: [], records: [], diagnostics: [])
        let text = GapReport.text(for: bundle)
        #expect(text.contains("Council decision: owner: Head of Service; due 2026-11-01 — OVERDUE"))
        #expect(text.contains("council decision: not applicable: none here"))
        #expect(bundle.actionItems.map(\.id) == ["cpb"])
        #expect(text.contains("1 not applicable"))
        #expect(!bundle.isComplete)
    }

    @Test func overlayMistakesAreReportedWithTheirLines() throws {
        let notFound = try problems("formatVersion: 1\nextends: ../nowhere\n")
        #expect(notFound.contains { $0.message.contains("extends '../nowhere', which was not found") && $0.location?.line == 2 })
        let both = try problems("formatVersion: 1\nextends: ../base\nitems:\n  - {id: sef, notApplicable: x, providedSeparately: y}\n")
        #expect(both.contains { $0.message.contains("both notApplicable and providedSeparately") })
        let badDate = try problems("formatVersion: 1\nextends: ../base\nitems:\n  - {id: sef, due: 15/12/2026}\n")
        #expect(badDate.contains { $0.message.contains("due must be a date written YYYY-MM-DD") && $0.location?.line == 4 })
        let badCode = try problems("formatVersion: 1\nextends: ../base\nauthority: {code: E6000002}\n")
        #expect(badCode.contains { $0.message.contains("authority code 'E6000002' is not an ONS code") && $0.location?.line == 3 })
        let newItemWithoutRule = try problems("formatVersion: 1\nextends: ../base\nitems:\n  - {id: extra, title: Extra, section: gov}\n")
        #expect(newItemWithoutRule.contains { $0.message.contains("item 'extra' has no 'satisfiedBy' rule") })
        let unknownSection = try problems("formatVersion: 1\nextends: ../base\nitems:\n  - {id: sef, section: nowhere}\n")
        #expect(unknownSection.contains { $0.message.contains("names section 'nowhere'") })
    }

    @Test func aLoopOfOverlaysIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        try folder.write("formatVersion: 1\nextends: ../b\n", to: "a/pack.yaml")
        try folder.write("formatVersion: 1\nextends: ../a\n", to: "b/pack.yaml")
        #expect(throws: PackDefinitionError.self) { try PackDefinitionLoader().load(from: folder.path("a/pack.yaml")) }
        do {
            _ = try PackDefinitionLoader().load(from: folder.path("a/pack.yaml"))
        } catch let error as PackDefinitionError {
            #expect(error.problems.contains { $0.message.contains("the chain of overlays is a loop") })
        }
    }

    @Test func theBaseProblemsAreReportedAgainstTheBaseFile() throws {
        let broken = Self.base.replacingOccurrences(of: "maxAgeMonths: 12", with: "maxAgeMonths: -1")
        let found = try problems("formatVersion: 1\nextends: ../base\n", base: broken)
        #expect(found.contains { $0.message.contains("maxAgeMonths must be a positive") && $0.location?.path.hasSuffix("base/pack.yaml") == true })
        #expect(found.contains { $0.message.contains("whose definition has the problems above") })
    }

    static func minutes(committee: String, date: String, path: String) -> Record {
        var document = Document(kind: .meeting, title: "\(committee) minutes")
        document.committee = committee
        document.date = CalendarDate(iso8601: date)
        return Record(id: "\(path)#1", provenance: Provenance(source: path, sha256: "", importer: "test", importerVersion: "1"),
                      content: .document(document))
    }

    static func file(name: String, date: String) -> Record {
        var document = Document(kind: "file", title: name)
        document.date = CalendarDate(iso8601: date)
        return Record(id: "documents/\(name)#1", provenance: Provenance(source: "documents/\(name)", sha256: "", importer: "test", importerVersion: "1"),
                      content: .document(document))
    }
}

/// ONS codes of authorities with children's services, and the check that the pack's name and code agree.
@Suite struct AuthorityCheckTests {
    @Test func wellFormedCodes() {
        #expect(AuthorityCode.isWellFormed("E06000047"))
        #expect(AuthorityCode.isWellFormed("E10000002"))
        #expect(!AuthorityCode.isWellFormed("E92000001"))
        #expect(!AuthorityCode.isWellFormed("E0600004"))
        #expect(!AuthorityCode.isWellFormed("e06000047"))
        #expect(AuthorityCode.looksLikeCode("E0600047"))
        #expect(!AuthorityCode.looksLikeCode("Gateshead"))
    }

    static func kpi(code: String, name: String, path: String = "kpi/cin.csv") -> Record {
        let observation = KPIObservation(indicator: "rate", period: Period(kind: .year, label: "2025", end: CalendarDate(iso8601: "2025-03-31")!),
                                         geography: Geography(level: .localAuthority, code: code, name: name), value: .number(1), unit: .count)
        let table = Table(kind: .kpi, title: "CIN", observations: [observation])
        return Record(id: "\(path)#1", provenance: Provenance(source: path, sha256: "", importer: "test", importerVersion: "1"), content: .table(table))
    }

    @Test func aNameThatDisagreesWithTheCodeIsAnErrorNamingBoth() {
        let authority = AuthoritySpec(name: "Middlesbrough", code: "E06000047")
        let found = AuthorityCheck.check(authority, records: [Self.kpi(code: "E06000047", name: "County Durham")])
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("'Middlesbrough' with code E06000047") == true)
        #expect(found.first?.message.contains("gives E06000047 to 'County Durham'") == true)
        #expect(found.first?.location?.path == "kpi/cin.csv")
        let otherCode = AuthorityCheck.check(authority, records: [Self.kpi(code: "E06000002", name: "Middlesbrough")])
        #expect(otherCode.first?.message.contains("gives 'Middlesbrough' the code E06000002") == true)
    }

    @Test func agreeingSpellingsAndOtherAuthoritiesPass() {
        let authority = AuthoritySpec(name: "Bristol", code: "E06000023")
        #expect(AuthorityCheck.check(authority, records: [Self.kpi(code: "E06000023", name: "Bristol, City of"),
                                                            Self.kpi(code: "E06000047", name: "County Durham")]).isEmpty)
        #expect(AuthorityCheck.namesAgree("Brighton & Hove", "Brighton and Hove"))
    }
}
