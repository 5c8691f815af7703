import AnnexASampleGenerator
import EvidenceModel
@testable import EvidencePackCore
import Foundation
import Testing

/// Issue 23 item 4: tables of children inside documents are recognised by their header and reach the
/// summaries as columns and a row count, never cells.
@Suite struct ChildLevelColumnsTests {
    @Test(arguments: [
        ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth"],
        ["Name", "D.O.B.", "Social worker"],
        ["UPN", "School"],
        ["Young person's ref", "Placement"],
        ["Individual adopter identifier", "Stage"],
        ["Forename", "Surname", "Age"],
        ["NHS number", "GP"],
        ["Child's D.O.B.", "Team"],
        ["Birthdate", "School"],
        ["Case no.", "Worker"],
        ["Mosaic person ID", "Status"],
        ["Full name", "Post code"],
        ["Unique Pupil Number", "Year"],
    ])
    func recognisesHeadersThatIdentifyChildren(_ header: [String]) {
        #expect(ChildLevelColumns.identifyPeople(header), "\(header)")
    }

    @Test(arguments: [
        ["Indicator", "Number of children", "England"],
        ["Name", "Role", "Team"],
        ["Month", "Referrals", "Re-referrals %"],
        ["Meeting", "Date", "Venue"],
        ["Age group", "Children in care"],
        ["Children's services budget code"],
        ["Birth", "Date"],
        ["Name", "Legal", "Status"],
        ["Nosecount", "Identity"],
    ])
    func leavesOtherTablesAlone(_ header: [String]) {
        #expect(!ChildLevelColumns.identifyPeople(header), "\(header)")
    }

    @Test func aDocumentsTableOfChildrenKeepsOnlyItsHeaderAndRowCount() {
        let children = Block(.table, rows: [["Child ID", "Name", "Date of birth"], ["C1234567", "Ann Quill", "11/08/2013"],
                                            ["C7654321", "Bo Quill", "01/02/2014"]], hasHeader: true)
        let staff = Block(.table, rows: [["Name", "Role"], ["J Smith", "Team manager"]], hasHeader: true)
        var document = Document(kind: .file, title: "Tracker", blocks: [children, staff])
        document.items = [AgendaItem(title: "Item", minutes: [Block(.list, children: [children])])]
        let redacted = RowRedaction.withoutChildLevelCells(document)
        #expect(redacted.blocks[0].rows == [["Child ID", "Name", "Date of birth"]])
        #expect(redacted.blocks[0].rowCount == 2)
        #expect(redacted.blocks[1] == staff)
        #expect(redacted.items[0].minutes[0].children?[0].rows?.count == 1)
        let text = redacted.plainText
        #expect(!text.contains("C1234567") && !text.contains("Ann Quill") && !text.contains("11/08/2013"))
    }

    /// ASCII headers are split on their bytes: the words must be the ones the Character-by-Character
    /// split gives, with CR LF, controls and punctuation among them.
    @Test func asciiHeadersSplitAsCharactersDo() {
        var random = SeededRandom(seed: 20261308)
        let alphabet = Array("abcXYZ019 .'_-/()\r\n\t\u{1}".unicodeScalars)
        for _ in 0..<3_000 {
            let header = String(String.UnicodeScalarView((0..<Int.random(in: 0...24, using: &random)).map { _ in alphabet.randomElement(using: &random)! }))
            #expect(ChildLevelColumns.words(header) == ChildLevelColumns.unicodeWords(header.lowercased()), "\(header.debugDescription)")
        }
        #expect(ChildLevelColumns.words("Child's D.O.B.") == ["child", "s", "d", "o", "b"])
        #expect(ChildLevelColumns.words("Date of birth (né)") == ["date", "of", "birth", "né"])
    }
}
