import CouncilText
import EvidenceModel
import Foundation

/// Resolutions and their points: "RESOLVED that:" over "(1) …", "i) …", "1. …" or bullets, a first point on the marker's
/// line, points run on in one sentence, a decision a paragraph comes to, and the lines that lead into one or only say who
/// came in.
extension BlockBuilder {
    /// A resolution and its sub-items: "RESOLVED that:" followed by "(1) ...", "i) ...", "1. ...", bullets.
    /// "RESOLVED:" alone takes the next paragraph as its text.
    /// "MEMBERS - Gail MacGreg and Colin Wyp entered the meeting", "Councillor A left the meeting": who came in or went.
    static func reportsArrivals(_ text: String) -> Bool {
        [" entered the meeting", " left the meeting", " joined the meeting", " arrived at the meeting"].contains { TextScan.contains(text, ascii: $0) }
            || countsThoseAttending(text)
    }

    /// "19 Members present, 6 apologies and 2 Members not present at the start of the meeting": AKS's sederunt under its
    /// "Decision" label, a count of those attending, no decision.
    static func countsThoseAttending(_ text: String) -> Bool {
        guard let first = text.utf8.first, first >= UInt8(ascii: "1"), first <= UInt8(ascii: "9") else { return false }
        return text.prefixMatch(of: /[0-9]{1,3}\s+(?:[Mm]embers|[Cc]ouncillors)\s+(?:were\s+)?present/) != nil
    }

    func readResolution(text: String, number: String?, marker: String, from start: Int) -> (Block, Int) {
        var resolutionText = text
        var index = absorbContinuations(into: &resolutionText, from: start + 1)
        var children: [Block] = []
        var firstStyle: String?
        // ("AGREED" / "MEMBERS - A and B entered the meeting - 21 Members present": who came in is no decision's wording.)
        if hasNoWordingOfItsOwn(resolutionText, marker: marker), let next = nextNonBlank(after: index - 1),
           classifiesAsPlain(lines[next].text), !Self.reportsArrivals(lines[next].text) {
            var following = lines[next].text
            index = absorbContinuations(into: &following, from: next + 1)
            resolutionText += " " + following
        }
        // "Decision" / "1.That the Director be authorised … for the following schools" / "• Bushey Hall" / "2. That …": under
        // a decision's label, its first numbered point, the space after the number lost; the points after it are its
        // siblings, and the bullets between them the first point's list.
        if let glued = Self.gluedFirstPoint(resolutionText) {
            firstStyle = "1."
            children.append(Block(.listItem, text: glued.rest, number: glued.marker, level: 0, marker: glued.marker, line: lines[start].number))
            resolutionText = marker
        }
        // "Resolved – (1) That ..., and" puts the first sub-item on the marker's line.
        if let inline = Self.inlineFirstSubItem(resolutionText, marker: marker) {
            resolutionText = inline.lead
            firstStyle = inline.style
            children.append(contentsOf: Self.inlinePoints(inline.rest, marker: inline.marker, line: lines[start].number))
        }
        while let next = nextNonBlank(after: index - 1) {
            let candidate = lines[next].text
            var entry: (marker: String, style: String, rest: String)?
            if let enumerated = LinePatterns.enumerator(candidate) {
                entry = enumerated
            } else if let single = LinePatterns.leadingNumber(candidate, requireDot: true), !single.rest.isEmpty {
                entry = (single.number + ".", "1.", single.rest)
            } else if let bullet = LinePatterns.bullet(candidate), LinePatterns.paragraphNumber(candidate) == nil {
                entry = (bullet.marker, bullet.marker, bullet.rest)
            }
            guard let entry else { break }
            // Sub-items only follow a resolution that introduces them (or continue a run already begun).
            if children.isEmpty, !introducesSubItems(resolutionText, marker: marker) { break }
            if firstStyle == nil { firstStyle = entry.style }
            var itemText = entry.rest
            index = absorbContinuations(into: &itemText, from: next + 1)
            let isBullet = LinePatterns.bullet(candidate) != nil && LinePatterns.enumerator(candidate) == nil
                && LinePatterns.leadingNumber(candidate, requireDot: true) == nil
            children.append(Block(.listItem, text: itemText, number: isBullet ? nil : entry.marker,
                                  level: entry.style == firstStyle ? 0 : 1, marker: entry.marker, line: lines[next].number))
        }
        // "Following discussions it was RESOLVED:" and nothing after it that it could have resolved (a copy that lost or
        // scrambled what followed): a line of the minutes, no decision.
        if children.isEmpty, hasNoWordingOfItsOwn(resolutionText, marker: marker), resolutionText.hasSuffix(":") {
            return (Block(.paragraph, text: resolutionText, number: number, line: lines[start].number), index)
        }
        let block = Block(.resolution, text: resolutionText, number: number, marker: marker,
                          children: children.isEmpty ? nil : children, line: lines[start].number)
        return (block, index)
    }

    /// "Following questions and comments from the floor, it was AGREED (i) to note …" → the lead ("Following questions and
    /// comments from the floor,") and the resolution ("it was AGREED (i) to note …"): a resolution in capitals after the
    /// paragraph's opening clause or sentence. Nil when there is none.
    static func resolutionInsideParagraph(_ text: String) -> (lead: String, resolution: String, marker: String)? {
        guard text.utf8.count <= 4000, TextScan.contains(text, ascii: "t was ") else { return nil }
        for (phrase, marker) in [("it was AGREED", "AGREED"), ("It was AGREED", "AGREED"), ("it was RESOLVED", "RESOLVED"),
                                 ("It was RESOLVED", "RESOLVED"), ("it was DECIDED", "DECIDED"), ("It was DECIDED", "DECIDED")] {
            guard let found = text.range(of: phrase), found.lowerBound > text.startIndex else { continue }
            if let next = text[found.upperBound...].first, next.isLetter { continue }
            let lead = text[..<found.lowerBound].trimmingSpaces()
            // After the opening clause ("Following discussion,", "After debate") or a sentence of its own.
            guard lead.hasSuffix(",") || lead.hasSuffix(".") || ["Following", "After", "Having", "Upon", "On"].contains(where: { lead.hasPrefix($0 + " ") }),
                  LinePatterns.wordCount(String(lead)) <= 40, !text[found.upperBound...].trimmingSpaces().isEmpty else { continue }
            return (String(lead), String(text[found.lowerBound...]), marker)
        }
        return nil
    }

    /// A decision's first point on its marker's line, and the points run on after it in the same sentence ("(i) to note the
    /// update; (ii) to congratulate …; and (iii) that …"), each a point of its own.
    static func inlinePoints(_ text: String, marker: String, line: Int) -> [Block] {
        guard let parted = RunOnPoints.parted(text, firstMarker: marker) else {
            return [Block(.listItem, text: text, number: marker, level: 0, marker: marker, line: line)]
        }
        return [Block(.listItem, text: parted.first, number: marker, level: 0, marker: marker, line: line)]
            + parted.rest.map { Block(.listItem, text: $0.text, number: $0.marker, level: 0, marker: $0.marker, line: line) }
    }

    /// "1.That the Director be authorised …" → ("1.", "That the Director be authorised …"): a decision's first point whose
    /// number lost the space after it; nil for any other text.
    static func gluedFirstPoint(_ text: String) -> (marker: String, rest: String)? {
        guard text.utf8.count > 8, text.utf8.first == UInt8(ascii: "1"), text.utf8.dropFirst().first == UInt8(ascii: "."),
              let third = text.dropFirst(2).first, third.isUppercase, text.dropFirst(2).hasPrefix("That ") || text.dropFirst(2).hasPrefix("To ")
        else { return nil }
        return ("1.", String(text.dropFirst(2)))
    }

    /// Splits "Resolved – (1) That the allowances be approved" into the lead ("Resolved –") and its
    /// first sub-item, when a sub-item marker follows the resolution marker directly.
    static func inlineFirstSubItem(_ text: String, marker: String) -> (lead: String, marker: String, style: String, rest: String)? {
        guard let markerRange = text.range(of: marker, options: .caseInsensitive) else { return nil }
        var cursor = markerRange.upperBound
        while cursor < text.endIndex, " :–-—".contains(text[cursor]) { cursor = text.index(after: cursor) }
        guard cursor < text.endIndex, let sub = LinePatterns.enumerator(String(text[cursor...])) else { return nil }
        let lead = String(text[..<cursor].trimmingSpaces())
        return (lead, sub.marker, sub.style, sub.rest)
    }

    /// "Having considered all of the information, … Cabinet noted the report and," then "RESOLVED to": the
    /// paragraph under a `Decision:` label that leads into the resolution is not itself decided.
    func leadsIntoResolution(from start: Int) -> Bool {
        var paragraph = lines[start].text
        let next = absorbContinuations(into: &paragraph, from: start + 1)
        let trimmed = paragraph.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(",") || trimmed.hasSuffix(" and") || trimmed.hasSuffix(":"),
              let following = nextNonBlank(after: next - 1) else { return false }
        return LinePatterns.resolutionMarker(lines[following].text) != nil
    }

    /// "The following was therefore RESOLVED:" (shared with the HTML reader).
    static func closingResolutionMarker(_ text: String) -> String? { UnlabelledResolution.closingMarker(text) }

    func isNarrative(_ text: String) -> Bool { UnlabelledResolution.isNarrative(text) }

    /// Whether a resolution follows further down the same part ("The following was therefore RESOLVED:").
    func resolvesLater(after start: Int) -> Bool {
        lines[(start + 1)...].contains { !$0.isBlank && (LinePatterns.resolutionMarker($0.text) != nil || Self.closingResolutionMarker($0.text) != nil) }
    }

    /// Whether a paragraph under a `Decision:` label leads into the resolution after it ("… Cabinet noted the report and,").
    static func isLeadIn(_ block: Block) -> Bool {
        guard block.kind == .paragraph, let text = block.text?.trimmingCharacters(in: .whitespaces) else { return false }
        return text.hasSuffix(",") || text.hasSuffix(" and") || text.hasSuffix(":")
    }

    /// "RESOLVED", "RESOLVED:", "RESOLVED that", "RESOLVED to", "RESOLVED –": only the marker, no wording yet.
    func hasNoWordingOfItsOwn(_ text: String, marker: String) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        // ("The Committee AGREED", "Following consideration the Committee agreed to:" too.)
        var allowed: Set<String> = ["it", "was", marker.lowercased(), "unanimously", "that", "to", "the", "following", "consideration",
                                    "discussion", "after", "thereafter"]
        allowed.formUnion(LinePatterns.decidingBodies)
        return text.lowercased().split { !$0.isLetter && !$0.isNumber }.allSatisfy { allowed.contains(String($0)) }
    }

    /// Whether a resolution's wording leads into sub-items ("RESOLVED that:", "...; and", "Cabinet:").
    func introducesSubItems(_ text: String, marker: String) -> Bool {
        if hasNoWordingOfItsOwn(text, marker: marker) { return true }
        let trimmed = TextScan.trimmingWhitespaces(text)
        return trimmed.hasSuffix(":") || trimmed.hasSuffix(":-") || trimmed.hasSuffix("–") || trimmed.hasSuffix("-")
            || trimmed.hasSuffix("that") || trimmed.hasSuffix("to") || !LinePatterns.endsWithTerminalPunctuation(Substring(trimmed))
    }
}
