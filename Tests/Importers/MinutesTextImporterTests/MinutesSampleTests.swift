import EvidenceModel
import EvidencePackCore
import Foundation
import MinutesTextImporter
import Testing

/// The real samples in ../shared/samples/minutes, read in place; each test skips with a message
/// where its file is absent. The expected values were read off the files by eye.
@Suite(.enabled(if: ImportHelpers.hasSamples, "needs ../shared/samples/minutes")) struct MinutesSampleTests {
    @Test func everySampleIsSniffedAsMinutesText() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: ImportHelpers.samples.path)
        for name in names.sorted() where name.hasSuffix(".txt") {
            let data = try Data(contentsOf: ImportHelpers.samples.appendingPathComponent(name))
            let probe = SourceProbe(path: name, head: Array(data.prefix(4096)), size: Int64(data.count))
            #expect(MinutesTextImporter().confidence(for: probe) >= 0.5, "\(name)")
        }
    }

    @Test func towerHamletsAgendaItem() async throws {
        guard let (document, diagnostics) = try await ImportHelpers.importSample("000_919a1e2508d53cec.txt") else { return }
        #expect(document.kind == .agendaItem)
        #expect(document.title == "Children's Services Inspection Preparation")
        #expect(document.itemNumber == "4.1")
        let item = try #require(document.items.first)
        #expect(item.description.first?.text == "TO FOLLOW")
        let bullets = try #require(item.minutes.first { $0.kind == .list })
        #expect(bullets.marker == "·")
        #expect(bullets.children?.count == 5)
        #expect(bullets.children?.first?.text?.hasPrefix("Clarified that although high staff turnover") == true)
        let resolution = try #require(item.decisions.first)
        #expect(resolution.kind == .resolution)
        #expect(resolution.text == "RESOLVED that")
        #expect(resolution.children?.map(\.text) == ["That the presentation be noted."])
        #expect(document.links.map(\.sizeText) == ["268 KB", "1 MB"])
        #expect(document.links.first?.title == "Cover Report CESSC Childrens Services Inspection 121023, item 4.1")
        #expect(document.links.last?.sizeBytes == 1_048_576)
        let families = try #require(document.facts.first { $0.kind == .count && $0.value == 400 })
        #expect(families.subject == "family group conferences")
        #expect(families.sentence == "400 family group conferences take place yearly to support families.")
        let staff = try #require(document.facts.first { $0.kind == .percent && $0.value == 24 })
        #expect(staff.subject.hasPrefix("staff have worked in the borough"))
        #expect(document.facts.contains { $0.kind == .count && $0.value == 25 && $0.subject == "newly qualified social workers" })
        #expect(document.facts.contains { $0.kind == .duration && $0.value == 5 && $0.unit == "years" && $0.subject == "support package" })
        // The page gives no meeting date: said so, not invented.
        #expect(document.effectiveDate == nil)
        #expect(diagnostics.contains { $0.code == "minutes.no-date" })
    }

    @Test func towerHamletsCabinetReport() async throws {
        guard let (document, _) = try await ImportHelpers.importSample("002_280fa46104bba6e6.txt") else { return }
        #expect(document.kind == .report)
        #expect(document.title == "Outcome of recent Ofsted Inspection of Local Authority Children's Services (ILACS)")
        #expect(document.committee == "Cabinet")
        #expect(document.date?.iso8601 == "2019-07-31")
        #expect(document.properties["reportOf"] == "Debbie Jones, Corporate Director Children & Culture")
        #expect(document.properties["classification"] == "Unrestricted")
        #expect(document.properties["leadMember"]?.hasPrefix("Councillor Danny Hassell") == true)
        #expect(document.properties["originatingOfficer"]?.hasPrefix("Jonathan Solomons") == true)
        let sections = document.blocks.filter { $0.kind == .heading && $0.level == 1 }
        #expect(sections.map(\.number) == ["1", "2", "3", "4", "5"])
        #expect(sections.map(\.text).contains("DETAILS OF THE REPORT"))
        #expect(sections.map(\.text).contains("ALTERNATIVE OPTIONS"))
        let paragraphs = document.blocks.filter { $0.kind == .numberedParagraph }.compactMap(\.number)
        #expect(paragraphs.starts(with: ["1.1", "2.1", "3.1", "3.2", "3.3"]))
        #expect(paragraphs.contains("4.2") && paragraphs.contains("5.2"))
        let grades = try #require(document.blocks.first { $0.kind == .table && $0.rows?.first == ["Judgement", "Grade"] })
        #expect(grades.hasHeader == true)
        #expect(grades.rows?.last == ["Overall effectiveness", "Good"])
        #expect(grades.rows?.count == 5)
        let quotations = document.blocks.filter { $0.kind == .quotation }
        #expect(quotations.count >= 20)
        #expect(quotations.first?.text?.hasPrefix("Services for children in Tower Hamlets are now good") == true)
        // Recommendations: the heading, then what the Mayor in Cabinet is recommended to do.
        let recommendations = try #require(document.blocks.firstIndex { $0.kind == .heading && $0.text == "Recommendations" })
        let list = try #require(document.blocks[recommendations...].first { $0.kind == .list })
        #expect(list.children?.first?.text == "Note the contents of this report and the outcome of the recent inspection")
        // "Linked Report: None." lists nothing; "Appendices: ILACS Report" is one document.
        #expect(document.links.map(\.title) == ["ILACS Report"])
        let money = document.facts.filter { $0.kind == .money }
        #expect(money.contains { $0.value == 4_200_000 && $0.text == "£4.2m" && $0.sentence.contains("estimated cost of this plan") })
        #expect(money.contains { $0.value == 5_200_000 && $0.subject == "additional growth" })
    }

    @Test func brightonAgendaItemWithDecisionAndMinutes() async throws {
        guard let (document, diagnostics) = try await ImportHelpers.importSample("004_9f663b870c1edfc5.txt") else { return }
        #expect(document.kind == .agendaItem)
        #expect(document.title == "Ofsted - an update on the 2015 children's services inspection")
        #expect(document.committee == "Children, Young People & Skills Committee")
        #expect(document.meetingDate?.iso8601 == "2017-11-13")
        #expect(document.itemNumber == "38")
        let item = try #require(document.items.first)
        #expect(item.number == "38")
        let numbers = item.minutes.compactMap(\.number)
        #expect(numbers == ["38.1", "38.2", "38.3", "38.4", "38.5", "38.6", "38.7", "38.8", "38.9", "38.10"])
        let decision = try #require(item.decisions.first)
        #expect(decision.number == "38.1" && decision.marker == "RESOLVED")
        #expect(decision.text?.contains("noted the progress made around recommendations") == true)
        let final = try #require(item.minutes.last { $0.kind == .resolution })
        #expect(final.children?.map(\.number) == ["(1)", "(2)"])
        #expect(document.links.filter { $0.format == "PDF" }.map(\.sizeText) == ["266 KB", "462 KB"])
        #expect(document.links.filter { $0.format == "HTML" }.map(\.sizeText) == ["51 KB", "82 KB"])
        let assessments = try #require(document.facts.first { $0.kind == .percent && $0.subject.hasPrefix("assessments") })
        #expect(assessments.value == 96)
        #expect(assessments.sentence == "Councillor Wealls noted that 96% of assessments were completed within 45 working days, and asked if that was a national standard.")
        #expect(document.facts.contains { $0.kind == .duration && $0.value == 24 && $0.unit == "hours" && $0.text == "twenty-four hours" })
        #expect(document.facts.contains { $0.kind == .count && $0.value == 669 && $0.subject == "children" })
        #expect(document.facts.contains { $0.kind == .count && $0.value == 51_000 })
        #expect(diagnostics.isEmpty)
    }

    @Test func gloucestershireMeetingPage() async throws {
        guard let (document, diagnostics) = try await ImportHelpers.importSample("m01_gloucestershire_ieListDocuments_CId670_MId8841.txt") else { return }
        #expect(document.kind == .meeting)
        #expect(document.committee == "Children and Families Overview and Scrutiny Committee")
        #expect(document.meetingDate?.iso8601 == "2017-09-25")
        #expect(document.venue == "Meeting Rooms 1 and 2, Shire Hall, Gloucester")
        #expect(document.items.map(\.number) == ["19", "20"])
        #expect(document.items.map(\.title) == ["Declarations of interest", "Ofsted Inspection - The Improvement Journey"])
        #expect(document.items[0].minutes.first?.text == "No declarations of interest were received.")
        let ofsted = document.items[1]
        #expect(ofsted.links.first?.sizeText == "489 KB")
        #expect(ofsted.minutes.compactMap(\.number).starts(with: ["20.1", "20.1.1"]))
        #expect(ofsted.minutes.contains { $0.kind == .list && $0.marker == "·" && ($0.children?.count ?? 0) == 4 })
        let truncated = try #require(diagnostics.first { $0.code == "minutes.truncated" })
        #expect(truncated.location?.line == 71)
        #expect(truncated.location?.path == "m01_gloucestershire_ieListDocuments_CId670_MId8841.txt")
    }

    @Test func southamptonIssuePage() async throws {
        guard let (document, diagnostics) = try await ImportHelpers.importSample("m04_southampton_ieIssueDetails_IId26304.txt") else { return }
        #expect(document.kind == .issueHistory)
        #expect(document.title == "Statement from Chair")
        #expect(document.committee == "Children and Families Scrutiny Panel")
        #expect(document.meetingDate?.iso8601 == "2020-01-23")
        #expect(document.itemNumber == "25")
        let item = try #require(document.items.first)
        #expect(item.title == "Statement from the Chair")
        #expect(item.minutes.first { $0.kind == .list }?.children?.count == 7)
        #expect(item.decisions.first?.text?.hasPrefix("RESOLVED that a formal report") == true)
        #expect(diagnostics.isEmpty)
    }

    @Test func barnsleyAgendaItemCutOff() async throws {
        guard let (document, diagnostics) = try await ImportHelpers.importSample("m07_barnsley_mgAi_20811.txt") else { return }
        #expect(document.kind == .agendaItem)
        #expect(document.title == "Children's Social Care Performance Cover Report")
        let item = try #require(document.items.first)
        #expect(item.description.first?.children?.count == 3)
        let resolution = try #require(item.decisions.first)
        #expect(resolution.text == "RESOLVED that:")
        #expect(resolution.children?.first?.marker == "i)")
        #expect(resolution.children?.first?.text == "witnesses be thanked for their attendance and contribution; and")
        // The two witnesses welcomed to the meeting are its attendance, not a list in the minutes.
        #expect(document.attendance == ["Mel John-Ross", "Margaret Bruff"])
        #expect(item.minutes.filter { $0.kind == .list }.map { $0.children?.count ?? 0 } == [7])
        #expect(diagnostics.contains { $0.code == "minutes.truncated" && $0.location?.line == 51 })
    }

    @Test func kentAgendaItemWithoutHeader() async throws {
        guard let (document, diagnostics) = try await ImportHelpers.importSample("m10_kent_mgAi_44338.txt") else { return }
        #expect(document.kind == .agendaItem)
        let item = try #require(document.items.first)
        #expect(item.description.first?.text?.hasPrefix("The report provides Members with progress") == true)
        #expect(item.minutes.first?.kind == .numberedParagraph && item.minutes.first?.number == "1")
        #expect(item.minutes.contains { $0.kind == .list && $0.children?.first?.marker == "a)" })
        let resolution = try #require(item.decisions.first)
        #expect(resolution.number == "2")
        #expect(resolution.text?.hasPrefix("RESOLVED that the performance scorecards") == true)
        #expect(diagnostics.contains { $0.code == "minutes.no-title" && $0.location?.line == 1 })
    }

    @Test func middlesbroughAKSMinutes() async throws {
        guard let (document, diagnostics) = try await ImportHelpers.importSample("m16_middlesbrough_aks_CPB_meet1013.txt") else { return }
        #expect(document.kind == .meeting)
        #expect(document.committee == "Corporate Parenting Board")
        #expect(document.meetingDate?.iso8601 == "2019-01-09")
        #expect(document.venue == "Mandela Room, Town Hall, Middlesbrough")
        #expect(document.attendance.count == 19)
        #expect(document.attendance.first == "M Carr (Chair)")
        #expect(document.attendance.last == "A Williams")
        #expect(document.apologies == ["J Sharrocks", "J Walker"])
        let agreed = ImportHelpers.allBlocks(document).filter { $0.kind == .resolution }
        // Three AGREED resolutions, and the previous minutes "submitted and approved as a correct record" (no label).
        #expect(agreed.count == 4)
        #expect(agreed.filter { $0.marker == "AGREED" }.count == 3)
        #expect(agreed.contains { $0.marker == nil && $0.text?.hasPrefix("The minutes of the Corporate Parenting Board meeting") == true })
        #expect(ImportHelpers.allBlocks(document).contains { $0.kind == .quotation && $0.text?.hasPrefix("I understand that") == true })
        #expect(diagnostics.contains { $0.code == "minutes.truncated" && $0.location?.line == 50 })
    }
}
