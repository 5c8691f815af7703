import AnnexASampleGenerator
@testable import EvidencePackCore
import Testing

/// Indicator patterns are compared as UTF-8 bytes, each name's forms worked out once: the answers
/// must be those of comparing the lower-cased strings with `*` as the only wildcard.
@Suite struct IndicatorWordingTests {
    /// The comparison as first written, on Characters: the reference the byte comparison must agree with.
    static func reference(_ name: String, matches wanted: String) -> Bool {
        let pieces = wanted.lowercased().split(separator: "*", omittingEmptySubsequences: false)
        guard pieces.count > 1 else { return name.lowercased() == wanted.lowercased() }
        var rest = Substring(name.lowercased())
        for (index, piece) in pieces.enumerated() {
            if index == 0 {
                guard rest.hasPrefix(piece) else { return false }
                rest = rest.dropFirst(piece.count)
            } else if index == pieces.count - 1 {
                return piece.isEmpty || (rest.count >= piece.count && rest.hasSuffix(piece))
            } else if !piece.isEmpty {
                guard let found = rest.firstRange(of: piece) else { return false }
                rest = rest[found.upperBound...]
            }
        }
        return true
    }

    @Test func wildcardsMatchAsWritten() {
        let name = IndicatorWording("children_count[Children looked after on 31 March each year]")
        #expect(name.matches(IndicatorWording("children_count[Children looked after on 31 March*")))
        #expect(name.matches(IndicatorWording("*LOOKED AFTER*")))
        #expect(name.matches(IndicatorWording("children_count*each year]")))
        #expect(!name.matches(IndicatorWording("children_count[Children looked after")))
        #expect(!IndicatorWording("aba").matches(IndicatorWording("ab*ba")))
        #expect(IndicatorWording("abba").matches(IndicatorWording("ab*ba")))
        #expect(IndicatorWording("a*b").matches(IndicatorWording("a*b")))
    }

    @Test func bytesAgreeWithTheCharacterComparison() {
        var random = SeededRandom(seed: 20_261_205)
        let alphabet = Array("ab_- *")
        func text(_ length: ClosedRange<Int>) -> String {
            String((0..<random.int(length)).map { _ in alphabet[random.int(0...(alphabet.count - 1))] })
        }
        var matched = 0
        for _ in 0..<5_000 {
            let name = text(0...8).replacingOccurrences(of: "*", with: ""), wanted = text(0...6)
            let literal = IndicatorWording.name(Array(name.lowercased().utf8), matches: IndicatorWording(wanted).literalPieces)
            #expect(literal == Self.reference(name, matches: wanted), "\(name.debugDescription) ~ \(wanted.debugDescription)")
            if literal { matched += 1 }
        }
        #expect(matched > 200)
    }
}
