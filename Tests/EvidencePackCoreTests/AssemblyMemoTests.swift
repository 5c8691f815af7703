@testable import EvidencePackCore
import EvidenceModel
import Foundation
import Testing

/// A nightly build assembles items looking only at the records each rule concerned the night before
/// (and at records that are new): the items must be exactly those of a full assembly, on any day.
@Suite struct AssemblyMemoTests {
    static let firstDay = CalendarDate(iso8601: "2026-11-20")!

    static func ilacs() throws -> PackDefinition {
        let file = try #require(PackCatalog(directories: []).locate("ilacs", currentDirectory: URL(fileURLWithPath: "/")))
        return try PackDefinitionLoader().load(from: file)
    }

    static func record(_ path: String, kind: DocumentKind = "file", title: String? = nil, committee: String? = nil, date: String?) -> Record {
        var document = Document(kind: kind, title: title)
        document.committee = committee
        document.date = date.flatMap(CalendarDate.init(iso8601:))
        return Record(id: "\(path)#1", provenance: Provenance(source: path, sha256: "", importer: "test", importerVersion: "1"),
                      content: .document(document))
    }

    /// Evidence, near-misses (old, draft, wrong kind) and unrelated files, dated so that some go out
    /// of date between the days below.
    static let records: [Record] = [
        record("SEF 2026.docx", date: "2026-06-01"),
        record("SEF 2025.docx", date: "2025-12-15"),
        record("SEF_draft.docx", date: "2026-10-01"),
        record("minutes/SEF update.txt", kind: "meeting", date: "2026-10-01"),
        record("Improvement plan.pdf", kind: "report", date: "2026-01-10"),
        record("Improvement board 1.pdf", kind: "report", date: "2026-08-01"),
        record("Improvement board 2.pdf", kind: "report", date: "2026-06-10"),
        record("Corporate parenting minutes.txt", kind: "meeting", title: "Minutes", committee: "Corporate Parenting Panel", date: "2026-09-12"),
        record("LADO annual report.pdf", kind: "report", title: "LADO annual report 2025-26", date: "2026-05-01"),
        record("04 Self-evaluation/LADO report.pdf", kind: "report", date: "2026-05-01"),
        record("unrelated.pdf", date: "2026-10-01"),
        record("budget.xlsx", date: nil),
    ]

    /// Each item worked out from every record, as before any record was left aside: the reference.
    static func fromEveryRecord(_ assembler: EvidenceAssembler, _ records: [Record]) -> [EvidenceItem] {
        let subjects = records.map(MatchSubject.init)
        var items = assembler.pack.items.map { rule in
            assembler.item(for: rule, subjects: subjects, diagnostics: [], sourcesWithErrors: [],
                           doubts: EvidenceDoubts(referenceDate: assembler.referenceDate, diagnostics: []),
                           inspections: InspectionEvidence(authority: assembler.authority))
        }
        assembler.addInspectionNotes(to: &items, records: records)
        return items
    }

    @Test func theRecordsARuleConcernsDoNotDependOnTheDay() throws {
        let pack = try Self.ilacs()
        let (_, concerned) = EvidenceAssembler(pack: pack, referenceDate: Self.firstDay)
            .assemble(records: Self.records, diagnostics: [], considering: nil)
        #expect(concerned.count == pack.items.count)
        // The rules look closely at few records: the memo would spare nothing otherwise.
        #expect(concerned.contains { !$0.isEmpty })
        #expect(concerned.allSatisfy { $0.count < Self.records.count })
        var nearMissesSeen = false
        for days in [1, 45, 200, 400] {
            let day = Self.firstDay.adding(days: days)
            let assembler = EvidenceAssembler(pack: pack, referenceDate: day)
            let full = Self.fromEveryRecord(assembler, Self.records)
            nearMissesSeen = nearMissesSeen || full.contains { !$0.nearMisses.isEmpty }
            #expect(assembler.assemble(records: Self.records, diagnostics: []) == full, "day +\(days)")
            let (partial, again) = assembler.assemble(records: Self.records, diagnostics: [],
                                                      considering: .init(concerned: concerned, unknown: []))
            #expect(partial == full, "day +\(days)")
            #expect(again == concerned, "day +\(days)")
        }
        // Near-misses are what a memo that forgot the records a rule nearly matched would lose.
        #expect(nearMissesSeen)
    }

    @Test func theMemoLooksAtKnownRecordsWhereverTheyMovedAndAtEveryNewOne() throws {
        let memo = AssemblyMemo(fingerprint: "f", recordOrigins: ["a|1", "b|1", "c|1"], concerned: [[0, 2], [], [1]])
        // "b" gone, "c" moved to the front, "d" new.
        let considering = memo.recordsToConsider(origins: ["c|1", "d|1", "a|1"], fingerprint: "f", itemCount: 3)
        #expect(considering == .init(concerned: [[0, 2], [], []], unknown: [1]))
        #expect(memo.recordsToConsider(origins: ["a|1"], fingerprint: "other rules", itemCount: 3) == nil)
        #expect(memo.recordsToConsider(origins: ["a|1"], fingerprint: "f", itemCount: 4) == nil)
        #expect(memo.recordsToConsider(origins: ["a|1", nil], fingerprint: "f", itemCount: 3) == nil)
        #expect(memo.recordsToConsider(origins: ["a|1", "a|1"], fingerprint: "f", itemCount: 3) == nil)
    }

    @Test func aNewRecordIsAssembledAsInAFullAssembly() throws {
        let pack = try Self.ilacs()
        let assembler = EvidenceAssembler(pack: pack, referenceDate: Self.firstDay)
        let (_, concerned) = assembler.assemble(records: Self.records, diagnostics: [], considering: nil)
        let origins = Self.records.map { "key|\($0.id)" }
        let memo = AssemblyMemo(fingerprint: AssemblyMemo.fingerprint(of: assembler), recordOrigins: origins, concerned: concerned)
        let added = Self.record("Self-assessment 2026-11.docx", date: "2026-11-01")
        let records = [added] + Self.records
        let considering = try #require(memo.recordsToConsider(origins: ["new|\(added.id)"] + origins,
                                                              fingerprint: AssemblyMemo.fingerprint(of: assembler), itemCount: pack.items.count))
        #expect(considering.unknown == [0])
        let next = EvidenceAssembler(pack: pack, referenceDate: Self.firstDay.adding(days: 1))
        #expect(next.assemble(records: records, diagnostics: [], considering: considering).items
            == Self.fromEveryRecord(next, records))
        let selfEvaluation = try #require(pack.items.firstIndex { $0.id == "self-evaluation" })
        #expect(next.assemble(records: records, diagnostics: [], considering: considering).concerned[selfEvaluation].contains(0))
    }

    @Test func editedRulesOrAnotherAuthorityGiveAnotherFingerprint() throws {
        let pack = try Self.ilacs()
        let base = AssemblyMemo.fingerprint(of: EvidenceAssembler(pack: pack, referenceDate: Self.firstDay))
        #expect(base == AssemblyMemo.fingerprint(of: EvidenceAssembler(pack: pack, referenceDate: Self.firstDay.adding(days: 1))))
        var edited = pack
        edited.items[0].match.kinds = ["meeting"]
        #expect(base != AssemblyMemo.fingerprint(of: EvidenceAssembler(pack: edited, referenceDate: Self.firstDay)))
        #expect(base != AssemblyMemo.fingerprint(of: EvidenceAssembler(pack: pack, referenceDate: Self.firstDay,
                                                                       authority: AuthoritySpec(name: "Elsewhere", code: "E10000099"))))
    }
}
