import EvidenceModel
@testable import EvidencePackCore
import Foundation
import Testing

/// A near-miss check does not search a record's text again when the match already settled it: a
/// record that did not match, and meets every other criterion, failed the text one. The shortcut
/// must give the same checks as searching, for every mix of criteria and records.
@Suite struct NearMissTextTests {
    static let referenceDate = CalendarDate(iso8601: "2026-11-20")!

    func rule(_ satisfiedBy: String) throws -> (EvidenceAssembler, MatchRule) {
        let assembler = try OneItemPack.assembler(satisfiedBy: satisfiedBy, referenceDate: Self.referenceDate)
        return (assembler, try #require(assembler.pack.items.first).match)
    }

    static let records: [Record] = {
        var records: [Record] = []
        let kinds: [DocumentKind] = ["meeting", "report"]
        let titles = ["Ofsted inspection readiness", "Budget", nil]
        let committees = ["Cabinet", "Planning committee", nil]
        let texts = ["The Ofsted report was discussed.", "Nothing of note.", ""]
        for kind in kinds {
            for title in titles {
                for committee in committees {
                    for text in texts {
                        var document = Document(kind: kind, title: title, committee: committee)
                        document.blocks = text.isEmpty ? [] : [Block(.paragraph, text: text)]
                        let path = "\(kind)-\(records.count).html"
                        records.append(Record(id: "\(path)#1", provenance: Provenance(source: path, sha256: "", importer: "test", importerVersion: "1"),
                                              content: .document(document)))
                    }
                }
            }
        }
        return records
    }()

    @Test(arguments: [
        "{record: document, text: ['ofsted', '\\bILACS\\b']}",
        "{record: document, committee: ['cabinet'], text: ['ofsted']}",
        "{kind: [meeting], text: ['ofsted']}",
        "{title: ['readiness'], text: ['ofsted']}",
        "{kind: [report], title: ['budget'], committee: ['planning'], text: ['ofsted']}",
    ])
    func theShortcutGivesTheChecksASearchGives(_ satisfiedBy: String) throws {
        let (assembler, rule) = try rule(satisfiedBy)
        var unmatched = 0, settled = 0
        for record in Self.records {
            let subject = MatchSubject(record)
            guard assembler.matches(rule, subject) == nil else { continue }
            unmatched += 1
            let searched = assembler.criterionChecks(rule, subject)
            let shortcut = assembler.criterionChecks(rule, subject, knownUnmatched: true)
            #expect(shortcut?.map(\.passed) == searched?.map(\.passed), "\(record.provenance.source)")
            #expect(shortcut?.map(\.distinctive) == searched?.map(\.distinctive), "\(record.provenance.source)")
            #expect(shortcut?.map(\.failure) == searched?.map(\.failure), "\(record.provenance.source)")
            if let searched, searched.dropLast().allSatisfy(\.passed) { settled += 1 }
        }
        // Each rule leaves records the shortcut settles.
        #expect(unmatched > 0 && settled > 0)
    }
}
