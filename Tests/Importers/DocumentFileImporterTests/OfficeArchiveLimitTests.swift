@testable import DocumentFileImporter
import EvidenceFixtures
import Foundation
import LibXML
import Testing

/// What one Office file may cost: its parts together inflate to 256 MiB at most, and a part of more
/// than three million tags is not built into a tree (libxml2's tree of it would take gigabytes).
@Suite struct OfficeArchiveLimitTests {
    @Test func thePartsOfOneArchiveInflateTo256MiBInAll() throws {
        // Five parts of 60 MiB of spaces, each about 60 KB compressed: under the part limit, over the archive's.
        let part = [UInt8](repeating: 0x20, count: 60 << 20)
        let parts = (1...5).map { HandMadeZip.Part(name: "ppt/slides/slide\($0).xml", bytes: part) }
        let archive = try OfficeArchive(bytes: HandMadeZip.zip(parts).bytes)
        var read = 0
        let failure = #expect(throws: OfficeArchive.Failure.self) {
            for index in 1...5 {
                _ = try archive.read("ppt/slides/slide\(index).xml")
                read += 1
            }
        }
        #expect(read == 4)
        #expect(failure?.description == "its parts inflate to more than 256 MiB in all")
    }

    @Test func aPartOfMoreThanThreeMillionTagsIsNotBuiltIntoATree() throws {
        let tags = Array(String(repeating: "<a/>", count: XMLDocument.tagLimit + 1).utf8)
        let failure = #expect(throws: LibXMLError.self) { try XMLDocument(bytes: Array("<r>".utf8) + tags + Array("</r>".utf8)) }
        #expect(failure?.description.contains("more than 3000000 tags") == true)
        // Fewer tags of the same shape parse (the document outlives the nodes read from it).
        let fewer = Array(String(repeating: "<a/>", count: 1_000).utf8)
        let document = try XMLDocument(bytes: Array("<r>".utf8) + fewer + Array("</r>".utf8))
        withExtendedLifetime(document) { #expect(document.root?.childElements.count == 1_000) }
    }
}
