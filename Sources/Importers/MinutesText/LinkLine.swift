import Foundation
import CouncilText
import EvidenceModel

/// Reads document links as the text renderings show them: "Cover Report, item 4.1 PDF 268 KB",
/// "Ofsted Inspection pdf icon PDF 489 KB", "Item 38, item 38. PDF 266 KB View as HTML (38./1) 51 KB",
/// "Minutes (156Kb)", or a size on a line of its own ("PDF 119 KB") after the title.
enum LinkLine {
    /// File formats ModernGov and CMIS print before a size: the council-text vocabulary's.
    static var formats: Set<String> { FileSizeText.formats }

    /// A size found in a line: format, amount text, unit text and where the words were.
    struct Size {
        var format: String?
        var amount: String
        var unit: String
        var bytes: Int?
        /// Index of the first word of the size (the format word, or the amount).
        var firstWord: Int
        /// Index of the unit word.
        var lastWord: Int
    }

    /// The links a line holds: usually one; two when a "View as HTML" copy follows the PDF.
    static func parse(_ text: String, line: Int?) -> [DocumentLink]? {
        guard TextScan.mayHoldFileSize(text), TextScan.mayHoldSizeWords(text) else { return nil }
        var body = Substring(text)
        if let bullet = LinePatterns.bullet(text) { body = Substring(bullet.rest) }
        let words = body.split(separator: " ")
        guard let size = firstSize(in: words) else { return nil }
        var titleWords = Array(words[..<size.firstWord])
        stripIconWords(&titleWords)
        // ("(i) Minute of Meeting of 7 October 2013 for noting (PDF, 617 KB)": a point's numeral is no part of the paper's name.)
        if titleWords.count >= 2, let first = titleWords.first, first.hasPrefix("("), first.hasSuffix(")"), (3...6).contains(first.count),
           first.dropFirst().dropLast().allSatisfy({ "ivxlcdm".contains($0) }) || first.count == 3 && first.dropFirst().first?.isLetter == true {
            titleWords.removeFirst()
        }
        let title = LinePatterns.trimTrailingPunctuationKeepingDots(titleWords.joined(separator: " "))
        // A size with no title before it names no document.
        guard !title.isEmpty else { return nil }
        var links = [DocumentLink(title: title, format: size.format, sizeText: "\(size.amount) \(size.unit)",
                                  sizeBytes: size.bytes, itemNumber: itemNumber(inTitle: title), line: line)]
        // "... PDF 266 KB View as HTML (38./1) 51 KB": the HTML copy of the same document.
        let rest = Array(words[(size.lastWord + 1)...])
        if rest.count >= 4, rest[0].lowercased() == "view", rest[1].lowercased() == "as",
           let restSize = firstSize(in: rest[2...].map { $0 }, defaultFormat: String(rest[2]).uppercased()) {
            links.append(DocumentLink(title: title, format: "HTML", sizeText: "\(restSize.amount) \(restSize.unit)",
                                      sizeBytes: restSize.bytes, itemNumber: links[0].itemNumber, line: line))
        }
        return links
    }

    /// A line that is only a size ("PDF 119 KB"), to attach to the title on the line before.
    static func sizeOnly(_ text: String) -> Size? {
        guard text.utf8.count <= 40, TextScan.mayHoldFileSize(text), TextScan.mayHoldSizeWords(text) else { return nil }
        let words = text.split(separator: " ")
        guard words.count <= 4, let size = firstSize(in: words), size.firstWord == 0 || (size.firstWord == 2 && words[1].lowercased() == "icon") else { return nil }
        return size.lastWord == words.count - 1 ? size : nil
    }

    /// Finds `FORMAT AMOUNT UNIT` (or `(156Kb)`) in words.
    static func firstSize(in words: [Substring], defaultFormat: String? = nil) -> Size? {
        var index = 0
        while index < words.count {
            let word = words[index]
            // "(156Kb)" as CMIS prints it.
            if word.hasPrefix("("), word.hasSuffix(")"), let glued = gluedSize(word.dropFirst().dropLast()) {
                return Size(format: defaultFormat, amount: glued.amount, unit: glued.unit, bytes: glued.bytes, firstWord: index, lastWord: index)
            }
            // "(PDF, 187KB)": the same with the size's number and unit run together.
            if word.hasPrefix("("), word.hasSuffix(","), formats.contains(word.dropFirst().dropLast().uppercased()), index + 1 < words.count,
               words[index + 1].hasSuffix(")"), let glued = gluedSize(words[index + 1].dropLast()) {
                return Size(format: word.dropFirst().dropLast().uppercased(), amount: glued.amount, unit: glued.unit, bytes: glued.bytes,
                            firstWord: index, lastWord: index + 1)
            }
            // "(PDF, 2 MB)", "(Word document, 45 KB)": a council site's format and size in one bracket.
            if word.hasPrefix("("), word.hasSuffix(","), formats.contains(word.dropFirst().dropLast().uppercased()), index + 2 < words.count,
               words[index + 2].hasSuffix(")"), let amount = Double(words[index + 1].filter { $0 != "," }),
               let multiplier = FileSizeText.multiplier(words[index + 2].dropLast()).map(Double.init) {
                return Size(format: words[index].dropFirst().dropLast().uppercased(), amount: String(words[index + 1]), unit: String(words[index + 2].dropLast()),
                            bytes: FileSizeText.byteCount(amount * multiplier), firstWord: index, lastWord: index + 2)
            }
            if index + 1 < words.count, word.first?.isNumber == true, let amount = Double(word.filter { $0 != "," }),
               let multiplier = FileSizeText.multiplier(words[index + 1]).map(Double.init) {
                let hasFormat = index > 0 && formats.contains(words[index - 1].uppercased())
                if !hasFormat, index > 0, isFormatList(words[index - 1]) {
                    return Size(format: defaultFormat, amount: String(word), unit: String(words[index + 1]),
                                bytes: FileSizeText.byteCount(amount * multiplier), firstWord: index - 1, lastWord: index + 1)
                }
                if hasFormat || defaultFormat != nil {
                    let format = hasFormat ? words[index - 1].uppercased() : defaultFormat
                    return Size(format: format, amount: String(word), unit: String(words[index + 1]),
                                bytes: FileSizeText.byteCount(amount * multiplier), firstWord: hasFormat ? index - 1 : index, lastWord: index + 1)
                }
            }
            index += 1
        }
        return nil
    }

    /// "PPTOBDPSXLSCSVDOC…MGPDFTOPDF…CONVERTPERCENT": the names of every file type a ModernGov site's
    /// icon can show, run together in place of the one format when a copy lost the icon's markup. It
    /// says nothing of the document's own format.
    static func isFormatList(_ word: Substring) -> Bool {
        word.utf8.count >= 24 && word.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
            && TextScan.contains(word, ascii: "TOPDF")
    }

    static func gluedSize(_ text: Substring) -> (amount: String, unit: String, bytes: Int?)? {
        let amountText = text.prefix { $0.isNumber || $0 == "." }
        let unit = text.dropFirst(amountText.count).trimmingSpaces()
        // ("(236K/bytes)": an older ModernGov template's kilobytes.)
        let plainUnit = unit.hasSuffix("/bytes") ? unit.dropLast("/bytes".count) + "B" : String(unit)
        guard !amountText.isEmpty, let amount = Double(amountText), let multiplier = FileSizeText.multiplier(plainUnit).map(Double.init) else { return nil }
        return (String(amountText), String(unit), FileSizeText.byteCount(amount * multiplier))
    }

    /// Drops the icon's alt text ("pdf icon", "word icon") that precedes the size.
    static func stripIconWords(_ words: inout [Substring]) {
        if words.last?.lowercased() == "icon" {
            words.removeLast()
            if let last = words.last, formats.contains(last.uppercased()) || ["word", "excel", "powerpoint"].contains(last.lowercased()) {
                words.removeLast()
            }
        }
    }

    /// ModernGov names supporting documents "..., item 4.1": the item number, without a trailing dot.
    static func itemNumber(inTitle title: String) -> String? {
        guard TextScan.contains(title, ascii: ", item ") else { return nil }
        guard let range = title.range(of: ", item ", options: .backwards) else { return nil }
        var number = title[range.upperBound...]
        while number.last == "." { number = number.dropLast() }
        guard !number.isEmpty, number.allSatisfy({ $0.isNumber || $0 == "." || ($0.isLetter && $0.isLowercase) }),
              number.first?.isNumber == true else { return nil }
        return String(number)
    }

    /// ModernGov's related links ("View the background to item 38.", "Find out more about this issue").
    static func isRelatedLink(_ text: String) -> Bool {
        guard let lead = text.utf8.first, lead == UInt8(ascii: "V") || lead == UInt8(ascii: "v") || lead == UInt8(ascii: "F")
                || lead == UInt8(ascii: "f") || lead == UInt8(ascii: "-") else { return false }
        guard let first = text.first, "VvFf-".contains(first) else { return false }
        var body = Substring(text)
        if body.hasPrefix("- ") { body = body.dropFirst(2) }
        let lower = body.lowercased()
        return ["view the background to item", "view the decision for item", "view the reasons why item",
                "view the reasons for item", "find out more about this issue", "view the minutes for item",
                "view the outcome for item", "view the declarations of interest for item"].contains { lower.hasPrefix($0) }
    }
}

/// Title clean-up shared by links and items.
extension LinePatterns {
    /// Trims spaces, commas and dashes at the end but keeps a final dot ("item 38." stays as written).
    static func trimTrailingPunctuationKeepingDots(_ text: String) -> String {
        var result = Substring(text).trimmingSpaces()
        while let last = result.last, ",;:-–—".contains(last) || last == " " { result = result.dropLast() }
        return String(result)
    }
}
