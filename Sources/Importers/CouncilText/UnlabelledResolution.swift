import EvidenceModel
import Foundation

/// Resolutions minuted without a `RESOLVED`/`AGREED` label, in the forms councils write them: "That the
/// report be noted.", a numbered list of "that … be …" points, "The minutes of the meeting held on … were
/// confirmed as a correct record", "It was agreed to …". Promoted to resolution blocks so an item's
/// decisions hold them whichever way the clerk wrote them — in text and in HTML alike.
public enum UnlabelledResolution {
    /// "The following was therefore RESOLVED:": a sentence that ends by introducing the resolutions under
    /// it, and the marker it ends with. Nil for any other text.
    public static func closingMarker(_ text: String) -> String? {
        // (Settled on the last byte for nearly every paragraph.)
        guard let last = text.utf8.last, last == UInt8(ascii: ":") || last == UInt8(ascii: "-"), text.utf8.count <= 200,
              text.hasSuffix(":") || text.hasSuffix(":-") || text.hasSuffix(": -") else { return nil }
        var body = Substring(text)
        while let last = body.last, last == ":" || last == "-" || last == " " { body = body.dropLast() }
        for word in ["RESOLVED", "AGREED"] where body.hasSuffix(" " + word) { return word }
        // "The Committee agreed to:-" / "(i) note the content of the report; (ii) approve the policy": a body's
        // decision whose points follow.
        if body.utf8.count <= 80 {
            let lower = body.lowercased()
            for (ending, word) in [(" agreed to", "AGREED"), (" agreed that", "AGREED"), (" resolved to", "RESOLVED"),
                                   (" resolved that", "RESOLVED"), (" decided to", "AGREED"), (" decided that", "AGREED")]
            where lower.hasSuffix(ending) && !lower.contains(" not ") {
                return word
            }
        }
        return nil
    }

    /// "The Programme Director introduced the item …": an account of the meeting rather than a decision's
    /// wording, which opens "That", "To", "The Committee …", "Approved", "Agreed" or "Noted".
    public static func isNarrative(_ text: String) -> Bool {
        let lower = text.prefix(40).lowercased()
        return !["that ", "to ", "the committee ", "the cabinet ", "the board ", "the panel ", "approved", "agreed", "noted"]
            .contains { lower.hasPrefix($0) }
    }

    /// The block as a resolution when its wording is one, else unchanged. A list becomes a resolution when
    /// every point is one.
    public static func promote(_ block: Block) -> Block {
        switch block.kind {
        case .paragraph, .numberedParagraph:
            guard let text = block.text, isResolutionWording(text) else { return block }
            var promoted = block
            promoted.kind = .resolution
            return promoted
        case .list:
            guard let children = block.children, !children.isEmpty,
                  children.allSatisfy({ $0.text.map(isResolutionWording) ?? false }) else { return block }
            var promoted = block
            promoted.kind = .resolution
            return promoted
        default:
            return block
        }
    }

    /// Each block promoted as `promote` does, and then the numbered points beside a resolution that open
    /// with "That": in "1. That the letter be noted … 4. That officers report back to the July
    /// committee", the fourth point is resolved with the others though it has no "be".
    public static func promote(_ blocks: [Block]) -> [Block] {
        var promoted = blocks.map(promote)
        var start = 0
        while start < promoted.count {
            guard promoted[start].kind == .numberedParagraph || promoted[start].kind == .resolution else { start += 1; continue }
            var end = start
            // A list under a point ("3. The following comments were made: · …") does not end the run.
            while end < promoted.count, [.numberedParagraph, .resolution, .list].contains(promoted[end].kind) { end += 1 }
            let run = start..<end
            if promoted[run].contains(where: { $0.kind == .resolution }) {
                for index in run where promoted[index].kind == .numberedParagraph && opensWithThat(promoted[index].text) {
                    promoted[index].kind = .resolution
                }
            }
            start = end
        }
        return promoted
    }

    private static func opensWithThat(_ text: String?) -> Bool {
        guard let text else { return false }
        // Settled on the first bytes, ASCII case folded (every numbered point is asked, and lower-casing
        // whole paragraphs showed in profiles); a character other than ASCII right after the opening
        // (a combining accent would join the space) is left to the standard library.
        let utf8 = text.utf8
        guard utf8.count > 5, utf8[utf8.index(utf8.startIndex, offsetBy: 5)] < 0x80 else {
            return text.lowercased().hasPrefix("that ") && text.split(separator: " ").count >= 4
        }
        guard utf8.prefix(5).map({ $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }).elementsEqual("that ".utf8) else { return false }
        return text.split(separator: " ").count >= 4
    }

    /// Whether a sentence is worded as a resolution.
    public static func isResolutionWording(_ text: String) -> Bool {
        // Most paragraphs open with none of the wordings: settled on their first few characters, before
        // the whole text is lower-cased and trimmed (the minutes reader's costliest step otherwise).
        guard opensWithResolutionWording(text) else { return false }
        let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
        guard lower.split(separator: " ").count >= 4 else { return false }
        if lower.hasPrefix("that ") {
            // A resolution's subjunctive or its noting: "that the report be noted", "that the report is noted".
            return [" be ", " is noted", " are noted", " is approved", " are approved", " is agreed", " are agreed",
                    " is endorsed", " are endorsed"].contains { lower.contains($0) }
        }
        // ("Concluded that the report be circulated …": a select committee's decision, as Stockton's minutes word them.)
        if lower.hasPrefix("it was agreed that ") || lower.hasPrefix("it was agreed to ") || lower.hasPrefix("agreed that ")
            || lower.hasPrefix("concluded that ") {
            return true
        }
        // The pattern is anchored on "minutes" or "the minutes": most paragraphs are settled without it.
        guard lower.hasPrefix("minute") || lower.hasPrefix("the minute") || lower.hasPrefix("the draft minute") || lower.hasPrefix("draft minute")
                || lower.hasPrefix("notes") || lower.hasPrefix("the notes") || lower.hasPrefix("the draft notes") || lower.hasPrefix("draft notes")
                || lower.hasPrefix("previous meeting") || lower.hasPrefix("the previous meeting") || lower.hasPrefix("last meeting")
                || lower.hasPrefix("the last meeting")
        else { return false }
        // ("Minutes of the X held on 2 September 2021, as circulated, to be confirmed as a true record and signed by the Chair.":
        // what an agenda proposes, not what was done.)
        if [" to be confirmed", " to be approved", " to be agreed", " to be signed", " for approval", " for confirmation"].contains(where: { lower.contains($0) }) {
            return false
        }
        return lower.firstMatch(of: minutesApproval) != nil || lower.firstMatch(of: previousNotesApproval) != nil
    }

    /// The openings `isResolutionWording` looks for, lower-cased.
    private static let openings = ["that ", "it was agreed that ", "it was agreed to ", "agreed that ", "concluded that ", "minute", "the minute",
                                   "the draft minute", "draft minute", "notes", "the notes", "the draft notes", "draft notes",
                                   "previous meeting", "the previous meeting", "last meeting", "the last meeting"]

    /// Whether the text, past its leading spaces and tabs (as `.whitespaces` has them) and lower-cased,
    /// opens with one of `openings`. Only the first 24 characters are lower-cased: the longest opening
    /// is 19.
    static func opensWithResolutionWording(_ text: String) -> Bool {
        if let settled = asciiOpening(text) { return settled }
        let scalars = text.unicodeScalars.drop { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
        let head = String(String.UnicodeScalarView(scalars.prefix(24))).lowercased()
        return openings.contains { head.hasPrefix($0) }
    }

    /// `opensWithResolutionWording` settled on bytes when the text opens (past spaces and tabs) in
    /// plain ASCII, as nearly all do: nil when a non-ASCII byte could change the answer (a space
    /// of another kind, a letter lower-cased otherwise, a combining mark joining a character).
    private static func asciiOpening(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            var start = 0
            while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            guard start < bytes.count else { return false }
            guard bytes[start] < 0x80 else { return nil }
            var uncertain = false
            for opening in openingBytes {
                var offset = 0
                var outcome: Bool?
                while outcome == nil {
                    if offset == opening.count {
                        // All of it matched: a combining mark after it would join its last character.
                        let next = start + offset
                        outcome = next == bytes.count || bytes[next] < 0x80 ? true : nil
                        break
                    }
                    let index = start + offset
                    guard index < bytes.count else { outcome = false; break }
                    let byte = bytes[index]
                    if byte >= 0x80 { break }  // nil: uncertain
                    let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    if lower != opening[offset] { outcome = false; break }
                    offset += 1
                }
                switch outcome {
                case true?: return true
                case false?: continue
                case nil: uncertain = true
                }
            }
            return uncertain ? nil : false
        }
    }

    /// `openings` as bytes.
    private static let openingBytes = openings.map { Array($0.utf8) }

    /// "The minutes of the (previous) meeting (held on …) were confirmed / agreed / approved …", "The minutes were agreed",
    /// "The Draft minutes of the meeting held on 13th June were agreed", "The Minutes (copies of which had been
    /// circulated) of the meeting … were approved", "The minute of meeting of this Committee of 23 January 2001 was
    /// approved" (Scottish minutes say "minute"), "The minutes of 10th July 2006 were received as a true record".
    /// Notes approved as minutes are ("The notes of the last meeting were agreed"); "The minutes from the Board meeting held on
    /// … were agreed"; "Minutes of the previous meeting were reviewed and agreed as accurate".
    nonisolated(unsafe) private static let minutesApproval =
        /^(the )?(draft )?(minutes?|notes)( \([^)]{0,80}\))?( (of|from) (the |a )?[^.]{0,160}?)? (were|was|be) (submitted and |duly |reviewed and |read and |checked and |considered and )?(confirmed|agreed|approved|signed|accepted|received as a)/

    /// "Previous meeting notes were agreed by those present", "The last meeting's minutes were approved".
    nonisolated(unsafe) private static let previousNotesApproval =
        /^(the )?(previous|last) meeting('s|’s|s)? (notes|minutes) (were|was) (reviewed and |read and |checked and )?(confirmed|agreed|approved|signed|accepted)/
}
