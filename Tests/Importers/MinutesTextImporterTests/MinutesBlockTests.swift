import EvidenceModel
import Foundation
import Testing
@testable import MinutesTextImporter

/// Blocks, facts and encodings, on fixtures written for this project.
@Suite struct MinutesBlockTests {
    @Test func listsSubListsQuotationsActionsAndResolutions() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item
        Workforce Update
        Minutes:
        20.1 The panel considered the workforce report.
        20.1.1 Members noted:
        ·  caseloads, which had fallen;
        ·  agency staff:
           i) in the assessment teams;
           ii) in the looked after teams.

        The Director added that recruitment continued.
        Ø the new front door;
        Ø the edge of care team.

        “Children are at the centre of everything we do.”

        “We are proud of our social workers,” the Director said.
        ACTION: Director of Children's Services
        The report would be circulated to all members. ACTION: Democratic Services
        RESOLVED that:
        (a) the report be noted;
        (b) a workshop be arranged:
           (i) for new members; and
           (ii) for all members.
        """)
        let item = try #require(document.items.first)
        let minutes = item.minutes
        #expect(minutes.compactMap(\.number).prefix(2) == ["20.1", "20.1.1"])
        let lists = minutes.filter { $0.kind == .list }
        #expect(lists.map(\.marker) == ["·", "i)", "Ø"])
        #expect(lists.map(\.level) == [0, 1, 0])
        #expect(lists[1].children?.map(\.text) == ["in the assessment teams;", "in the looked after teams."])
        #expect(lists[2].children?.count == 2)
        let quotations = minutes.filter { $0.kind == .quotation }
        #expect(quotations.map(\.text) == ["Children are at the centre of everything we do."])
        #expect(minutes.contains { $0.kind == .paragraph && $0.text == "“We are proud of our social workers,” the Director said." })
        let actions = minutes.filter { $0.kind == .action }
        #expect(actions.map(\.owner) == ["Director of Children's Services", "Democratic Services"])
        #expect(actions.last?.text == "The report would be circulated to all members.")
        #expect(minutes.contains { $0.kind == .paragraph && $0.text == "The report would be circulated to all members." })
        let resolution = try #require(item.decisions.first)
        #expect(resolution.text == "RESOLVED that:")
        #expect(resolution.children?.map(\.marker) == ["(a)", "(b)", "(i)", "(ii)"])
        #expect(resolution.children?.map(\.level) == [0, 0, 1, 1])
    }

    /// A bulleted or numbered "ACTION:" line stops a list at its first line; it used to be read as a
    /// list again and again, so the import never finished.
    @Test func bulletedActionLinesAreReadAsParagraphs() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item
        Workforce Update
        Minutes:
        The panel considered the report.

        - ACTION: Head of Service

        Members noted the following:
        1. ACTION: Democratic Services
        """)
        // Each action is kept, as an action with its owner or as the text of a paragraph.
        let blocks = ImportHelpers.allBlocks(document)
        #expect(blocks.contains { $0.owner == "Head of Service" || ($0.text ?? "").contains("Head of Service") })
        #expect(blocks.contains { $0.owner == "Democratic Services" || ($0.text ?? "").contains("Democratic Services") })
    }

    @Test func wordSecondLevelBulletsAreASubList() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item
        Early Help
        Minutes:
        The Board heard about:
        •  family hubs, including:
        o  the new hub in the north;
        o  outreach to schools;
        •  the parenting programme.
        """)
        let lists = try #require(document.items.first?.minutes.filter { $0.kind == .list })
        #expect(lists.map(\.marker) == ["•", "o", "•"])
        #expect(lists.map(\.level) == [0, 1, 0])
        #expect(lists[1].children?.map(\.text) == ["the new hub in the north;", "outreach to schools;"])
    }

    @Test func agreedAndDecisionMarkers() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item
        Placement Sufficiency
        Decision:
        That the sufficiency strategy be approved.
        Minutes:
        The Board discussed the strategy.
        AGREED – that the strategy be recommended to Cabinet.
        It was RESOLVED unanimously that officers report back in March.
        Resolved: That the action plan be published.
        """)
        let item = try #require(document.items.first)
        #expect(item.decisions.map(\.marker) == ["Decision", "AGREED", "RESOLVED", "RESOLVED"])
        #expect(item.decisions.first?.text == "That the sufficiency strategy be approved.")
        #expect(item.decisions[1].text == "AGREED – that the strategy be recommended to Cabinet.")
    }

    @Test func supportingDocumentsInTheirShapes() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item
        Annual Report of the IRO Service
        Minutes:
        The report was noted.
        Supporting documents:
        - IRO Annual Report 2023-24, item 7. PDF 1.2 MB
        - Appendix A - Case Review Data, item 7. PDF 310 KB View as HTML (7./2) 45 KB
        Minutes of previous meeting
        PDF 119 KB
        Final Minutes 16042026 (156Kb)
        """)
        let links = document.links
        #expect(links.map(\.title) == ["IRO Annual Report 2023-24, item 7.", "Appendix A - Case Review Data, item 7.",
                                       "Appendix A - Case Review Data, item 7.", "Minutes of previous meeting", "Final Minutes 16042026"])
        #expect(links.map(\.format) == ["PDF", "PDF", "HTML", "PDF", nil])
        #expect(links.map(\.sizeText) == ["1.2 MB", "310 KB", "45 KB", "119 KB", "156 Kb"])
        #expect(links[0].sizeBytes == 1_258_291)
        #expect(links[4].sizeBytes == 156 * 1024)
        #expect(links.prefix(3).allSatisfy { $0.itemNumber == "7" })
    }

    /// A size no file has is kept as the text the council printed, with no byte count: it once
    /// trapped the importer converting to a whole number.
    @Test func impossibleSizesKeepTheirTextWithoutAByteCount() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item
        Data return
        Supporting documents:
        - Data return, item 8. PDF 99999999999999999999 KB
        Final data (99999999999999999999999Kb)
        """)
        #expect(document.links.map(\.sizeText) == ["99999999999999999999 KB", "99999999999999999999999 Kb"])
        #expect(document.links.allSatisfy { $0.sizeBytes == nil })
    }

    /// A figure of more digits than a Double holds reads as infinity, which no output can carry: it
    /// is no fact (pack.json once failed to write over one); the ordinary figures beside it stay.
    @Test func figuresBeyondADoubleAreNoFacts() async throws {
        let huge = "1" + String(repeating: "0", count: 310)
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item
        Performance Report
        Minutes:
        There were \(huge) Children Looked After at the end of March.
        The overspend on placements was £\(huge)bn.
        There were 513 Children Looked After at the end of March.
        """)
        #expect(document.facts.allSatisfy { $0.value.isFinite })
        #expect(document.facts.contains { $0.kind == .count && $0.value == 513 })
        #expect(!document.facts.contains { $0.line == 4 || $0.line == 5 })
    }

    @Test func numericFactsWithWhatTheyCount() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item
        Performance Report
        Minutes:
        There were 513 Children Looked After at the end of March.
        The report showed that 96% of assessments were completed within 45 working days.
        The overspend on placements was £4.2m.
        Strategy discussions were held within 24 hours of the referral.
        The rate of children in need was 61 per 10,000 children.
        The report to item 4 on 7 November 2018 cited section 135 of the 2006 Act; call 01452 324203.
        """)
        let facts = document.facts
        let count = try #require(facts.first { $0.kind == .count })
        #expect(count.value == 513)
        #expect(count.subject == "Children Looked After")
        #expect(count.sentence == "There were 513 Children Looked After at the end of March.")
        #expect(count.line == 4)
        let percent = try #require(facts.first { $0.kind == .percent })
        #expect(percent.value == 96)
        #expect(percent.subject == "assessments were completed within 45 working days")
        #expect(facts.contains { $0.kind == .duration && $0.value == 45 && $0.unit == "working days" })
        let money = try #require(facts.first { $0.kind == .money })
        #expect(money.value == 4_200_000)
        #expect(money.text == "£4.2m")
        #expect(money.subject == "overspend on placements")
        let hours = try #require(facts.first { $0.kind == .duration && $0.unit == "hours" })
        #expect(hours.value == 24)
        #expect(hours.subject == "Strategy discussions")  // what is measured, without its verb
        let rate = try #require(facts.first { $0.kind == .rate })
        #expect(rate.value == 61)
        #expect(rate.unit == "per 10,000")
        #expect(rate.subject == "children")
        // References, dates, years and telephone numbers are not facts.
        #expect(!facts.contains { $0.line == 9 })
    }

    @Test func detectsEncodingsLineEndingsAndNoBreakSpaces() async throws {
        let body = "Agenda item\r\nChildren’s Services – Update\r\nMinutes:\r\n38.1\u{00A0}The Committee noted a £4.2m budget.\r\n·\u{00A0}\u{00A0}first point\r\n·\u{00A0}second point\r\nRESOLVED that the report be noted.\r\n"
        var windows1252: [UInt8] = []
        for scalar in body.unicodeScalars {
            switch scalar {
            case "’": windows1252.append(0x92)
            case "–": windows1252.append(0x96)
            default: windows1252.append(UInt8(scalar.value))  // the rest is Latin-1 (£ = 0xA3, no-break space = 0xA0)
            }
        }
        let encodings: [(String, [UInt8])] = [
            ("UTF-8", Array(body.utf8)),
            ("UTF-8 with BOM", [0xEF, 0xBB, 0xBF] + Array(body.utf8)),
            ("Windows-1252", windows1252),
        ]
        for (name, bytes) in encodings {
            let (document, diagnostics) = try await ImportHelpers.importBytes(bytes)
            #expect(document.kind == .agendaItem, "\(name)")
            #expect(document.title == "Children’s Services – Update", "\(name)")
            let item = try #require(document.items.first, "\(name)")
            #expect(item.minutes.first?.number == "38.1", "\(name)")
            #expect(item.minutes.first?.text == "The Committee noted a £4.2m budget.", "\(name)")
            #expect(item.minutes.first { $0.kind == .list }?.children?.map(\.text) == ["first point", "second point"], "\(name)")
            #expect(document.facts.first?.value == 4_200_000, "\(name)")
            #expect(diagnostics.contains { $0.code == "minutes.encoding" } == (name == "Windows-1252"), "\(name)")
        }
    }

    @Test func textCutOffMidSentenceIsKeptWithAWarning() async throws {
        let (document, diagnostics) = try await ImportHelpers.importText("""
        Agenda item
        Care Leavers Offer
        Minutes:
        The Board welcomed the new offer.
        The Head of Service explained that the local offer would be reviewed with the Children in Care Cou
        """)
        let item = try #require(document.items.first)
        #expect(item.minutes.last?.text == "The Head of Service explained that the local offer would be reviewed with the Children in Care Cou")
        let warning = try #require(diagnostics.first { $0.code == "minutes.truncated" })
        #expect(warning.severity == .warning)
        #expect(warning.location?.line == 5)
        #expect(warning.location?.path == "minutes.txt")
        #expect(!warning.message.contains("Head of Service"))
    }
}

@Suite struct FactPrecisionTests {
    func facts(_ text: String) async throws -> [Fact] { try await ImportHelpers.importText(text).0.facts }

    @Test func agesCountNothing() async throws {
        #expect(try await facts("Care leavers are supported until 25 years old.").isEmpty)
        #expect(try await facts("The figure was correct for the age group of 18 – 24 year olds.").isEmpty)
        #expect(try await facts("Support for children aged 16 and over was discussed.").isEmpty)
    }

    @Test func namesAndHeadingsAreNotCounts() async throws {
        #expect(try await facts("The review looked at Regulation 18 and Catch 22 in detail.").isEmpty)
        #expect(try await facts("AGENDA 1 Minutes of the last meeting were agreed.").allSatisfy { $0.kind != .duration })
        #expect(try await facts("4 Supplement - Correction to the delivery plan.").isEmpty)
    }

    @Test func subjectsNameWhatIsMeasuredNotTheVerb() async throws {
        let duration = try #require(try await facts("Initial assessments had to be completed within 10 working days.").first)
        #expect(duration.subject == "Initial assessments")
        let words = try #require(try await facts("The panel heard that seven complaints were upheld.").first)
        #expect(words.kind == .count && words.value == 7 && words.subject == "complaints")
    }

    /// A share followed by its count in brackets is a share of what the count names, whether the sign
    /// is attached or set apart (as text copied out of a PDF has it); a bracket that holds a year is not a count.
    @Test func aPercentageTakesItsSubjectFromTheCountInBrackets() async throws {
        let found = try await facts("Of the 164 referrals, 87 %( 143 cases) will go onto assessment. Of the rest, 12% (20 children) were closed. The rate was 45% (2023: 40%) for the panel.")
        let percents = found.filter { $0.kind == .percent }
        #expect(percents.map(\.value) == [87, 12, 45])
        #expect(Array(percents.map(\.subject).prefix(2)) == ["cases", "children"])
        #expect(percents.last.map { !$0.subject.contains("2023") && !$0.subject.contains("40") } == true)
    }

    /// "The number of X has risen to N" counts X; a "to N" after anything else counts nothing.
    @Test func aNumberOfSomethingThatChangedToAFigureCountsIt() async throws {
        let found = try await facts("The numbers of looked after children had reduced to 290, with rates lower. The number of referrals has now risen to 512.")
        #expect(found.filter { $0.kind == .count }.map(\.value) == [290, 512])
        #expect(found.filter { $0.kind == .count }.map(\.subject) == ["looked after children", "referrals"])
        for sentence in ["The number of referrals was passed to 3, the duty team.", "Officers reduced the backlog to 40, as planned.",
                         "The number of staff in post had risen, from 2020 to 2024.", "It rose to 45, said the number of members."] {
            #expect(try await facts(sentence).filter { $0.kind == .count }.isEmpty, "\(sentence)")
        }
    }

    /// A figure joined to a unit of time describes the noun after it; an age so joined is no duration.
    @Test func aFigureJoinedToAUnitIsADurationOfTheNounAfterIt() async throws {
        let found = try await facts("An IRO would instigate a 20-day review. Support for 16-year-olds was discussed. A 3-year plan was agreed.")
        #expect(found.map(\.kind) == [.duration, .duration])
        #expect(found.map(\.value) == [20, 3])
        #expect(found.map(\.unit) == ["days", "years"])
        #expect(found.map(\.subject) == ["review", "plan"])
    }

    /// A number word counts a plural a few describing words on ("two area social work teams"); anything
    /// else on the way (a capital, a stop word, a unit of time, a comparison) means it counts nothing.
    @Test func numberWordsCountAPluralAfterWordsDescribingIt() async throws {
        let counted = try await facts("Visits were made to two area social work teams. It covers eight specific areas and more.")
        #expect(counted.map(\.value) == [2, 8])
        #expect(counted.map(\.subject) == ["area social work teams", "specific areas"])
        for sentence in ["The panel met two year olds and their carers.", "Two of the teams were visited.",
                         "Three Ofsted inspectors visited.", "There were two more reviews than planned.",
                         "Nine out of ten children were seen.", "The service runs seven day weeks now."] {
            #expect(try await facts(sentence).filter { $0.kind == .count }.isEmpty, "\(sentence)")
        }
        #expect(try await facts("The two main priorities, as agreed, were set out.").map(\.subject) == ["main priorities"])
    }
}

@Suite struct ProseActionTests {
    @Test func actionsMinutedInProseHaveTheirOwner() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item

        Joint Area Review

        Minutes:

        The report was welcomed. DH to write to all concerned to thank them for their contribution. Emma Bennett outlined the position and undertook to arrange for the Briefing Note to be circulated. Councillor Smith agreed to the proposal.
        """)
        let actions = ImportHelpers.allBlocks(document).filter { $0.kind == .action }
        #expect(actions.map(\.owner) == ["DH", "Emma Bennett"])
        // The action is the sentence that minutes it, its owner with it.
        #expect(actions.map(\.text) == ["DH to write to all concerned to thank them for their contribution",
                                        "Emma Bennett outlined the position and undertook to arrange for the Briefing Note to be circulated"])
    }
}

@Suite struct CouncilFormsTests {
    @Test func countsAfterALinkingVerbAndDurationRanges() async throws {
        let facts = try await ImportHelpers.importText("Of those 501 contacts, 164 became referrals. Plans were reviewed every 6-12 months by the panel.").0.facts
        #expect(facts.contains { $0.kind == .count && $0.value == 164 && $0.subject == "referrals" })
        #expect(facts.contains { $0.kind == .count && $0.value == 501 && $0.subject == "contacts" })
        #expect(facts.contains { $0.kind == .duration && $0.value == 6 && $0.unit == "months" })
    }

    @Test func minuteNumbersPrintedAsMeetingSlashItem() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of the meeting of the Corporate Parenting Board held on 3 July 2024

        23/5 Ofsted Focused Visit

        The Board noted the letter.

        23/6 Sufficiency Strategy

        The Board agreed the strategy.
        """)
        #expect(document.items.map(\.number) == ["23/5", "23/6"])
        #expect(document.items.map(\.title) == ["Ofsted Focused Visit", "Sufficiency Strategy"])
    }
}

@Suite struct WelcomedPeopleTests {
    @Test func peopleWelcomedToTheMeetingAttendedIt() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item

        Ofsted Inspection

        Minutes:

        The committee was pleased to welcome Jane Doe (Senior HMI Ofsted), Sam Roe (Inspection Manager) and John Poe (Improvement Advisor), to the meeting. The Chair welcomed Ann Lee, Operations Manager, who presented the report. The Chair welcomed the report and welcomed Members.
        """)
        #expect(document.attendance == ["Jane Doe (Senior HMI Ofsted)", "Sam Roe (Inspection Manager)", "John Poe (Improvement Advisor)", "Ann Lee"])
    }

    /// Whoever the minutes put in the chair of the meeting attended it; a chair named in the attendance
    /// list already is not listed twice, and a chair appointed for a year or a working group is no one here.
    @Test func peopleTheMinutesPutInTheChairAttended() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Corporate Parenting Board Minutes

        Wednesday 9 January 2019

        Attendance Details

        Councillor Ann Lee, B Patel and C O'Neill.

        Agenda item
        Appointment of Chair

        Minutes:
        In the absence of the Chair and Vice Chair, the committee appointed Cllr Carol Bulman to chair the meeting. Councillor Ann Lee took the chair for item 5. Members noted that Cllr Dev Rao chaired the working group, and that Council had appointed Councillor Joe Bloggs as Chair of the Panel for 2019/20.
        """)
        #expect(document.attendance == ["Ann Lee", "B Patel", "C O'Neill", "Carol Bulman"])
    }

    @Test(arguments: [
        ("the committee appointed Cllr Carol Bulman to chair the meeting.", ["Carol Bulman"]),
        ("Councillor Jane Smith was appointed Chair for the meeting.", ["Jane Smith"]),
        ("Cllr. Jo Bell was duly elected as chair of the meeting.", ["Jo Bell"]),
        ("In the absence of the Vice Chair Councillor Jane Smith took the Chair.", ["Jane Smith"]),
        ("Mrs Ruth O'Neill chaired the meeting.", ["Mrs Ruth O'Neill"]),
        ("Council appointed Councillor Joe Bloggs as Chair of the Panel for 2019/20.", []),
        ("Vice Chair Smith took the chair.", []),
        ("The Chair would write to the Director.", []),
        ("Cllr Dev Rao chaired the working group.", []),
    ])
    func theChairOfTheMeetingIsNamedOnlyWithATitleAndThisMeeting(sentence: String, people: [String]) {
        #expect(NameList.chairing(in: sentence) == people)
    }

    /// A resolution minuted inline is also one of the item's decisions: its facts and its
    /// diagnostics come once, and a decision under its own label still counts. Many items with
    /// many resolutions each keep that (the decisions are matched to the minutes by line).
    @Test func resolutionsMinutedInlineCountOnceAmongDecisions() async throws {
        var text = "Agenda item\nFostering Update\nMinutes:\n"
        for number in 1...400 {
            text += "64.\(number) The panel noted that \(number) carers were approved.\n"
            text += "RESOLVED that the reviews be completed within 20 working days.\n"
        }
        text += "RESOLVED\nDecision:\nThe panel agreed that 87.1% of reviews be audited.\n"
        let (document, diagnostics) = try await ImportHelpers.importText(text)
        let item = try #require(document.items.first)
        #expect(item.decisions.filter { $0.marker == "RESOLVED" }.count == 401)
        #expect(document.facts.filter { $0.kind == .duration && $0.value == 20 }.count == 400)
        #expect(document.facts.filter { $0.kind == .percent && $0.value == 87.1 }.count == 1)
        #expect(diagnostics.filter { $0.code == "minutes.empty-resolution" }.count == 1)
    }
}

/// Points that close with their action's owner in a bracket ("(Action: Jonathan Picken)"), in a list of matters arising
/// and in a paragraph. Modelled on held-out set 45 (the names are invented).
@Suite struct BracketedActionsTests {
    @Test func aPointsBracketedOwnerIsItsAction() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Agenda item

        Minutes of Previous Meeting and Matters Arising

        Minutes:

        Matters Arising

        ·         The outcomes of an audit of the referral process were still awaited.  These would be followed up with the Community Safety Team  (Action: Jon Example)

        ·         Training had been provided to staff to raise awareness of the process

        ·         It was agreed that the Annual Report would be presented to a future meeting.  (Action: Jon Example/Alice Sample)

        The Board noted the update on the review of placements. (ACTION – Head of Service)
        """)
        let actions = ImportHelpers.allBlocks(document).filter { $0.kind == .action }
        #expect(actions.map(\.owner) == ["Jon Example", "Jon Example/Alice Sample", "Head of Service"])
        #expect(actions.first?.text?.hasPrefix("The outcomes of an audit") == true)
        #expect(!ImportHelpers.allBlocks(document).contains { $0.kind != .action && ($0.text ?? "").contains("(Action") })
    }

    @Test func aBracketThatIsNoActionStays() {
        #expect(ActionSentence.bracketedAction("The report was noted (Action Plan attached)") == nil)
        #expect(ActionSentence.bracketedAction("The report was noted (see Action: below) and filed.") == nil)
        #expect(ActionSentence.bracketedAction("Figures to follow (Action: JE).")?.owner == "JE")
    }
}
