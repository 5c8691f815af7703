import AnnexASampleGenerator
import Foundation
import Testing
@testable import MinutesTextImporter

/// The minutes reader settles most lines and sentences on bytes before its full reading (issue 22's
/// speed work). Each shortcut may only skip work whose answer is "nothing": these tests hold every
/// shortcut against the reading it skips, on seeded random text built from the pieces that matter.
@Suite struct ReaderShortcutTests {
    /// Pieces of council text with the characters the shortcuts look at: spaces of every width,
    /// invisible characters, bold stars, accents, combining marks, curly quotes, emoji and capitals.
    static let pieces = ["The", "Chair", "DH", "Emma", "Bennett", "to", "agreed", "undertook", "write", "welcomed", "welcome",
                         "the", "meeting", "Cllr", "Ó", "Brien", "Zoë", "children’s", "caseloads", "£1.9m", "87%", "45",
                         " ", "  ", "\t", "\u{00A0}", "\u{2009}", "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{00AD}", "*", "**",
                         "e\u{301}", "“", "”", "👩‍👧", "Ⅻ", ",", ".", ";", ":", "(", ")", "-", "–", "\u{7F}", "\u{1}"]

    static func randomText(_ random: inout SeededRandom, words: ClosedRange<Int> = 0...12) -> String {
        (0..<Int.random(in: words, using: &random)).map { _ in pieces.randomElement(using: &random)! }
            .joined(separator: Bool.random(using: &random) ? " " : "")
    }

    @Test func theByteReadingOfANormalLineAgreesWithTheScalarReading() {
        var random = SeededRandom(seed: 20261205)
        var normal = 0
        for _ in 0..<30_000 {
            let text = Self.randomText(&random)
            let expected = SourceLine.isAlreadyNormalByScalars(Substring(text))
            #expect(SourceLine.isAlreadyNormal(Substring(text)) == expected, "\(text.debugDescription)")
            if expected { normal += 1 }
        }
        // Both answers occur often enough for the comparison to mean something.
        #expect(normal > 1_000 && normal < 29_000)
    }

    @Test func everyScalarKindIsReadAsTheScalarViewReadsIt() {
        // One line per scalar of interest, between ordinary words: one, two, three and four UTF-8 bytes.
        let scalars: [UInt32] = [0x00, 0x01, 0x09, 0x0B, 0x0C, 0x1F, 0x20, 0x2A, 0x41, 0x7F, 0x80, 0xA0, 0xAD, 0xE9,
                                 0x1680, 0x2000, 0x2005, 0x200A, 0x200B, 0x200D, 0x200E, 0x202F, 0x205F, 0x2060,
                                 0x3000, 0xFEFF, 0xFFFD, 0x1F469, 0x10FFFF]
        for value in scalars {
            let scalar = Unicode.Scalar(value)!
            for text in ["a\(scalar)b", "\(scalar)", "a \(scalar)", "\(scalar) b", "a\(scalar)"] {
                #expect(SourceLine.isAlreadyNormal(Substring(text)) == SourceLine.isAlreadyNormalByScalars(Substring(text)),
                        "U+\(String(value, radix: 16)) in \(text.debugDescription)")
            }
        }
    }

    @Test func sentencesTheActionCheckPassesOverMinuteNoAction() {
        var random = SeededRandom(seed: 20261206)
        var actions = 0
        for _ in 0..<30_000 {
            // An opening that may name someone, a way of saying "to", a verb or not, and random text.
            let owner = ["DH", "Emma Bennett", "The Chair", "Members", "Zoë Ó Brien", "emma bennett", " DH", "45", "“DH”",
                         "Officers", "Cllr Jones", Self.randomText(&random, words: 1...2)].randomElement(using: &random)!
            let joint = [" to ", " agreed to ", " undertook to ", " is to ", "  to  ", " will ", " to", " too "].randomElement(using: &random)!
            let verb = ["write", "arrange", "the", "Write", "circulate", ""].randomElement(using: &random)!
            let sentence = owner + joint + verb + " " + Self.randomText(&random, words: 0...5)
            let action = ActionSentence.parse(sentence)
            if !ActionSentence.mayMinuteAnAction(Substring(sentence)) {
                // The full reading, run past the check, finds nothing either.
                #expect(ActionSentence.parseWithoutPrecheck(sentence) == nil, "\(sentence.debugDescription)")
            }
            if action != nil { actions += 1 }
            #expect(action?.owner == ActionSentence.parseWithoutPrecheck(sentence)?.owner)
        }
        #expect(actions > 1_000)
    }

    @Test func wordsMarkedAsStartingNoFactSpellNoNumberOrMoney() {
        var random = SeededRandom(seed: 20261208)
        let numberPieces = ["seven", "Seven", "TWENTY", "twenty-four", "Forty-Two", "hundred", "ten", "tenth", "one's", "a1",
                            "3", "1,234", "4.5", "6-12", "87%", "£350,000", "£2", "sevens", "nine-", "-ten", "teN"]
        var marked = 0, unmarked = 0
        for _ in 0..<20_000 {
            let pieces = (0..<Int.random(in: 1...8, using: &random)).map { _ in
                Bool.random(using: &random) ? numberPieces.randomElement(using: &random)! : Self.randomText(&random, words: 1...2)
            }
            for word in FactExtractor.words(of: pieces.joined(separator: " ")) {
                if word.mayStartFact {
                    marked += 1
                } else {
                    unmarked += 1
                    // The reading the flag lets the extractor skip finds no figure, number word or money.
                    #expect(FactExtractor.numericValue(word.core, allowWords: true) == nil, "\(word.core.debugDescription)")
                    #expect(!word.startsWithDigit && !word.core.hasPrefix("£"), "\(word.core.debugDescription)")
                }
            }
        }
        #expect(marked > 1_000 && unmarked > 1_000)
    }

    @Test func theByteSearchFindsWhatANaiveSearchFinds() {
        var random = SeededRandom(seed: 20261210)
        var found = 0
        let needles: [StaticString] = ["welcome", " the meeting", "hair", "e", "’s", "Chair welcomed", "meeting."]
        for _ in 0..<20_000 {
            let text = Self.randomText(&random, words: 0...10)
            for needle in needles {
                let pattern = Array(UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
                let bytes = Array(text.utf8)
                let naive = bytes.count >= pattern.count && (0...(bytes.count - pattern.count)).contains { Array(bytes[$0..<($0 + pattern.count)]) == pattern }
                #expect(TextScan.contains(text, ascii: needle) == naive, "\(text.debugDescription) \(needle)")
                #expect(TextScan.contains(Substring(text).dropFirst(), ascii: needle) == (bytes.count > 0 && Self.naiveContains(Array(Substring(text).dropFirst().utf8), pattern)))
                if naive { found += 1 }
            }
        }
        #expect(found > 10_000)
        #expect(!TextScan.contains("", ascii: "a") && TextScan.contains("", ascii: "") && TextScan.contains("ab", ascii: "ab") && !TextScan.contains("a", ascii: "ab"))
    }

    static func naiveContains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
        bytes.count >= pattern.count && (0...(bytes.count - pattern.count)).contains { Array(bytes[$0..<($0 + pattern.count)]) == pattern }
    }

    @Test func aCapitalIsFoundWhateverItsScript() {
        #expect(NameList.mayHoldCapital("the use of children’s homes") == false)
        #expect(NameList.mayHoldCapital("the café’s staff") == false)
        #expect(NameList.mayHoldCapital("Zoë") && NameList.mayHoldCapital("ó Élodie") && NameList.mayHoldCapital("Ǆemal") && NameList.mayHoldCapital("łukasz Łoś"))
        #expect(NameList.mayHoldCapital("children’s homes X"))
    }

    @Test func welcomedWordsWithoutACapitalNameNoOne() {
        var random = SeededRandom(seed: 20261207)
        var named = 0
        for _ in 0..<20_000 {
            let sentence = "The Chair welcomed " + Self.randomText(&random, words: 1...6) + " to the meeting."
            let people = NameList.welcomed(in: sentence)
            #expect(people == NameList.welcomedWithoutPrecheck(in: sentence), "\(sentence.debugDescription)")
            if !people.isEmpty { named += 1 }
        }
        #expect(named > 100)
    }
    @Test func sentencesTheChairCheckPassesOverPutNoOneInTheChair() {
        var random = SeededRandom(seed: 20261209)
        var named = 0
        for _ in 0..<20_000 {
            let lead = ["the committee appointed ", "Members elected ", "", "In the absence of the Chair ", "The Chair welcomed "].randomElement(using: &random)!
            let name = ["Cllr Carol Bulman", "Councillor Jane Smith", "Mrs Ruth O'Neill", "Dr Ann Lee", "the Vice Chair", "Cllr Ó Brien"].randomElement(using: &random)!
            let tail = [" to chair the meeting", " was appointed Chair for the meeting", " took the chair", " chaired the meeting",
                        " as Chair for this meeting", " took the report", " to the meeting", " was elected Chair of the meeting", ""].randomElement(using: &random)!
            let sentence = lead + name + tail + Self.randomText(&random, words: 0...3)
            let people = NameList.chairing(in: sentence)
            #expect(people == NameList.chairingWithoutPrecheck(in: sentence), "\(sentence.debugDescription)")
            if !people.isEmpty { named += 1 }
        }
        #expect(named > 2_000)
    }

    @Test func theLastCharacterOfASentenceIsReadAsFoundationReadsIt() {
        var random = SeededRandom(seed: 20261208)
        var questions = 0
        for _ in 0..<20_000 {
            let sentence = Self.randomText(&random, words: 0...6) + ["?", "? ", "?\t", "?\u{00A0}", "?\u{3000}", ". ", "", "?\u{200B}"].randomElement(using: &random)!
            let expected = sentence.unicodeScalars.last(where: { !CharacterSet.whitespaces.contains($0) })
            #expect(FactExtractor.lastNonWhitespace(of: sentence) == expected, "\(sentence.debugDescription)")
            if expected == "?" { questions += 1 }
        }
        #expect(questions > 5_000)
    }
}
