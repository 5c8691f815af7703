import CouncilText
import Testing

@Suite struct CollapsingSpacesTests {
    @Test func collapsesRunsOfWhitespaceToOneSpaceAndTrimsTheEnds() {
        #expect(CouncilText.collapsingSpaces("  Policy \t Committee\r\n- Monday ") == "Policy Committee - Monday")
        #expect(CouncilText.collapsingSpaces("PDF\u{00A0}119\u{2003}KB") == "PDF 119 KB")
        #expect(CouncilText.collapsingSpaces(" \n\t ") == "")
        #expect(CouncilText.collapsingSpaces("") == "")
    }

    /// The byte path for ASCII text gives what splitting into Characters gives, over every ASCII
    /// character (control characters that are not whitespace included) in short seeded texts.
    @Test func theASCIIPathAgreesWithTheCharacterDefinition() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let alphabet: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) } + ["\r\n"]
        var checked = 0
        for _ in 0..<2_000 {
            let length = Int(next() % 24)
            let text = String((0..<length).map { _ in
                // Whitespace and letters most of the time, so runs and ends occur.
                switch next() % 4 {
                case 0: return [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\r\n"][Int(next() % 7)] as Character
                case 1: return "a"
                default: return alphabet[Int(next() % UInt64(alphabet.count))]
                }
            })
            let expected = text.split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" }).joined(separator: " ")
            #expect(CouncilText.collapsingSpaces(text) == expected, "\(text.debugDescription)")
            #expect(CouncilText.collapsingSpaces(Substring(text)) == expected)
            checked += 1
        }
        #expect(checked == 2_000)
    }
}
