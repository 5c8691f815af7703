@testable import EvidencePackCore
import Foundation
import Testing

/// The probe every importer sniffs with: its lower-cased head must be exactly what the standard
/// library's `lowercased()` gives, whatever the head holds.
@Suite struct SourceProbeTests {
    @Test(arguments: [
        "<!DOCTYPE HTML><TITLE>Agenda for Cabinet</TITLE>",
        "Children’s Services – “Update” … £4.2m\u{00A0}budget",
        "ÉCOLE Straße İstanbul ΑΒΓ Ⓐ Ⅻ Ǆ",
        "mixed ’É’ – Ⓑ\u{2040}\u{203F}\u{2070}",
        "",
        "\u{00B5}\u{00C0}\u{00BF}",
        "ARROWS → AND ⇒ SIGNS ‰ ℃ ™ ENDING Ⓩ",
        "Spaces\u{2002}AND\u{2028}SEPARATORS\u{202F}’",
    ])
    func headIsLowerCasedAsTheStandardLibraryDoes(text: String) {
        #expect(SourceProbe.asciiFastLowercased(text) == text.lowercased())
        let probe = SourceProbe(path: "page.HTML", head: Array(text.utf8), size: Int64(text.utf8.count))
        #expect(probe.headText == text.lowercased())
        #expect(probe.headTextPreservingCase == text)
        #expect(probe.fileExtension == "html")
    }

    /// Which scalars the byte check lets through to be copied unchanged: exactly those of the two
    /// caseless ranges (a text of them alone needs no standard-library lowering).
    @Test func theByteCheckPassesOnlyTheCaselessRanges() {
        for value in Array(0x80...0x7FF) + Array(0x1F00...0x2200) + [0xFF21, 0x1D400, 0x10400] {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let caseless = (0x80...0xBF).contains(value) || (0x2000...0x203F).contains(value)
            #expect(SourceProbe.mayHoldCasedScalar(Array(String(scalar).utf8)) == !caseless, "U+\(String(value, radix: 16))")
        }
    }

    /// Every scalar of the two ranges copied without the standard library has no lower case of its own.
    @Test func rangesCopiedAsTheyAreHaveNoCase() {
        for value in Array(0x80...0xBF) + Array(0x2000...0x203F) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            #expect(String(scalar).lowercased() == String(scalar), "U+\(String(value, radix: 16))")
        }
    }
}
