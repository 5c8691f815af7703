import CouncilText
import EvidenceModel
import Foundation
import Testing

@Suite struct UnlabelledResolutionTests {
    @Test(arguments: [
        "That the report be noted.",
        "  That the Committee's comments be passed to the Cabinet.",
        "\tIt was agreed that the item be deferred to the March meeting.",
        "\u{00A0}It was agreed to write to the Secretary of State.",
        "AGREED THAT the protocol be adopted in full.",
        "The minutes of the meeting held on 12 March 2025 were confirmed as a correct record.",
        "Minutes of the previous meeting were agreed and signed by the Chair.",
        "That the annual report is noted by the board.",
        "The Draft minutes of the meeting held on 13th June were agreed as a correct record.",
        "The Minutes (copies of which had been circulated) of the meeting held on 21st January 2020 were approved as a correct record.",
        "The minute of meeting of this Committee of 23 January 2001 was approved as a correct record.",
        "The minutes of 10th July 2006 were received as a true record.",
    ])
    func readsTheWordingsCouncilsUse(text: String) {
        #expect(UnlabelledResolution.isResolutionWording(text))
    }

    @Test(arguments: [
        "The Director presented the report on children looked after.",
        "That is all.",
        "Members noted that the minutes of the last meeting had been circulated.",
        "There were 513 children looked after at the end of March.",
        "Thatcher-era policy was discussed at some length by members.",
        "",
        "   ",
        "The minutes",
        "İt was agreed that the report be noted.",
        "The minute taker was thanked by the Chair for her work.",
        "The minutes of the working group were received by the panel.",
    ])
    func leavesOtherSentencesAlone(text: String) {
        #expect(!UnlabelledResolution.isResolutionWording(text))
    }

    /// The quick look at a sentence's opening never turns away one that the whole wording would accept:
    /// checked against the plain definition (lower-case and trim all, then compare) over sentences built
    /// from openings, leading spaces of every kind and endings.
    @Test func theOpeningCheckAgreesWithThePlainDefinition() {
        let leads = ["", " ", "\t", "\u{00A0}", "\u{2003}", "\u{3000} ", "\n", "·"]
        let openings = ["That", "THAT", "That", "It was agreed that", "IT WAS AGREED TO", "Agreed that", "Minutes", "The Minutes",
                        "The minutes of the meeting held on 3 June", "İt was agreed that", "Thаt" /* Cyrillic а */, "Tha", "the",
                        "That\u{301}", "Tha\u{301}t", "Minutes\u{0308}", "\u{212A}", "MINUTES", "The minute of meeting of this Committee of 23 January",
                        "The Draft minutes", "Draft Minutes", "The minute\u{301}"]
        let endings = [" the report be noted.", " the comments are noted", " were confirmed as a correct record",
                       " officers report back in July", " be", "", " x y z", " \u{301}the report be noted", "\u{301} were agreed"]
        var checked = 0
        for lead in leads {
            for opening in openings {
                for ending in endings {
                    let text = lead + opening + ending
                    #expect(UnlabelledResolution.isResolutionWording(text) == Self.plainDefinition(text), "\(text.debugDescription)")
                    checked += 1
                }
            }
        }
        #expect(checked == leads.count * openings.count * endings.count)
    }

    /// `isResolutionWording` as first written: every sentence lower-cased and trimmed whole.
    private static func plainDefinition(_ text: String) -> Bool {
        let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
        guard lower.split(separator: " ").count >= 4 else { return false }
        if lower.hasPrefix("that ") {
            return [" be ", " is noted", " are noted", " is approved", " are approved", " is agreed", " are agreed",
                    " is endorsed", " are endorsed"].contains { lower.contains($0) }
        }
        if lower.hasPrefix("it was agreed that ") || lower.hasPrefix("it was agreed to ") || lower.hasPrefix("agreed that ") {
            return true
        }
        guard lower.hasPrefix("minute") || lower.hasPrefix("the minute") || lower.hasPrefix("the draft minute") || lower.hasPrefix("draft minute")
        else { return false }
        return lower.firstMatch(of: /^(the )?(draft )?minutes?( \([^)]{0,80}\))?( of (the |a )?[^.]{0,160}?)? (were|was|be) (submitted and |duly )?(confirmed|agreed|approved|signed|accepted|received as a)/) != nil
    }
    /// A numbered point opening with "That" beside a resolution is resolved with it, in any case;
    /// one that opens otherwise, or is too short to be a decision, is not.
    @Test func pointsOpeningWithThatBesideAResolutionAreResolved() {
        let points = ["That the letter be noted.", "THAT officers report back to the July committee",
                      "that Members visit the service", "Thatcher-era policy was discussed at length", "That is all.",
                      "That é officers report back"]
        let blocks = points.enumerated().map { Block(.numberedParagraph, text: $0.element, number: "\($0.offset + 1).") }
        let promoted = UnlabelledResolution.promote(blocks)
        #expect(promoted.map { $0.kind == .resolution } == [true, true, true, false, false, true])
    }
}
