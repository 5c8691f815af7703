import EvidenceModel
import EvidencePackCore
import Foundation
@testable import MinutesTextImporter
import Testing

/// Lists of people a copy wrapped or boxed: entries parted by semicolons and wrapped mid-entry, a Word table of
/// bars whose rows cut a name in two, one member a line with the cell's closing bar kept. Modelled on held-out
/// sets 5, 7, 9 and 12 (the shapes, not their words); the names here are invented.
@Suite struct WrappedPeopleListsTests {
    @Test func aListWrappedMidEntryIsJoinedIntoOneLine() {
        let lines = SourceLine.split("""
        In attendance: Rob Bell (RB), Interim Assistant Director
        Commissioning and Strategy, Kirkton Council / PCT; Mark Best (MB),
        KMPT; Ann Finn (AF), Director of Operations, Kirkton Community
        Healthcare; Jo Rees (JR), Strategic Coordinator.
        1. Welcome
        """)
        let joined = WrappedPeopleLists.joined(lines)
        #expect(joined.count == 2)
        #expect(joined[0].text.hasPrefix("In attendance: Rob Bell (RB), Interim Assistant Director Commissioning and Strategy"))
        #expect(joined[0].text.hasSuffix("Jo Rees (JR), Strategic Coordinator."))
        #expect(joined[1].text == "1. Welcome")
        // A list whose entries end at their lines, or with no semicolon at all, is left as printed.
        let plain = SourceLine.split("Present: Ann Lee, Bob Hay\nCarl Day, Di Roe\n")
        #expect(WrappedPeopleLists.joined(plain) == plain)
    }

    @Test func peopleOfAWrappedListAreThePeopleWithoutTheirPosts() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Kirkton Children's Trust Board
        Minutes of the meeting held on 20 July 2009 at 4.30pm

        Present: Cllr Les Webb (Chair); Jane Bell (JB), Kirkton PCT

        In attendance: Rob Bell (RB), Interim Assistant Director
        Commissioning and Strategy, Kirkton Council / PCT; Mark Best (MB),
        KMPT; Ann Finn (AF), Director of Operations, Kirkton Community
        Healthcare; Jo Rees (JR), Teenage Pregnancy Strategic Coordinator,
        Kirkton

        1. Welcome and apologies
        """)
        #expect(document.attendance.map(NameList.personKey) == ["les webb", "jane bell", "rob bell", "mark best", "ann finn", "jo rees"])
    }

    /// A Word table rendered as rows of bars, the participants' cell wrapped over rows with names cut between them.
    @Test func participantsOfATableOfBarsWrappedOverRowsAreEachOnePerson() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        |MEETING TITLE: |Integrated Children’s Services Board |MEETING DATE: |Monday |

        | | | |31 March 2014 |

        |PARTICIPANTS: |Gail Gray (GG) / Kirkton City Council / Education (Chair); Liz Tait (LT) / Kirkton City Council / Social Care; Sara Sands (SS) / Kirkton City |

        | |Council / Education, Culture and Sport; Kym Frew (KF) / NHS Kirkton; Kay Dunn (KD) / Kirkton City Council / Corporate Governance; Ed Tan (ET) |

        | |/ Children’s Reporter Administration (SCRA); Rab Craig (RC) / Police Scotland; and Lou Bean (LB) / Kirkton City Council / Education, |

        | |Culture and Sport |

        |APOLOGIES: |Lorna Curry (LC) / NHS Kirkton; Pete Lennox (PL) / Kirkton City Council / Housing; Stu |

        | |King (SK) / Kirkton City Youth Council; and Jo Dunn (ACVO) |

        |2. |Minute from Last Board Meeting for Approval |
        """)
        #expect(document.attendance.map(NameList.personKey) == ["gail gray", "liz tait", "sara sands", "kym frew", "kay dunn", "ed tan",
                                                                "rab craig", "lou bean"])
        #expect(document.apologies.map(NameList.personKey) == ["lorna curry", "pete lennox", "stu king", "jo dunn"])
    }

    /// A council's members, one a line, each cell's closing bar kept, group headings between them.
    @Test func membersOneALineWithTheirCellsBarsAreEachOnePerson() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        At a MEETING of the CHILDREN AND FAMILIES SERVICES COMMITTEE held remotely on 26th October, 2020.
        Present:-
        Lord Provost Ian BORE
        |
        Depute Lord Provost Bill CAIRD |
        BAILIES
        Will SAWYER |
        Kevin KEEN |
        COUNCILLORS
        John ALLAN |
        Steven ROSE |
        Councillor Kevin KEEN, Convener, in the Chair.
        I DECLARATION OF INTEREST
        There were no declarations of interest.
        """)
        #expect(document.attendance.map(NameList.personKey) == ["ian bore", "bill caird", "will sawyer", "kevin keen", "john allan", "steven rose"])
    }

    /// "Present:" over groups headed by the body their members sit for ("Kirkton Council:", "NHS Kirkton:", "Youth
    /// Convener:"): every group's people are present.
    @Test func groupsHeadedByTheirBodiesInsideAListOfThosePresent() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        Minutes of Meeting of the Education, Children and Adult Services Committee held in the Council Chamber, Kirkton on Thursday, 8 October 2015 at 10.05 am.

        Present:

        Kirkton Council:

        Mr D Mill (Chair), Mr A Bax (Substitute), Mrs C Cadd

        NHS Kirkton:

        Dr M Fox, Dr C Stark

        Youth Convener:

        Ms C Bates

        In attendance:

        Mr B Allan, Director of Care and Learning

        1. Apologies for Absence
        """)
        #expect(document.attendance.map(NameList.personKey) == ["d mill", "a bax", "c cadd", "m fox", "c stark", "c bates", "b allan"])
    }

    /// A Scottish minute a PDF put on one line, its labels in capitals ("PRESENT: … ATTENDING: … APOLOGY FOR ABSENCE:"):
    /// parted before each, so each list is read.
    @Test func capitalLabelsOfAMinuteOnOneLineEachOpenTheirList() async throws {
        let (document, _) = try await ImportHelpers.importText(
            "THE KIRKTON COUNCIL - EDUCATION SCRUTINY COMMITTEE - KIRKTON 2nd December, 2014 9.35 a.m. – 2.20 p.m. PRESENT: Councillors "
            + "Susan Lee (Chair), William Camp, Douglas Chap and Kate Stew, Mr. Alistair Crock and Mr. George Hagg. ATTENDING: Derek Muir, Head "
            + "of Housing Services, Alan Russ, Senior Manager, Housing Asset Management; Donna Mans, Head of Education (West). APOLOGIES FOR "
            + "ABSENCE: Councillor Alice Call. 255. DECLARATIONS OF INTEREST No declarations of interest were made.")
        #expect(document.attendance.map(NameList.personKey).prefix(6) == ["susan lee", "william camp", "douglas chap", "kate stew",
                                                                           "alistair crock", "george hagg"])
        #expect(document.attendance.map(NameList.personKey).contains("derek muir"))
        #expect(document.apologies.map(NameList.personKey) == ["alice call"])
    }

    /// A Word table of names and organisations joined with " / ": once rows have shown the organisations' column, a
    /// row whose organisation could pass for a name ("Jo Osman / Eastleigh Jobcentre Plus") gives the person alone; a
    /// role's cell before the person ("Acting Chair / Lisa Hume / …") is no one.
    @Test func rowsOfATableOfNamesAndOrganisations() async throws {
        #expect(NameList.personOfTableRow("Acting Chair / Lisa Hume / District Manager, Children and Families, HCC",
                                          organisationsBesideNames: false) == "Lisa Hume")
        #expect(NameList.personOfTableRow("Jo Osman / Eastleigh Jobcentre Plus", organisationsBesideNames: true) == "Jo Osman")
        #expect(NameList.personOfTableRow("Jo Osman / Eastleigh Jobcentre Plus", organisationsBesideNames: false) == nil)
        let (document, _) = try await ImportHelpers.importText("""
        KIRKTON LOCAL CHILDREN’S PARTNERSHIP

        23 January 2013

        Attendance

        Michael Clow (Interim Chair) / Community First Kirkton
        Jo Osman / Eastleigh Jobcentre Plus
        Becky Poll / Youth Options
        Acting Chair / Lisa Hume / District Manager, Children and Families, HCC
        Tom Bull / Kirkton Youth Advisory Group

        Apologies

        Andy Dyer / Kirkton Academy
        Sally Ann Evans / Ringwood Junior School

        1. INTRODUCTIONS AND WELCOME
        """)
        #expect(document.attendance.map(NameList.personKey) == ["michael clow", "jo osman", "becky poll", "lisa hume", "tom bull"])
        #expect(document.apologies.map(NameList.personKey) == ["andy dyer", "sally ann evans"])
    }
}
