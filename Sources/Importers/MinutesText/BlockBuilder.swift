import CouncilText
import EvidenceModel
import Foundation

/// Turns a run of lines into structured blocks: paragraphs (joined across hard line breaks),
/// numbered paragraphs (`38.1`), bullet lists and sub-lists (`i)`, `a)`), resolutions with their
/// sub-items, actions, quotations, headings and pipe tables. One pass, linear in the lines.
struct BlockBuilder {
    /// Reports have section headings ("1 REASONS FOR THE DECISIONS", "Executive Summary").
    enum Mode { case minutes, report }

    let lines: [SourceLine]
    let mode: Mode
    /// Makes the first paragraph a resolution with this marker (the text under a `Decision:` label).
    let leadingResolutionMarker: String?

    init(lines: [SourceLine], mode: Mode = .minutes, leadingResolutionMarker: String? = nil) {
        self.lines = mode == .minutes ? Self.partingInlineResolutions(lines) : lines
        self.mode = mode
        self.leadingResolutionMarker = leadingResolutionMarker
    }

    /// "The forum considered the report. RESOLVED: That the budget be approved.": a resolution in capitals after a sentence
    /// on the same line starts a line of its own, so it is read as any resolution is. Only the capital markers, after a full
    /// stop, followed by what a resolution opens with.
    static func partingInlineResolutions(_ lines: [SourceLine]) -> [SourceLine] {
        let lines = partingSecondedResolutions(lines)
        guard lines.contains(where: { TextScan.contains($0.text, ascii: ". RESOLVED") || TextScan.contains($0.text, ascii: ". AGREED")
            || TextScan.contains($0.text, ascii: ". DECIDED") }) else { return lines }
        return lines.flatMap { line -> [SourceLine] in
            var parts: [SourceLine] = []
            var rest = Substring(line.text)
            while let range = ["RESOLVED", "AGREED", "DECIDED"].compactMap({ word in rest.range(of: ". " + word) })
                      .min(by: { $0.lowerBound < $1.lowerBound }),
                  case let marked = rest[rest.index(range.lowerBound, offsetBy: 2)...],
                  // (A sentence before it: "2. RESOLVED that …" is a numbered resolution.)
                  LinePatterns.wordCount(String(rest[..<range.lowerBound])) >= 3, rest[..<range.lowerBound].last?.isLetter == true,
                  LinePatterns.resolutionMarker(String(marked)) != nil,
                  marked.drop(while: { $0.isUppercase }).first.map({ [":", " ", "–", "-", ","].contains($0) }) == true,
                  case let after = marked.drop(while: { $0.isUppercase }).drop(while: { " :–-,".contains($0) }),
                  after.first?.isLetter == true {
                parts.append(SourceLine(number: line.number, text: String(rest[...range.lowerBound]), isBold: line.isBold))
                rest = marked
            }
            guard !parts.isEmpty else { return [line] }
            return parts + [SourceLine(number: line.number, text: String(rest), isBold: line.isBold)]
        }
    }

    /// "It was proposed by A, seconded by B and RESOLVED that the minutes … be signed.": a town or parish council's motion,
    /// whose resolution in capitals follows who moved it. The resolution starts a line of its own, so it is read as any.
    static func partingSecondedResolutions(_ lines: [SourceLine]) -> [SourceLine] {
        guard lines.contains(where: { TextScan.contains($0.text, ascii: " RESOLVED ") && TextScan.contains($0.text, ascii: "seconded") })
        else { return lines }
        return lines.flatMap { line -> [SourceLine] in
            let text = line.text
            guard TextScan.contains(text, ascii: "seconded"),
                  let marker = [" and RESOLVED ", " and it was RESOLVED ", " and unanimously RESOLVED ", " and it was unanimously RESOLVED "]
                      .lazy.compactMap({ text.range(of: $0) }).first,
                  let seconded = text.range(of: "seconded"), seconded.upperBound <= marker.lowerBound,
                  case let resolved = text[text.range(of: "RESOLVED", range: marker.lowerBound..<marker.upperBound)!.lowerBound...],
                  resolved.dropFirst("RESOLVED ".count).first?.isLetter == true else { return [line] }
            return [SourceLine(number: line.number, text: String(text[..<marker.lowerBound]), isBold: line.isBold),
                    SourceLine(number: line.number, text: String(resolved), isBold: line.isBold)]
        }
    }

    private enum ListStyle: Equatable {
        case bullet(String)
        case enumerated(String)
        case numbered
    }

    /// "a)    Provision of Gym Passes" over a paragraph: a short heading of what the decision is about, not the decision.
    func isSubheading(_ text: String, at index: Int) -> Bool {
        let rest = LinePatterns.enumerator(text)?.rest ?? text
        guard rest.utf8.count <= 80, LinePatterns.wordCount(rest) <= 8, !LinePatterns.endsWithTerminalPunctuation(Substring(rest)),
              LinePatterns.isTitleLike(rest, maxLength: 80), nextNonBlank(after: index) != nil else { return false }
        // ("The Cabinet Member agrees" / "(1) Increase in …": the decision's opening words, its points under them.)
        let last = rest.split(separator: " ").last?.lowercased() ?? ""
        if ["agrees", "agreed", "resolves", "resolved", "decides", "decided", "approves", "approved", "to", "that"].contains(last) { return false }
        return !rest.lowercased().hasPrefix("that ")
    }

    func build() -> [Block] {
        var blocks: [Block] = []
        var index = 0
        var wrapNextAsResolution = leadingResolutionMarker
        while index < lines.count {
            let line = lines[index]
            if line.isBlank { index += 1; continue }
            let text = line.text

            if text.hasPrefix("|") {
                let (table, next) = readTable(from: index)
                if let table { blocks.append(table) }
                index = next
                continue
            }
            if let value = LinePatterns.actionOwner(text) {
                let stated = ActionSentence.labelled(value)
                if let action = stated.action {
                    blocks.append(Block(.action, text: action, marker: "ACTION", owner: stated.owner, line: line.number))
                } else {
                    blocks.append(actionBlock(owner: value, after: blocks, line: line.number))
                }
                index += 1
                continue
            }
            if let marker = wrapNextAsResolution {
                wrapNextAsResolution = nil
                if LinePatterns.resolutionMarker(text) == nil, LinePatterns.paragraphNumber(text) == nil, !leadsIntoResolution(from: index),
                   !Self.countsThoseAttending(text),
                   !(isNarrative(text) && resolvesLater(after: index)), !isSubheading(text, at: index) {
                    // "(a) That it was agreed …" / "(b) That …" under a decision's label: the decision is the lettered points,
                    // each its own, as under "Decision: (a) …".
                    let lead = LinePatterns.enumerator(text) != nil ? marker + ": " + text : text
                    let (block, next) = readResolution(text: lead, number: nil, marker: marker, from: index)
                    blocks.append(block)
                    index = next
                    continue
                }
            }
            if let numbered = LinePatterns.paragraphNumber(text) {
                var rest = numbered.rest
                var next = index + 1
                if rest.isEmpty, let following = nextNonBlank(after: index), classifiesAsPlain(lines[following].text) {
                    rest = lines[following].text
                    next = following + 1
                }
                if let marker = LinePatterns.resolutionMarker(rest) {
                    let (block, after) = readResolution(text: rest, number: numbered.number, marker: marker, from: next - 1)
                    blocks.append(block)
                    index = after
                    continue
                }
                var paragraph = rest
                next = absorbContinuations(into: &paragraph, from: next)
                appendParagraph(paragraph, kind: .numberedParagraph, number: numbered.number, line: line.number, to: &blocks)
                index = next
                continue
            }
            if let marker = LinePatterns.resolutionMarker(text) ?? Self.closingResolutionMarker(text) {
                let (block, next) = readResolution(text: text, number: nil, marker: marker, from: index)
                blocks.append(block)
                index = next
                continue
            }
            if let single = LinePatterns.leadingNumber(text, requireDot: true), !single.rest.isEmpty {
                if let marker = LinePatterns.resolutionMarker(single.rest) {
                    let (block, next) = readResolution(text: single.rest, number: single.number, marker: marker, from: index)
                    blocks.append(block)
                    index = next
                    continue
                }
                if mode == .report, isSectionHeading(single.rest, line: line) {
                    blocks.append(Block(.heading, text: single.rest, number: single.number, level: 1, line: line.number))
                    index += 1
                    continue
                }
                // A list that stops at its first line (a numbered "ACTION: ...") is read as a paragraph.
                if let last = blocks.last, introducesList(last) {
                    let next = readList(from: index, into: &blocks)
                    if next > index {
                        index = next
                        continue
                    }
                }
                var paragraph = single.rest
                let next = absorbContinuations(into: &paragraph, from: index + 1)
                appendParagraph(paragraph, kind: .numberedParagraph, number: single.number, line: line.number, to: &blocks)
                index = next
                continue
            }
            if mode == .report, let section = LinePatterns.leadingNumber(text, requireDot: false), !section.rest.isEmpty,
               isSectionHeading(section.rest, line: line) {
                blocks.append(Block(.heading, text: section.rest, number: section.number, level: 1, line: line.number))
                index += 1
                continue
            }
            // A bulleted action ("- ACTION: Head of Service") ends a list at its first line: it is not
            // a list, and reading it as one again would never move on.
            if LinePatterns.bullet(text) != nil || LinePatterns.enumerator(text) != nil {
                let next = readList(from: index, into: &blocks)
                if next > index {
                    index = next
                    continue
                }
            }
            if isHeading(at: index) {
                var heading = text
                while let last = heading.last, last == ":" || last == "-" { heading.removeLast() }
                blocks.append(Block(.heading, text: heading.trimmingCharacters(in: .whitespaces), level: 2, line: line.number))
                index += 1
                continue
            }
            var paragraph = text
            let next = absorbContinuations(into: &paragraph, from: index + 1)
            if let quote = quotationText(paragraph) {
                blocks.append(Block(.quotation, text: quote, line: line.number))
            } else {
                appendParagraph(paragraph, kind: .paragraph, number: nil, line: line.number, to: &blocks)
            }
            index = next
        }
        return blocks
    }

    // MARK: Paragraphs

    /// Adds a paragraph, splitting off an inline "ACTION: owner" into an action block.
    private func appendParagraph(_ text: String, kind: Block.Kind, number: String?, line: Int, to blocks: inout [Block]) {
        // ("Following questions and comments from the floor, it was AGREED (i) to note …; (ii) …": the decision the paragraph
        // comes to.)
        if kind == .paragraph, let split = Self.resolutionInsideParagraph(text) {
            blocks.append(Block(.paragraph, text: split.lead, line: line))
            var children: [Block] = []
            var resolution = split.resolution
            if let inline = Self.inlineFirstSubItem(resolution, marker: split.marker) {
                resolution = inline.lead
                children = Self.inlinePoints(inline.rest, marker: inline.marker, line: line)
            }
            blocks.append(Block(.resolution, text: resolution, marker: split.marker, children: children.isEmpty ? nil : children, line: line))
            return
        }
        if let range = LinePatterns.inlineActionRange(text) {
            let before = String(text[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            let after = String(text[text.index(after: range.lowerBound)...])
            blocks.append(Block(kind, text: before, number: number, line: line))
            if let value = LinePatterns.actionOwner(after) {
                let stated = ActionSentence.labelled(value)
                blocks.append(Block(.action, text: stated.action ?? FactExtractor.sentences(in: before).last ?? before, marker: "ACTION",
                                    owner: stated.action == nil ? value : stated.owner, line: line))
            }
            return
        }
        blocks.append(Block(kind, text: text, number: number, line: line))
    }

    /// An `ACTION: owner` line: the action is the minute just before it.
    private func actionBlock(owner: String, after blocks: [Block], line: Int) -> Block {
        var subject: String?
        if let last = blocks.last, [.paragraph, .numberedParagraph, .listItem, .list, .resolution].contains(last.kind) {
            let text = last.kind == .list ? last.children?.last?.text : last.text
            subject = text.flatMap { FactExtractor.sentences(in: $0).last }
        }
        return Block(.action, text: subject, marker: "ACTION", owner: owner, line: line)
    }

    /// Joins following lines that continue the sentence (Word's hard line breaks): the text so far
    /// has no closing punctuation and the next line starts in lower case.
    func absorbContinuations(into text: inout String, from start: Int) -> Int {
        var index = start
        while !LinePatterns.endsWithTerminalPunctuation(Substring(text)) || Self.endsWithPointMarker(text), let next = nextNonBlank(after: index - 1) {
            let candidate = lines[next].text
            // Hard-wrapped text: a line ending on "the", "of", "to" goes on, even into a capital ("the" / "Council's").
            // ("… it was AGREED (i)" / "to note the update; (ii)to" / "… (iii)" / "that Members visit …" / "; and (iv)": a
            // decision's points run on over a table cell's lines, each line ending on the next point's marker.)
            let unfinished = next == index && (Self.endsOnJoiningWord(text) || Self.endsWithPointMarker(text))
            let goesOnClause = candidate.hasPrefix("; ") || candidate.hasPrefix(", ")
            guard LinePatterns.startsLowercase(candidate) || unfinished || goesOnClause, classifiesAsPlain(candidate) else { break }
            text += " " + candidate
            index = next + 1
        }
        return index
    }

    static let joiningWords: Set<String> = ["the", "of", "to", "and", "a", "an", "for", "with", "in", "on", "be", "that", "by",
                                           "at", "from", "or", "as", "its", "their", "his", "her", "our", "this", "these", "was",
                                           "were", "is", "are", "has", "have", "had", "which", "who", "into", "under", "within",
                                           "all", "any", "each", "every", "both"]

    /// Whether text stops on a point's marker in brackets, its point still to come ("… it was AGREED (i)", "…; and (iv)").
    static func endsWithPointMarker(_ text: String) -> Bool {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), text.distance(from: open, to: text.endIndex) <= 6 else { return false }
        let token = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let before = text[..<open]
        return !token.isEmpty && (before.isEmpty || before.hasSuffix(" ") || before.hasSuffix(";"))
            && (token.allSatisfy { "ivxIVX".contains($0) } || token.count == 1 && token.first?.isLowercase == true || token.allSatisfy(\.isNumber) && token.count <= 2)
    }

    /// Whether text stops on a word that cannot end a sentence.
    static func endsOnJoiningWord(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard let last = words.last else { return false }
        // ("… the meeting held on 11 th" / "September 2019 be approved …": a day's ordinal, its month on the next line.)
        if ["st", "nd", "rd", "th"].contains(last), words.count >= 2, words[words.count - 2].allSatisfy(\.isNumber) { return true }
        if last.count >= 3, last.count <= 4, ["st", "nd", "rd", "th"].contains(String(last.suffix(2))), last.dropLast(2).allSatisfy(\.isNumber) { return true }
        return joiningWords.contains(last.lowercased())
    }

    /// Whether a line is plain prose (not a bullet, sub-item, number, table row, resolution or action).
    func classifiesAsPlain(_ text: String) -> Bool {
        !text.hasPrefix("|") && LinePatterns.bullet(text) == nil && LinePatterns.enumerator(text) == nil
            && LinePatterns.paragraphNumber(text) == nil && LinePatterns.resolutionMarker(text) == nil
            && LinePatterns.actionOwner(text) == nil && LinePatterns.leadingNumber(text, requireDot: true) == nil
    }

    func nextNonBlank(after index: Int) -> Int? {
        var next = index + 1
        while next < lines.count {
            if !lines[next].isBlank { return next }
            next += 1
        }
        return nil
    }

    private func quotationText(_ text: String) -> String? {
        guard let first = text.first, first == "“" || first == "\"" || first == "„" else { return nil }
        var body = Substring(text).dropFirst()
        // A quote that closes before more prose ("“...,” the Director said.") is part of a paragraph;
        // one that never closes (it runs on into the next paragraph) is still a quotation.
        if let close = body.lastIndex(where: { $0 == "”" || $0 == "\"" }),
           body[body.index(after: close)...].contains(where: { $0.isLetter }) {
            return nil
        }
        if let last = body.last, last == "”" || last == "\"" || last == "“" { body = body.dropLast() }
        let trimmed = body.trimmingSpaces()
        return trimmed.isEmpty ? nil : String(trimmed)
    }

    // MARK: Headings

    /// "1 REASONS FOR THE DECISIONS", "2 ALTERNATIVE OPTIONS" (upper case or bold, short).
    private func isSectionHeading(_ rest: String, line: SourceLine) -> Bool {
        guard rest.count <= 90, LinePatterns.wordCount(rest) <= 12, let last = rest.last, !".;,".contains(last) else { return false }
        return LinePatterns.isUpperCase(Substring(rest)) || line.text.hasSuffix(rest) && lineWasBoldTail(line)
    }

    private func lineWasBoldTail(_ line: SourceLine) -> Bool { line.isBold }

    /// A stand-alone short line that titles what follows.
    private func isHeading(at index: Int) -> Bool {
        let line = lines[index]
        let text = line.text
        // Headings are short: settle long prose by its byte length before counting anything.
        guard text.utf8.count <= 360 else { return false }
        // Minutes headings that are not bold are upper case: a lower-case letter settles most prose.
        if mode == .minutes, !line.isBold, TextScan.hasASCIILowercaseLetter(text) { return false }
        guard text.count <= 90 else { return false }
        let words = LinePatterns.wordCount(text)
        guard words <= 12, LinePatterns.letterCount(text) >= 4,
              let first = text.first, first.isUppercase || first.isNumber else { return false }
        let last = text.last ?? " "
        if ".;,?!".contains(last) { return false }
        // Bold procedural notes ("The press left the meeting at this point") are longer than bold headings.
        if line.isBold, words <= 8 { return true }
        switch mode {
        case .minutes:
            return words >= 3 && LinePatterns.isUpperCase(Substring(text))
        case .report:
            let standsAlone = (index == 0 || lines[index - 1].isBlank) && (index + 1 >= lines.count || lines[index + 1].isBlank)
            guard standsAlone else { return false }
            if last == ":" || text.hasSuffix(":-") { return words <= 5 }
            if text.contains(": ") { return false }
            if let next = nextNonBlank(after: index), LinePatterns.startsLowercase(lines[next].text) { return false }
            return true
        }
    }

    // MARK: Lists

    private func introducesList(_ block: Block) -> Bool {
        guard block.kind == .paragraph || block.kind == .heading || block.kind == .numberedParagraph, let text = block.text else { return false }
        return block.kind == .heading || text.hasSuffix(":") || text.hasSuffix(":-")
    }

    /// The list style of a line, and its marker and text.
    private func listEntry(_ text: String) -> (style: ListStyle, marker: String, rest: String)? {
        if LinePatterns.paragraphNumber(text) == nil, let bullet = LinePatterns.bullet(text) {
            return (.bullet(bullet.marker), bullet.marker, bullet.rest)
        }
        if let enumerated = LinePatterns.enumerator(text) {
            return (.enumerated(enumerated.style), enumerated.marker, enumerated.rest)
        }
        if let single = LinePatterns.leadingNumber(text, requireDot: true), !single.rest.isEmpty,
           LinePatterns.resolutionMarker(single.rest) == nil {
            return (.numbered, single.number + ".", single.rest)
        }
        return nil
    }

    /// Reads consecutive list lines (blank lines allowed between) into flat list blocks: one per run
    /// of the same style, `level` 0 for the first style met and 1 for sub-lists of another style.
    private func readList(from start: Int, into blocks: inout [Block]) -> Int {
        var index = start
        var topStyle: ListStyle?
        var current: (style: ListStyle, block: Block)?
        func flush() {
            if let finished = current?.block { blocks.append(finished) }
            current = nil
        }
        while index < lines.count {
            if lines[index].isBlank { index += 1; continue }
            let line = lines[index]
            guard let entry = listEntry(line.text) else { break }
            if LinePatterns.actionOwner(entry.rest) != nil { break }
            if topStyle == nil { topStyle = entry.style }
            // A numbered run only continues while it stays numbered ("1." then "2.").
            if entry.style == .numbered, topStyle != .numbered, current?.style != .numbered, index != start { break }
            var itemText = entry.rest
            index = absorbContinuations(into: &itemText, from: index + 1)
            let number: String? = if case .bullet = entry.style { nil } else { entry.marker }
            let item = Block(.listItem, text: itemText, number: number, marker: entry.marker, line: line.number)
            if let open = current, open.style == entry.style {
                current?.block.children?.append(item)
            } else {
                flush()
                let level = entry.style == topStyle ? 0 : 1
                current = (entry.style, Block(.list, level: level, marker: styleMarker(entry.style), children: [item], line: line.number))
            }
        }
        flush()
        return index
    }

    private func styleMarker(_ style: ListStyle) -> String {
        switch style {
        case .bullet(let marker): marker
        case .enumerated(let style): style
        case .numbered: "1."
        }
    }

    // MARK: Tables

    /// Consecutive `| a | b |` rows; a `|---|---|` row after the first marks it as the header.
    private func readTable(from start: Int) -> (Block?, Int) {
        var rows: [[String]] = []
        var hasHeader = false
        var index = start
        while index < lines.count, lines[index].text.hasPrefix("|") {
            let cells = Self.cells(of: lines[index].text)
            if cells.allSatisfy({ cell in cell.allSatisfy { "-:= ".contains($0) } }), cells.contains(where: { $0.contains("-") }) {
                if rows.count == 1 { hasHeader = true }
            } else {
                rows.append(cells)
            }
            index += 1
        }
        // Empty header rows ("| | |") carry nothing.
        if hasHeader, let first = rows.first, first.allSatisfy(\.isEmpty) {
            rows.removeFirst()
            hasHeader = false
        }
        rows.removeAll { $0.allSatisfy(\.isEmpty) }
        guard !rows.isEmpty else { return (nil, index) }
        return (Block(.table, rows: rows, hasHeader: hasHeader, line: lines[start].number), index)
    }

    /// The cells of a pipe-table row, trimmed.
    static func cells(of row: String) -> [String] {
        var body = Substring(row)
        if body.first == "|" { body = body.dropFirst() }
        if body.last == "|" { body = body.dropLast() }
        return body.split(separator: "|", omittingEmptySubsequences: false).map { String($0.trimmingSpaces()) }
    }
}
