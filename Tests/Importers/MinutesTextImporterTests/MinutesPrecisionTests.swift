import EvidenceModel
import Foundation
import Testing

/// The rules that keep the minutes reader from stating what a page does not (#17): a figure asked
/// about, a predicate taken for a subject, a resolution an agenda only proposes, a numbered paragraph
/// inside an item taken for the next item — and what it now reads that it missed. Fixtures written
/// for this project in the shapes of the labelled corpus.
@Suite struct MinutesPrecisionTests {
    static func facts(_ text: String) async throws -> [Fact] {
        try await ImportHelpers.importText("Notes of the meeting\n\n" + text + "\n").0.facts
    }

    /// The text of blocks and of their children, depth first.
    static func texts(_ blocks: [Block]) -> [String] {
        blocks.flatMap { [$0.text].compactMap { $0 } + texts($0.children ?? []) }
    }

    @Test("a figure inside a question is not stated of anything")
    func figureInAQuestion() async throws {
        let facts = try await Self.facts("Care leavers – what does suitable accommodation mean, and why 18%? Members asked how the rate could rise closer to 100%?")
        #expect(facts.filter { $0.kind == .percent }.isEmpty)
    }

    @Test("a predicate before a percentage is not its subject")
    func predicateIsNoSubject() async throws {
        let facts = try await Self.facts("Placement stability was 6.7 per cent, which was an improvement on 10.7 per cent last year.")
        #expect(!facts.contains { $0.value == 10.7 }, "\(facts.map(\.subject))")
    }

    @Test("the target of a percentage is its subject, and a limit in an if-clause is the limit's")
    func targetAndLimit() async throws {
        let facts = try await Self.facts("""
        In Quarter 3, 93.4 per cent of statutory visits were completed within timescale, above the target of 90 per cent and better than last year.

        The Committee noted that the stretch target could not rise if the upper limit was 95%.
        """)
        #expect(facts.first { $0.value == 90 }?.subject == "target")
        #expect(facts.first { $0.value == 95 }?.subject == "upper limit")
        #expect(facts.first { $0.value == 93.4 }?.subject.contains("statutory visits") == true)
    }

    @Test("a duration whose clause opens with another figure describes the noun after it")
    func durationAfterACount() async throws {
        let facts = try await Self.facts("Members were surprised that 669 children were seen over a three month period.")
        let duration = try #require(facts.first { $0.kind == .duration })
        #expect(duration.value == 3)
        #expect(duration.subject == "period")
        #expect(facts.first { $0.kind == .count }?.value == 669)
    }

    @Test("a duration in the singular describes the noun after it, with what that noun is 'of'")
    func durationDescribingANoun() async throws {
        let facts = try await Self.facts("""
        RESOLVED that Mr. K. Smyth be re-elected Chairman of the Forum for a further two year term of office, in line with the Regulations.

        A 12 week period of consultation will run from May.
        """)
        let durations = facts.filter { $0.kind == .duration }
        #expect(durations.first { $0.value == 2 }?.subject == "term of office", "\(durations.map(\.subject))")
        #expect(durations.first { $0.value == 12 }?.subject == "consultation", "\(durations.map(\.subject))")
    }

    @Test("'two days of training': what lasts that long follows 'of'")
    func durationOfSomething() async throws {
        let facts = try await Self.facts("However, another school had offered to provide two days of training for the cost of a TA.")
        #expect(facts.filter { $0.kind == .duration }.map(\.subject) == ["training"])
    }

    @Test("neither an age band nor the minutes of a meeting is a length of time")
    func agesAndMinutesAreNoDurations() async throws {
        let facts = try await Self.facts("""
        The online counselling service for 11-19 year olds had gone live on 9 July 2018.

        The part one minutes of the meeting held on 9th November required some amendments.

        Minute of the Appointment Committee of 11th May, and two minutes of 8th June were noted.
        """)
        #expect(facts.filter { $0.kind == .duration }.isEmpty, "\(facts.map { "\($0.value) \($0.subject)" })")
    }

    @Test("a limit on what may be sent, a pronoun and another figure are no figures' subjects")
    func limitsPronounsAndFigures() async throws {
        let facts = try await Self.facts("""
        Please share your views by uploading a video or audio file (maximum of 4 minutes) or a written representation (maximum of 500 words).

        He said these were the three important ones.

        It is a 2 year project work £1.5m, £200k for Kirkton.

        In more complex cases it had to be completed within 45 working days.
        """)
        #expect(!facts.contains { $0.value == 4 || $0.value == 500 }, "\(facts.map { "\($0.value) \($0.subject)" })")
        #expect(!facts.contains { $0.subject.hasPrefix("£") }, "\(facts.map { "\($0.value) \($0.subject)" })")
        #expect(!facts.contains { $0.kind == .count && $0.value == 3 })
        #expect(facts.contains { $0.value == 45 && $0.subject.contains("complex cases") })
    }

    @Test("a relative clause on a relative clause hangs on the first noun")
    func nestedRelativeClause() async throws {
        let facts = try await Self.facts("Previously there was an initial assessment within 10 working days, or a core assessment which was more comprehensive which needed to be completed within 45 working days.")
        #expect(facts.first { $0.value == 45 }?.subject == "core assessment")
    }

    @Test("money: a total is what it funds, a balance is a balance, a figure never names another figure")
    func moneySubjects() async throws {
        let facts = try await Self.facts("""
        The balance of £0.5m has been reserved to cover additional costs.

        Therefore a total of £4.7m was approved to fund CS Improvements from the reserve.

        Only £3.7m was spent within CSC during the first 2 years.
        """)
        #expect(facts.first { $0.value == 500_000 }?.subject == "balance")
        #expect(facts.first { $0.value == 4_700_000 }?.subject == "CS Improvements")
        #expect(!facts.contains { $0.kind == .duration && $0.subject.contains("£") })
    }

    @Test("on a page whose item numbers stand alone, a numbered paragraph inside an item is not the next item")
    func numberedParagraphInsideAnItem() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda

        Scrutiny Board (Children and Families) - Monday, 10th June, 2024 10.30 am

        Items
        No. Item

        1.

        Appeals Against Refusal of Inspection of Documents

        To consider any appeals.

        2.

        Exempt Information - Possible Exclusion of the Press and Public

        1.  To highlight reports which officers have identified as containing exempt information.

        2.  To consider whether or not to accept the officers recommendation.

        3.  If so, to formally pass the following resolution:-

        RESOLVED – That the press and public be excluded from the meeting during consideration of the exempt parts of the agenda.

        3.

        Late Items

        To identify items admitted to the agenda by the Chair.
        """)
        #expect(document.items.map(\.number) == ["1", "2", "3"])
        #expect(document.items.map(\.title) == ["Appeals Against Refusal of Inspection of Documents",
                                                "Exempt Information - Possible Exclusion of the Press and Public", "Late Items"])
        // The resolution the agenda proposes is not one the meeting passed.
        #expect(document.items.flatMap(\.decisions).isEmpty)
        #expect(!ImportHelpers.allBlocks(document).contains { $0.kind == .resolution })
    }

    @Test("a decision row of an 'Issue - decisions' page gives the decision, its date and what was decided")
    func issueDecisionsPage() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Issue - decisions

        Local Placement Plan

        17/03/2020 - Local Placement Plan - Children's Residential Care

        (i)  To approve the Local Placement Plan business case (appendix 1).

        (ii)  To delegate authority to the Executive Director to take the steps required to implement the proposals.
        """)
        #expect(document.kind == .decision)
        #expect(document.meetingDate == CalendarDate(iso8601: "2020-03-17"))
        // The page is that decision's record: its row's text is the page's own, under one "Decision:" resolution.
        #expect(document.items.isEmpty)
        let decided = Self.texts(document.blocks.filter { $0.kind == .resolution }).joined(separator: "\n")
        #expect(decided.contains("To approve the Local Placement Plan business case"))
        #expect(decided.contains("To delegate authority to the Executive Director"))
    }

    @Test("an 'Issue - decisions' page with two rows stays an issue history, dated by its latest row")
    func issueDecisionsPageWithTwoRows() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Issue - decisions

        Children's Homes Review

        02/09/2021 - Children's Homes Review - phase 2

        To approve phase 2 of the review.

        17/03/2020 - Children's Homes Review

        To consult on the review.
        """)
        #expect(document.kind == .issueHistory)
        #expect(document.meetingDate == CalendarDate(iso8601: "2021-09-02"))
        #expect(document.items.count == 2)
    }

    @Test("every sentence of apologies counts")
    func apologiesInSeveralSentences() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda and minutes

        Cabinet - Thursday, 20th March, 2025 2.30 pm

        1.

        Apologies for absence

        To receive any apologies for absence.

        Minutes:
        There were apologies from cabinet support members, councillors Hurcomb and Mason.
        There were further apologies from councillors, Crockett, James, Stark and Toynbee.
        """)
        #expect(document.apologies == ["Hurcomb", "Mason", "Crockett", "James", "Stark", "Toynbee"])
    }

    @Test("unlabelled minutes after a footer heading, a 'That' point beside resolutions, the item's own number and committee")
    func agendaItemPageWithoutMinutesLabel() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item

        Corporate Parenting Panel (C3103)

        Purpose: This report proposes changes to the governance of the Corporate Parenting Panel. The Children's, Young People and Education Cabinet Committee is asked to note the proposals.

        The Committee considered a report (Agenda Item 8) which proposed changes to the governance of the Panel.

        1.  That the report be noted.

        2.  The following comments were made:

        ·  The committee welcomed the report.

        3.  That officers report back to the July committee on progress.

        Supporting documents:

        Democratic Services
        """)
        #expect(document.itemNumber == "8")
        #expect(document.committee == "Children's, Young People and Education Cabinet Committee")
        let decided = try #require(document.items.first).decisions.compactMap(\.text)
        #expect(decided.contains { $0.hasPrefix("That the report be noted") })
        #expect(decided.contains { $0.hasPrefix("That officers report back") })
        #expect(!decided.contains { $0.hasPrefix("The following comments") })
    }

    @Test("'The Committee is asked' names no committee")
    func unnamedCommitteeIsNotOne() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item

        Performance Scorecard

        The Committee is asked to note the scorecard.

        Minutes:
        The scorecard was noted.
        """)
        #expect(document.committee == nil)
    }

    /// A decision maker is the committee only when it is a body that meets: a post names no committee.
    @Test(arguments: [("Cabinet", "Cabinet"), ("Strategic Director for Environment", nil),
                      ("Cabinet Member for Children's Services", nil), ("Corporate Parenting Panel", "Corporate Parenting Panel")]
          as [(String, String?)])
    func decisionMakerIsACommitteeOnlyWhenABodyMeets(maker: String, committee: String?) async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Decision details
        Residential care placements framework
        Decision Maker: \(maker)
        Decision:
        That the framework be approved.
        Date of decision: 27/07/2021
        """)
        #expect(document.committee == committee)
        #expect(document.properties["decisionMaker"] == maker)
    }

    /// "by 12 noon" is a time; "Three Villages Hall" and "Two Rivers Academy" are names. A number word that
    /// counts ("three schools") is still a count.
    @Test func timesOfDayAndNamesWithNumbersAreNoFacts() async throws {
        let facts = try await Self.facts("""
        Questions must reach the clerk by 12 noon on the second working day before the meeting.

        Emily Wood - Two Rivers Academy spoke for three schools.

        The group met at Three Villages Hall, Kirkton.
        """)
        #expect(facts.map(\.value) == [3])
        #expect(facts.first?.subject == "schools")
    }

    /// "six monthly progress reports", "on a six monthly basis": how often, not how many.
    @Test func howOftenIsNoCount() async throws {
        let facts = try await Self.facts("""
        The board will receive six monthly progress reports and meet on a six monthly basis. Two inspectors visited.
        """)
        #expect(facts.map(\.value) == [2])
        #expect(facts.first?.subject.hasPrefix("inspectors") == true)
    }
    /// "DI" in capitals is a police rank; "Di" is a first name and stays part of the person's name.
    @Test func diInCapitalsIsARankButDiIsAName() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the Corporate Parenting Panel
        held on 12 March 2024 at the Town Hall

        Present: Councillor Ann Brook (Chair), Councillor Tom Hale
        Officers: Di Marsh (Head of Service), DI Sam Fowler (Police)

        1. Minutes of the last meeting
        RESOLVED: That the minutes be agreed.
        """)
        #expect(document.attendance.contains { $0.hasPrefix("Di Marsh") })
        #expect(document.attendance.contains { $0.hasPrefix("Sam Fowler") })
        #expect(!document.attendance.contains { $0.hasPrefix("Marsh") })
    }
}
