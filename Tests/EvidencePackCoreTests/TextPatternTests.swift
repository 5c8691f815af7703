import EvidencePackCore
import Foundation
import Testing

/// A pack's patterns are case-insensitive regular expressions; plain words are found by a byte search.
/// Both ways must say the same thing.
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
            }
        }
    }
}
