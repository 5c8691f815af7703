@testable import EvidencePackCore
import Testing

@Suite struct Windows1252DecodingTests {
    /// Every byte decodes to the scalar the Windows table gives (the five unassigned bytes to the C1
    /// control of the same value, the rest of 0x80-0xFF as Latin-1), in any mix.
    @Test func everyByteDecodesToItsScalar() {
        let table: [UInt8: UInt32] = [0x80: 0x20AC, 0x82: 0x201A, 0x85: 0x2026, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C,
                                      0x94: 0x201D, 0x96: 0x2013, 0x97: 0x2014, 0x9F: 0x0178]
        let all = (0...255).map { UInt8($0) }
        let decoded = Array(TextDecoding.windows1252(all + all.reversed()).unicodeScalars.map(\.value))
        #expect(decoded.count == 512)
        for (index, byte) in (all + all.reversed()).enumerated() {
            if let expected = table[byte] {
                #expect(decoded[index] == expected)
            } else if byte < 0x80 || byte >= 0xA0 || [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(byte) {
                #expect(decoded[index] == UInt32(byte))
            }
        }
        #expect(TextDecoding.windows1252(Array("Caf\u{E9}".unicodeScalars.map { UInt8($0.value) })) == "Café")
        #expect(TextDecoding.windows1252([]) == "")
    }
}

@Suite struct TruncatedHeadDecodingTests {
    /// A head cut inside its last character loses only that character's bytes; a head whose last
    /// character is whole keeps it (it used to lose it too); bytes that are not UTF-8 before the
    /// end are read as Windows-1252.
    @Test func onlyACharacterCutShortIsDropped() {
        for last in ["€", "’", "£", "😀", "e"] {
            let whole = Array("Budget: \(last)".utf8)
            #expect(TextDecoding.decode(whole, allowTruncatedTail: true).text == "Budget: \(last)")
            for cut in 1..<last.utf8.count {
                let decoded = TextDecoding.decode(Array(whole.dropLast(cut)), allowTruncatedTail: true)
                #expect(decoded.text == "Budget: ", "\(last) cut by \(cut)")
                #expect(decoded.encoding == "UTF-8")
            }
        }
        #expect(TextDecoding.decode([0x43, 0x61, 0x66, 0xE9, 0x20, 0x61], allowTruncatedTail: true).text == "Café a")
        #expect(TextDecoding.decode([], allowTruncatedTail: true).text == "")
    }
}
