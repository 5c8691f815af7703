import CouncilText
import Foundation

/// Meeting pages whose agenda table was rendered as Markdown-like rows ("No. | Item |", "---|---|",
/// then each item's title, agenda text and "Minutes:" run together on a row ending " |", rows parted
/// by a lone "|"). Rewritten as the title-line-then-text layout the reader knows, keeping every word
/// and every line number.
enum TableRendering {
    /// Agenda wording that follows an item's title on the same row: where the title ends.
    static let titleEnds = [" Minutes:", " Additional documents:", " Decision:", " Purpose:", " To receive", " To consider",
                            " To approve", " To note", " To provide", " To agree", " To review", " To discuss", " To elect",
                            " To appoint", " To confirm", " To hear", " To scrutinise", " To update", " To determine",
                            " To endorse", " To comment", " To seek", " To present",
                            // ("Public Speaking/Open Session In accordance with paragraph 2.24 of the Council’s Committee Procedure
                            // Rules …", "Declarations of Interest Members are reminded …".)
                            " In accordance with ", " Members are reminded ", " Members are asked "]

    /// The lines with an agenda table flattened into titles and text, and the index where the table's
    /// rows begin (nil when there is no table).
    static func flatten(_ lines: [SourceLine]) -> (lines: [SourceLine], tableStart: Int?) {
        var result: [SourceLine]
        var index: Int
        let tableStart: Int
        // (Rows that lost their bars: each line is one.)
        var everyLineIsARow = false
        // (Or rows under the header that lost their bars too: a row opens with its title in capitals.)
        var capitalsRows = false
        if let header = lines.firstIndex(where: { isHeader($0.text) }) {
            result = Array(lines[..<header])
            index = header + 1
            if index < lines.count, isRule(lines[index].text) { index += 1 }
            tableStart = header
            capitalsRows = !lines[index...].prefix(40).contains { $0.text.hasSuffix(" |") || $0.text == "|" }
                && lines[index...].prefix(40).contains { capitalsTitle($0.text) != nil }
        } else if let firstRow = headerlessRowsStart(lines) {
            // A copy that starts below the table's header: its rows still end " |".
            result = Array(lines[..<firstRow])
            index = firstRow
            tableStart = firstRow
        } else if let firstRow = barlessRowsStart(lines) {
            result = Array(lines[..<firstRow])
            index = firstRow
            tableStart = firstRow
            everyLineIsARow = true
        } else {
            return (lines, nil)
        }
        var rowStarts = true
        while index < lines.count {
            let line = lines[index]
            index += 1
            var text = line.text
            if text == "|" || isRule(text) {
                result.append(SourceLine(number: line.number, text: "", isBold: false))
                rowStarts = true
                continue
            }
            if text.hasSuffix(" |") { text = String(text.dropLast(2)) }
            if text.hasSuffix("|") { text = String(text.dropLast()) }
            if text.hasPrefix("| ") { text = String(text.dropFirst(2)) }
            if capitalsRows { rowStarts = capitalsTitle(text) != nil }
            guard rowStarts, !text.isEmpty else {
                result.append(SourceLine(number: line.number, text: text, isBold: line.isBold))
                // A row over several lines closes on the one that ends with its cell's bar.
                if line.text.hasSuffix(" |") { rowStarts = true }
                continue
            }
            rowStarts = false
            let (title, rest) = capitalsRows ? capitalsTitle(text) ?? splitTitle(text) : splitTitle(text)
            result.append(SourceLine(number: line.number, text: "", isBold: false))
            if let title { result.append(SourceLine(number: line.number, text: title, isBold: false, startsTableRow: true)) }
            if let rest {
                result.append(SourceLine(number: line.number, text: "", isBold: false))
                // "To note any apologies … Minutes: Apologies were received from …": the agenda text,
                // then the minutes under their own label, as the page shows them.
                if !rest.hasPrefix("Minutes:"), let minutes = rest.range(of: " Minutes: ") {
                    result.append(SourceLine(number: line.number, text: String(rest[..<minutes.lowerBound]), isBold: false))
                    result.append(SourceLine(number: line.number, text: String(rest[rest.index(after: minutes.lowerBound)...]), isBold: false))
                } else {
                    result.append(SourceLine(number: line.number, text: rest, isBold: false))
                }
            }
            // A row's text ending with its cell closes the row.
            if line.text.hasSuffix(" |") || everyLineIsARow { rowStarts = true }
        }
        return (result, tableStart)
    }

    /// Where an agenda table's rows begin when the copy lost its bars as well as its header, each row a line that opens
    /// with its title in capitals and holds the item's "Minutes:" ("APOLOGIES FOR ABSENCE - if any, to receive Minutes: The
    /// Chair welcomed …", "NEW or SUBSTITUTE MEMBERS To note … Minutes: There were no …"): the first of at least two
    /// such lines among the first 40 (when the page's first line is one of them), nil otherwise.
    static func barlessRowsStart(_ lines: [SourceLine]) -> Int? {
        guard let first = lines.firstIndex(where: { !$0.isBlank }), isBarlessRow(lines[first].text) else { return nil }
        let rows = lines.prefix(40).filter { !$0.isBlank && isBarlessRow($0.text) }.count
        return rows >= 2 ? first : nil
    }

    /// "APOLOGIES FOR ABSENCE - if any, to receive Minutes: …": a title opening in capitals (its first word at least
    /// three capitals), then " Minutes: " within the first 400 bytes.
    static func isBarlessRow(_ text: String) -> Bool {
        guard text.utf8.count > 20, let firstWord = text.split(separator: " ", maxSplits: 1).first, firstWord.count >= 3,
              firstWord.allSatisfy({ $0.isUppercase || $0 == "’" || $0 == "'" }),
              let minutes = text.range(of: " Minutes: "), text.utf8.distance(from: text.utf8.startIndex, to: minutes.lowerBound) <= 400
        else { return false }
        guard let title = splitTitle(text).title else { return false }
        return LinePatterns.wordCount(title) <= 15
    }

    /// Where an agenda table's rows begin when the copy lost its "No. | Item |" header: the first of
    /// at least three row lines among the first 40 (a row ends " |", or is a lone "|"), one of which
    /// holds an item's "Minutes:"; nil otherwise. Prose never ends its lines with a bar.
    static func headerlessRowsStart(_ lines: [SourceLine]) -> Int? {
        var first: Int?
        var rows = 0
        var sawMinutes = false
        for (index, line) in lines.prefix(40).enumerated() where !line.isBlank {
            guard line.text.hasSuffix(" |") || line.text == "|" else { continue }
            if line.text.hasSuffix(" |") {
                rows += 1
                if first == nil { first = index }
            }
            if line.text.contains("Minutes:") { sawMinutes = true }
        }
        guard rows >= 3, sawMinutes, let first else { return nil }
        // The row's text may begin lines above its closing bar: back to the first line after a blank.
        var start = first
        while start > 0, !lines[start - 1].isBlank, !lines[start - 1].text.hasSuffix("|") { start -= 1 }
        return start
    }

    /// "DECLARATIONS OF INTERESTS PDF 214 KB Members are reminded …" → ("DECLARATIONS OF INTERESTS PDF 214 KB", "Members are
    /// reminded …"): a row's title in capitals (small words such as "or" and "of" inside it), with its document's size,
    /// before the row's text; nil unless the title has a word of three capitals and text follows it.
    static func capitalsTitle(_ text: String) -> (title: String?, rest: String?)? {
        let words = text.split(separator: " ")
        var count = 0
        while count < words.count {
            let word = words[count]
            if !word.contains(where: \.isLowercase) && word.contains(where: \.isLetter) || word == "-" || word == "–" || word == "&" {
                count += 1
            } else if ["or", "and", "of", "for", "to", "the", "on", "in"].contains(word), count > 0, count + 1 < words.count,
                      !words[count + 1].contains(where: \.isLowercase) {
                count += 1
            } else {
                break
            }
        }
        // (The size of the title's document: "PDF 214 KB" after it.)
        var titleEnd = count
        if titleEnd >= 2, FileSizeText.formats.contains(String(words[titleEnd - 1])), titleEnd + 1 < words.count,
           words[titleEnd].first?.isNumber == true, FileSizeText.multiplier(words[titleEnd + 1]) != nil {
            titleEnd += 2
        }
        guard count >= 1, titleEnd < words.count, words[..<count].contains(where: { $0.filter(\.isUppercase).count >= 3 }),
              words[titleEnd].first?.isUppercase == true, count <= 15 else { return nil }
        return (words[..<titleEnd].joined(separator: " "), titleEnd < words.count ? words[titleEnd...].joined(separator: " ") : nil)
    }

    /// "Appointment of Chair Minutes: In the absence …" → ("Appointment of Chair", "Minutes: In the absence …").
    /// A row that opens with agenda wording has no title of its own.
    static func splitTitle(_ text: String) -> (title: String?, rest: String?) {
        // ("Declarations of Interest All Members are invited to declare …", "Declarations of Interest Councillors are required
        // to comply …": a standing item's title, then its agenda text opening with a capital.)
        if let standing = standingTitle(openingRow: text) {
            let rest = text.dropFirst(standing.count).trimmingCharacters(in: .whitespaces)
            return (standing, rest.isEmpty ? nil : rest)
        }
        let padded = " " + text
        let cut = titleEnds.compactMap { padded.range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
        guard let cut else {
            return LinePatterns.wordCount(text) <= 15 ? (droppingPresenter(text), nil) : (nil, text)
        }
        let title = String(padded[..<cut.lowerBound]).trimmingCharacters(in: .whitespaces)
        let rest = String(padded[padded.index(after: cut.lowerBound)...]).trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty, LinePatterns.wordCount(title) <= 20 else { return (nil, text) }
        return (droppingPresenter(title), rest.isEmpty ? nil : rest)
    }

    /// Standing items' titles, which agendas print the same way everywhere.
    static let standingTitles = ["Declarations of Interest", "Declarations of Interests", "Declaration of Interest", "Declaration of Interests",
                                 "Apologies for Absence", "Substitute Members", "Urgent Business", "Exclusion of the Press and Public"]

    /// The standing item's title a row opens with, when the row's text goes on after it with a capitalised word that opens
    /// no longer title ("Declarations of Interest All Members …", not "Declarations of Interest Register"); nil otherwise.
    static func standingTitle(openingRow text: String) -> String? {
        for title in standingTitles where text.utf8.count > title.utf8.count + 1 && text.lowercased().hasPrefix(title.lowercased()) {
            let after = text.dropFirst(title.count)
            guard after.first == " ", let word = after.dropFirst().split(separator: " ").first, word.first?.isUppercase == true,
                  after.dropFirst().split(separator: " ").count >= 4,
                  ["All", "Councillors", "Members", "Any", "The", "To", "There", "No", "Minutes:", "Members,"].contains(String(word)) else { continue }
            return String(text.prefix(title.count))
        }
        return nil
    }

    /// "Introductions and Apologies County Councillor Clarke" → "Introductions and Apologies": the member who presents
    /// the item, printed in its cell under the title, is no part of it. The title as it is when no titled member ends it.
    static func droppingPresenter(_ title: String) -> String {
        guard TextScan.contains(title, ascii: "ouncillor ") || TextScan.contains(title, ascii: "Cllr ") else { return title }
        for marker in [" County Councillor ", " Councillor ", " County Cllr ", " Cllr "] {
            guard let range = title.range(of: marker, options: .backwards) else { continue }
            let name = title[range.upperBound...].split(separator: " ")
            let head = title[..<range.lowerBound].trimmingSpaces()
            guard (1...3).contains(name.count), name.allSatisfy({ $0.first?.isUppercase == true }), LinePatterns.wordCount(String(head)) >= 1
            else { return title }
            return String(head)
        }
        return title
    }

    /// "No. | Item |", "No. | Item | Decision |".
    static func isHeader(_ text: String) -> Bool {
        guard text.utf8.count <= 60, text.utf8.contains(UInt8(ascii: "|")) else { return false }
        let cells = text.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        return cells.count >= 2 && ["no.", "no", "item no.", "number"].contains(cells[0]) && cells[1].hasPrefix("item")
    }

    /// "---|---|".
    static func isRule(_ text: String) -> Bool {
        !text.isEmpty && text.contains("-") && text.allSatisfy { $0 == "-" || $0 == "|" || $0 == ":" || $0 == " " }
    }
}
