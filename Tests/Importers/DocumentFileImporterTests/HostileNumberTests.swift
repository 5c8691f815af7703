@testable import DocumentFileImporter
import EvidenceModel
import Foundation
import Testing

/// Numbers and letters in a document that no real one holds (an object number of 20 digits, a looping
/// sector table, the largest FILETIME, a title whose lower case is longer): the reader answers
/// what it can, in time, and never traps.
@Suite struct HostileNumberTests {
    @Test func aPDFReferenceBeyondAnIntIsANumber() {
        var parser = PDFObjectParser(bytes: Array("99999999999999999999 0 R".utf8), position: 0)
        #expect(parser.parseObject() == .number(99_999_999_999_999_999_999))
        var ordinary = PDFObjectParser(bytes: Array("12 0 R".utf8), position: 0)
        #expect(ordinary.parseObject() == .reference(12, 0))
    }

    @Test func aPDFWithAHugeObjectNumberKeepsItsInfo() {
        let bytes = Fixtures.pdf(info: "<< /Title (Sufficiency strategy) >>", trailerExtra: " /Prev 9223372036854775807 0 R",
                                         extraObjects: ["<< /Type /Page /Parent 99999999999999999999 0 R >>"])
        let result = PDFMetadataReader(bytes: bytes).read()
        #expect(result.metadata.title == "Sufficiency strategy")
    }

    /// Each "obj" starts a parse that may read a 1 MiB string; 4 MB of them must still be read in a
    /// bounded number of bytes (twice the file), not a megabyte per header.
    @Test(.timeLimit(.minutes(1))) func aPDFOfOpenStringsIsReadInBoundedWork() {
        let unit = Array("1 0 obj<</T(".utf8)
        let bytes = Array("%PDF-1.4\n".utf8) + Array((0..<(4_000_000 / unit.count)).map { _ in unit }.joined())
        let result = PDFMetadataReader(bytes: bytes).read()
        #expect(result.version == "1.4")
        #expect(result.metadata.title == nil)
    }

    /// A compound file whose sector-table list points at itself: the table stops at the sectors the
    /// file has instead of growing to millions of entries.
    @Test func aLoopingCompoundFileTableStopsAtTheFile() {
        var bytes = [UInt8](repeating: 0, count: 1024)
        bytes.replaceSubrange(0..<8, with: CompoundFileReader.magic)
        bytes[0x1E] = 9  // 512-byte sectors; the sector list's next sector (0x44) is 0, as is every entry of sector 0
        let table = CompoundFileReader(bytes: bytes).fat(sectorSize: 512)
        #expect(table.count <= bytes.count / 4)
    }

    @Test func theLargestFILETIMEIsNoDate() async throws {
        var summary = LegacyOfficeFixture.summaryStream(title: "Missing children protocol", author: "Safeguarding Unit",
                                                        createdUnixSeconds: 1_697_150_000, pages: 9)
        let filetime = LegacyOfficeFixture.le64((1_697_150_000 + 11_644_473_600) * 10_000_000)
        let at = try #require((0...(summary.count - 8)).first { Array(summary[$0..<($0 + 8)]) == filetime })
        summary.replaceSubrange(at..<(at + 8), with: [UInt8](repeating: 0xFF, count: 8))
        let metadata = try #require(CompoundFileReader(bytes: LegacyOfficeFixture.file(summary: summary)).summaryMetadata())
        #expect(metadata.title == "Missing children protocol")
        #expect(metadata.created == nil)
    }

    /// "İ" lower-cases to two characters' worth of bytes: places found in the lower-cased title must
    /// not be used to cut the title itself.
    @Test func anAuthorityNameWhoseLowerCaseIsLongerIsReadWhole() throws {
        let name = String(repeating: "İ", count: 25) + " Borough"
        let text = OfstedFixtures.ilacs2023.replacingOccurrences(of: "Northmoor Borough", with: name)
        let reading = try #require(OfstedReportReader.read(text))
        #expect(reading.report.localAuthority == name + " Council")
    }
}
