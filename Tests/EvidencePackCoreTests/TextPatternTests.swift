import AnnexASampleGenerator
@testable import EvidencePackCore
import Foundation
import Testing

/// A pack's patterns are case-insensitive regular expressions; plain words are found by a byte search,
/// and other patterns first look for the text every match holds. Every way must say what ICU says.
@Suite struct TextPatternTests {
    @Test func plainWordsAreFoundExactlyAsTheRegularExpressionFindsThem() throws {
        let patterns = ["sufficiency", "corporate plan|children's plan", "early help strategy", "SEF", "a|b", "Plan ",
                        "self[- ]?(evaluation|assessment)", "\\bSEF\\b", "improvement (plan|programme)", "x|", "post-inspection"]
        let texts = ["Placement Sufficiency Strategy 2025.docx", "CORPORATE_PLAN.pdf", "Children's Plan", "Childrens plan",
                     "self-evaluation", "SEF_2026_v4.docx", "Seftion", "", "Sufficiency café", "ſufficiency", "improvement programme",
                     "Plan", "plan b", "Post-Inspection action plan", "EARLY HELP STRATEGY", "early  help strategy"]
        for pattern in patterns {
            let compiled = try TextPattern(pattern)
            let reference = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            for text in texts {
                let expected = reference.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                #expect(compiled.matches(text) == expected, "'\(pattern)' on '\(text)'")
                #expect(compiled.matches(MatchText(text)) == expected, "'\(pattern)' on prepared '\(text)'")
            }
        }
    }

    @Test(arguments: [
        ("early help.*(strategy|offer)", "early help"),
        ("organisation(al)? (chart|structure)", "organisation"),
        ("children and young people'?s plan", "children and young people"),
        ("(monitoring|focused) visit", " visit"),
        ("post[- ]inspection", "inspection"),
        ("teams? and managers", " and managers"),
        ("Section 47\\b", "section 47"),
        ("a{2}bcd", "bcd"),
    ])
    func findsTheTextEveryMatchHolds(pattern: String, literal: String) {
        #expect(TextPattern.requiredLiteral(of: pattern).map { String(decoding: $0, as: UTF8.self) } == literal)
    }

    @Test(arguments: ["(response|action plan).*(inspection|ofsted)", "sef|self[- ]evaluation", "(?x) early help", "ab.cd", "\\Qearly help\\E",
                      "[a-z]+ pl?"])
    func claimsNothingWhenNoRunIsCertain(pattern: String) {
        #expect(TextPattern.requiredLiteral(of: pattern) == nil)
    }

    /// Every pattern of the built-in ILACS pack, and some written to trip the pre-check, give what ICU
    /// gives on names and titles of the kinds the pack is matched against (ASCII and not).
    @Test func matchesAsTheRegularExpressionDoes() throws {
        let catalog = PackCatalog(directories: [])
        let file = try #require(catalog.locate("ilacs", currentDirectory: URL(fileURLWithPath: "/")))
        let pack = try PackDefinitionLoader().load(from: file)
        let fromPack = pack.items.flatMap { item in
            [item.match.title, item.match.committee, item.match.text, item.match.fileName, item.match.path, item.match.name].flatMap { $0 }
        }
        let extra = try ["early help.*(strategy|offer)", "children and young people'?s plan", "organisation(al)? (chart|structure)",
                         "post[- ]inspection", "teams? and managers", "Section 47\\b", "a{2}bcd"].map(TextPattern.init)
        let texts = [
            "Early Help Strategy 2025-2028", "early-help strategy", "EARLY HELP offer", "Children and Young People's Plan",
            "Children and young peoples plan", "Organisational Structure", "organisation chart", "Post-inspection action plan",
            "post inspection", "Teams and managers", "team and managers", "section 47 enquiries", "Section 470", "aabcd", "abcd",
            "Corporate Parenting Board minutes", "Ofsted inspection report", "Sufficiency strategy.docx", "SEF_2026_v4.docx",
            "Éarly help strategy", "early help stratégie", "children and young people’s plan", "", "LADO annual report",
            "Self-evaluation of social work practice", "Quality assurance framework", "Monitoring visit letter",
            // Characters ICU's caseless matching folds to ASCII letters, and ones it does not.
            "Early help ſtrategy", "inſpection report", "Corporate parenting ﬁnance", "Straße plan", "İnspection", "\u{212A}ey plan",
            "Children’s Plan – 2025", "Sufficiency “strategy” €5m™", "Organisational chart\u{00A0}2026", "Ofsted inspection…",
            "ﬁ early help strategy", "Early help offer\u{301}", "Œuvre early help strategy", "post\u{2010}inspection",
        ]
        var checked = 0
        for pattern in fromPack + extra {
            let engine = try NSRegularExpression(pattern: pattern.pattern, options: [.caseInsensitive])
            for text in texts {
                let expected = engine.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                #expect(pattern.matches(text) == expected, "\(pattern.pattern) on \(text.debugDescription)")
                #expect(pattern.matches(MatchText(text)) == expected, "\(pattern.pattern) on prepared \(text.debugDescription)")
                checked += 1
            }
        }
        #expect(checked > 1_000)
    }
    /// Text with a character other than ASCII is searched by bytes unless the character could be
    /// read as ASCII letters: every scalar whose lower- or upper-case mapping holds ASCII is one of
    /// those (and `ẞ`, which folds to `ss` through `ß`), and no other is.
    @Test func flagsExactlyTheCharactersThatCaseFoldIntoASCII() {
        var flagged: [UInt32] = [], expected: [UInt32] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var utf8 = Array(String(scalar).utf8)
            if utf8.withUnsafeMutableBufferPointer({ ASCIIText.mayFoldIntoASCII(UnsafeBufferPointer($0)) }) { flagged.append(value) }
            let mappings = [scalar.properties.lowercaseMapping, scalar.properties.uppercaseMapping]
            if value == 0x1E9E || mappings.contains(where: { $0.unicodeScalars.contains { $0.isASCII } }) { expected.append(value) }
        }
        #expect(flagged == expected)
        #expect(flagged.count == 20)
    }

    /// Plain words and required runs on text with curly quotes, dashes and accents (searched by bytes)
    /// and with each character that folds into ASCII (left to ICU) say what ICU says.
    @Test func nonASCIITextIsSettledAsTheEngineSettlesIt() throws {
        let patterns = try ["children's plan|early help", "strasse", "finance", "inspection", "key plan", "st", "aa",
                            "early help.*(strategy|offer)", "post[- ]inspection"].map(TextPattern.init)
        let folding = ["ß", "ẞ", "İ", "ı", "ŉ", "ſ", "ǰ", "ẖ", "ẗ", "ẘ", "ẙ", "ẚ", "\u{212A}", "ﬀ", "ﬁ", "ﬂ", "ﬃ", "ﬄ", "ﬅ", "ﬆ"]
        var texts = ["Children’s plan – early help", "Early Help – Strategy “2026”", "Corporate ﬁnance", "Stra\u{00DF}e",
                     "Fünf inspections", "café finance", "Key plan\u{00A0}2026", "post–inspection", "Éarly help offer"]
        texts += folding.flatMap { ["\($0)", "in\($0)pection \($0)trasse", "Early help \($0)trategy", "\($0)ey plan fi\($0)nance"] }
        for pattern in patterns {
            let engine = try NSRegularExpression(pattern: pattern.pattern, options: [.caseInsensitive])
            for text in texts {
                let expected = engine.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                #expect(pattern.matches(text) == expected, "\(pattern.pattern) on \(text.debugDescription)")
                #expect(pattern.matches(MatchText(text)) == expected, "\(pattern.pattern) on prepared \(text.debugDescription)")
            }
        }
    }
    /// The byte search says what a case-insensitive comparison at every place says, for needles
    /// that start with a letter, hold one only later (`<meetingid>`, searched by `memchr`), or
    /// none, on random text of letters, markup and UTF-8, with the needle at the very start and end.
    @Test func byteSearchFindsWhatComparingEveryPlaceFinds() {
        var random = SeededRandom(seed: 20261307)
        let alphabet = Array("aAbB<>/ mM-eé’".utf8)
        let needles = ["<meetingid>", "ab", "a", "<", "b<a", "m-e", "é", "</b>", "abab", "-"].map { Array($0.utf8) }
        func naive(_ needle: [UInt8], _ haystack: [UInt8]) -> Bool {
            guard needle.count <= haystack.count else { return false }
            return (0...(haystack.count - needle.count)).contains { start in
                needle.indices.allSatisfy { ASCIIText.lowered(haystack[start + $0]) == needle[$0] }
            }
        }
        for _ in 0..<3_000 {
            var haystack = (0..<Int.random(in: 0...40, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let needle = needles.randomElement(using: &random)!
            switch Int.random(in: 0...3, using: &random) {
            case 0: haystack = needle.map { Int.random(in: 0...1, using: &random) == 0 ? $0 : ($0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0) } + haystack
            case 1: haystack += needle
            default: break
            }
            let found = haystack.withUnsafeBufferPointer { ASCIIText.contains(needle, in: $0) }
            #expect(found == naive(needle, haystack), "\(String(decoding: needle, as: UTF8.self)) in \(String(decoding: haystack, as: UTF8.self))")
            // The prepared text's search (byte pairs first, then `memchr` and `memcmp`) says the same.
            let prepared = MatchText(String(decoding: haystack, as: UTF8.self))
            if prepared.lowered == haystack.map(ASCIIText.lowered) {
                #expect(prepared.contains(needle, pairs: BytePairSet(needle)) == found,
                        "prepared: \(String(decoding: needle, as: UTF8.self)) in \(String(decoding: haystack, as: UTF8.self))")
            }
        }
    }

    /// A pair set holds every pair of the bytes it was made from, so a word's set is within the set of
    /// any text that holds the word; and a text without one of the word's pairs is told apart (the
    /// pre-check that settles most questions) for the plain words of the ILACS pack.
    @Test func bytePairsProveAbsenceAndNeverHidePresence() throws {
        var random = SeededRandom(seed: 20261407)
        let alphabet = Array("abcdefghij klmn-_'".utf8)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...60, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let start = Int.random(in: 0...text.count, using: &random)
            let word = Array(text[start..<Int.random(in: start...text.count, using: &random)])
            #expect(BytePairSet(word).isSubset(of: BytePairSet(text)), "\(String(decoding: word, as: UTF8.self))")
        }
        let text = MatchText("Corporate Parenting Board minutes 2026.docx")
        for word in ["sufficiency", "self-evaluation", "lado", "early help"] {
            #expect(!BytePairSet(Array(word.utf8)).isSubset(of: text.pairs), "\(word)")
        }
        #expect(BytePairSet(Array("parenting board".utf8)).isSubset(of: text.pairs))
        #expect(BytePairSet([]) == BytePairSet(Array("x".utf8)))
    }
}
