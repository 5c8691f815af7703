@testable import DocumentFileImporter
import Foundation
import Testing

@Suite struct DocumentFormatTests {
    /// The byte check of a web page's opening says what decoding, trimming and lower-casing the first
    /// 512 bytes says, over openings with every kind of leading space, byte-order marks, cases,
    /// combining marks and the 512-byte edge.
    @Test func theByteCheckAgreesWithTheTextDefinition() {
        let leads: [[UInt8]] = [[], Array(" \t\r\n".utf8), [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0x20, 0xEF, 0xBB, 0xBF],
                                Array("\u{00A0}".utf8), Array("\u{0085}".utf8), Array("\u{2028}  ".utf8), [0xEF, 0xBB], [0xFF],
                                [UInt8](repeating: 0x20, count: 508), [UInt8](repeating: 0x20, count: 510)]
        let openings: [[UInt8]] = ["<!DOCTYPE html>", "<!doctype HTML PUBLIC", "<html lang=en>", "<HTML>", "<htm", "<html",
                                   "<htmĺ", "<html\u{301}>", "<!doctype htm", "<?xml version=\"1.0\"?>", "<body>", "PK", "",
                                   "<!DOCTYPE html\u{301}>"].map { Array($0.utf8) }
        var checked = 0
        for lead in leads {
            for opening in openings {
                let head = lead + opening + Array(" trailing text".utf8)
                #expect(DocumentFormat.startsLikeHTML(head) == Self.textDefinition(head), "\(head.prefix(40))")
                checked += 1
            }
        }
        #expect(checked == leads.count * openings.count)
        #expect(DocumentFormat.startsLikeHTML(Array(" \n<!DOCTYPE html><html>".utf8)))
        #expect(!DocumentFormat.startsLikeHTML(Array("%PDF-1.7".utf8)))
    }

    /// `startsLikeHTML` as first written.
    private static func textDefinition(_ head: [UInt8]) -> Bool {
        let text = String(decoding: head.prefix(512), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}"))).lowercased()
        return text.hasPrefix("<!doctype html") || text.hasPrefix("<html")
    }
}
