import EvidenceModel
import Foundation
@testable import MinutesTextImporter
import Testing

/// Shapes of PDF copies flattened onto one line, from held-out sets 24 and 38: a table of people flattened column by
/// column ("Name … Position …"), minutes numbered on from earlier meetings ("164. PRAYERS 164.1. …"), a letterhead run
/// into the heading, the meeting's hours before its place. The names are invented.
@Suite struct ColumnFlattenedTablesTests {
    /// The names column whole, up to the next column's heading; people told apart by their bracketed initials or by the
    /// shape of names.
    @Test func aNamesColumnUpToTheNextColumnsHeading() {
        #expect(ColumnFlattenedPeople.people(in: "Name Tom Carter (TC) Diane Cole (DC) Gwen Dale-Hart (GDH) Fiona Nash Charlie Pike (CP) Position Director (Chair) Director Clerk")
            == ["Tom Carter", "Diane Cole", "Gwen Dale-Hart", "Fiona Nash", "Charlie Pike"])
        // No initials at all; a first name the list does not know ("Reva") still opens a person of two words; an initials
        // column's heading among the names is skipped with its first initials.
        #expect(ColumnFlattenedPeople.people(in: "Member Fran Hill-Thomas Richard Black Jayne Reed Reva Stone Sarah Hale Initial FHT Rachel Dunn Ann Marie Dodd Role Independent Chair Head of Education, RBC")
            == ["Fran Hill-Thomas", "Richard Black", "Jayne Reed", "Reva Stone", "Sarah Hale", "Rachel Dunn", "Ann Marie Dodd"])
        // A title opens a person.
        #expect(ColumnFlattenedPeople.people(in: "Name Cllr Jan Gale Kevin Gibb Sarah Gee Role Lead Member Head Teacher Nurse")
            == ["Cllr Jan Gale", "Kevin Gibb", "Sarah Gee"])
    }

    /// Not such a table: no names heading, no later column's heading, a sentence's words, fewer than three people.
    @Test func otherTextIsNoTable() {
        #expect(ColumnFlattenedPeople.people(in: "Tom Carter Diane Cole Fiona Nash Position Director Director Clerk") == nil)
        #expect(ColumnFlattenedPeople.people(in: "Name Tom Carter Diane Cole Fiona Nash Ben Hale Amy Long") == nil)
        #expect(ColumnFlattenedPeople.people(in: "Members were asked to note the report and its Position") == nil)
        #expect(ColumnFlattenedPeople.people(in: "Name Tom Carter (TC) Diane Cole (DC) Position Director Director") == nil)
    }

    /// A letterhead, the heading in capitals, the lists flattened column by column, then minutes numbered from 164, each
    /// with its numbered paragraphs (a line of 400 bytes or more, as a page's minutes are): the body, day and place, both
    /// lists and the items.
    @Test func boardMinutesFlattenedOntoOneLine() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        12 Kirk Street, London SW1P, 4AU Tel: 020 7000 1177 Web: www.kirkton-trust.org.uk MINUTES OF THE KIRKTON ACADEMIES TRUST BOARD MEETING HELD AT 5:30PM ON 2nd APRIL 2014 AT 12 KIRK STREET, LONDON SW1P 4AU. PRESENT: Name Tom Carter (TC) Diane Cole (DC) Gwen Dale-Hart (GDH) Fiona Nash Charlie Pike (CP) Position Director (Chair) Director Director Company Secretary Finance Manager APOLOGIES FOR ABSENCE: Name Anna Hale (AH) Sheila Moore-Grant (SMG) Guy Platt (GP) Position Director Director (Vice Chair) Director 164. PRAYERS 164.1. The meeting opened with a prayer led by Tom Carter. 165. APOLOGIES 165.1. Apologies for absence were received from Anna Hale, Sheila Moore-Grant and Guy Platt. 166. DECLARATIONS OF INTEREST 166.1. Diane Cole declared that she was a governor of Kirkton Academy and a director of the Kirkton Learning Trust. 167. MINUTES OF THE LAST MEETING 167.1. The minutes of the meeting held on 11th March 2014 were reviewed. There were no amendments. They were agreed as a true and accurate record and were signed by the Chair.
        """)
        #expect(document.committee == "KIRKTON ACADEMIES TRUST BOARD")
        #expect(document.meetingDate == CalendarDate(year: 2014, month: 4, day: 2))
        #expect(document.venue == "12 KIRK STREET, LONDON SW1P 4AU")
        #expect(document.attendance == ["Tom Carter", "Diane Cole", "Gwen Dale-Hart", "Fiona Nash", "Charlie Pike"])
        #expect(document.apologies == ["Anna Hale", "Sheila Moore-Grant", "Guy Platt"])
        #expect(document.items.map(\.number) == ["164", "165", "166", "167"])
        #expect(document.items.map(\.title) == ["PRAYERS", "APOLOGIES", "DECLARATIONS OF INTEREST", "MINUTES OF THE LAST MEETING"])
    }

    /// Items numbered on from earlier meetings settle a line as flattened minutes only when three run in order, each
    /// title in capitals; a paragraph's number ("164.1.") ends its item's title.
    @Test func minutesNumberedOnFromEarlierMeetings() {
        #expect(FlattenedMinutes.itemStarts(in: "Board 164. PRAYERS The meeting opened. 165. APOLOGIES None. 166. MINUTES Agreed.")?.count == 3)
        // Sentence-case titles, numbers out of order, or two items only: no such run.
        #expect(FlattenedMinutes.itemStarts(in: "Board 164. Prayers The meeting opened. 165. Apologies None. 166. Minutes Agreed.") == nil)
        #expect(FlattenedMinutes.itemStarts(in: "Board 164. PRAYERS Opened. 166. APOLOGIES None. 165. MINUTES Agreed.") == nil)
        #expect(FlattenedMinutes.itemStarts(in: "Board 164. PRAYERS Opened. 165. APOLOGIES None.") == nil)
        #expect(FlattenedMinutes.titleEnd(in: "164. PRAYERS 164.1. The meeting opened".split(separator: " ")) == 2)
        #expect(FlattenedMinutes.isParagraphNumber("164.1.", under: "164."))
        #expect(!FlattenedMinutes.isParagraphNumber("165.1.", under: "164."))
        #expect(!FlattenedMinutes.isParagraphNumber("164.", under: "164."))
    }

    /// "… MEETING 26th January 2017 1.45pm to 4.45pm Council Chamber, Civic Offices, Kirkton Attended: Member …": the body
    /// named by the heading in capitals, the place after the hours, those who attended from the names column.
    @Test func attendedTableAfterAHeadingWithHours() async throws {
        let (document, _) = try await ImportHelpers.importText("""
        MINUTES OF THE KIRKTON LOCAL SAFEGUARDING BOARD MEETING 26th January 2017 1.45pm to 4.45pm Council Chamber, Civic Offices, Kirkton Attended: Member Fran Hill-Thomas Richard Black Andy Fitt Jayne Reed Reva Stone Sarah Hale Initial FHT Rachel Dunn Emma Kett Role Independent Chair Head of Education, KBC Head of Early Help, KBC Lay Member Lead for Kirkton, BHFT Service Manager, KBC Lay Member Head Teacher Apologies: None
        """)
        #expect(document.committee == "KIRKTON LOCAL SAFEGUARDING BOARD")
        #expect(document.meetingDate == CalendarDate(year: 2017, month: 1, day: 26))
        #expect(document.venue == "Council Chamber, Civic Offices, Kirkton")
        #expect(document.attendance == ["Fran Hill-Thomas", "Richard Black", "Andy Fitt", "Jayne Reed", "Reva Stone", "Sarah Hale", "Rachel Dunn", "Emma Kett"])
        #expect(PageLayout.droppingLeadingHours("1.45pm to 4.45pm Council Chamber") == "Council Chamber")
        #expect(PageLayout.droppingLeadingHours("10am – 12 noon Council Chamber") == "10am – 12 noon Council Chamber")
    }

    /// "… ON 2nd APRIL 2014 AT 36 KIRK STREET": a number alone after "at" is the building's, not a time.
    @Test func aBuildingsNumberAfterAtIsNoTime() {
        #expect(PageLayout.venueAfterDate(" AT 36 KIRK STREET, LONDON") == "36 KIRK STREET, LONDON")
        #expect(PageLayout.venueAfterDate(" at 6.30pm in the Council Chamber") == "Council Chamber")
        #expect(PageLayout.venueAfterDate(" at 10 am, Committee Room 1") == "Committee Room 1")
    }
}
