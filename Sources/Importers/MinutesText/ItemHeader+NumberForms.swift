import CouncilText
import Foundation

/// The ways councils print an item's number before its title: "4.1" alone, "3.0", "1Apologies", "2.Minutes", Roman
/// numerals, "12/25", "CYP/1/24", "(3)", AKS's "3/10" over its title; and whether numbers alone between titles go up as
/// an agenda's do.
extension ItemHeader {
    /// "4.1" alone on its line under item 4: an item of the section the item heads, its title on the next line.
    static func subNumberAlone(_ text: String, under numbering: ItemNumbering) -> (number: String, value: Int, rest: String)? {
        guard (3...6).contains(text.utf8.count), let dot = text.firstIndex(of: "."),
              let major = Int(text[..<dot]), let minor = Int(text[text.index(after: dot)...]), minor >= 1, minor <= 40,
              text[text.index(after: dot)...].allSatisfy(\.isASCII), numbering.lastValue == major else { return nil }
        return (text, major, "")
    }

    /// AKS minutes tables, one cell a line: the committee's code ("CYP"), the minute number ("3/10"), the
    /// title. The number is the code and the minute together ("CYP 3/10"), as the minutes cite it.
    static func aksHeader(at index: Int, in lines: [SourceLine]) -> ItemHeader? {
        let code = lines[index].text
        guard (2...6).contains(code.utf8.count), code.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }),
              let numberIndex = PageLayout.nextNonBlank(lines, after: index),
              lines[numberIndex].text.wholeMatch(of: Self.minuteOfYear) != nil,
              let titleIndex = PageLayout.nextNonBlank(lines, after: numberIndex) else { return nil }
        let title = lines[titleIndex].text
        guard title.first?.isLetter == true, Labels.parse(title) == nil, LinePatterns.wordCount(title) <= 30 else { return nil }
        // The table's preamble rows repeat code and number before a sentence ("The minutes of the meeting held
        // on … were signed by the Chairman as a correct record."): that is no title.
        if title.hasSuffix("."), !LinePatterns.isUpperCase(Substring(title)), LinePatterns.wordCount(title) > 8 || MinutesReader.statesSomething(title) { return nil }
        var cleaned = Substring(title)
        while cleaned.last == "." { cleaned = cleaned.dropLast() }
        return ItemHeader(number: code + " " + lines[numberIndex].text, title: String(cleaned), next: titleIndex + 1, rest: nil,
                          titleLine: lines[titleIndex].number)
    }

    /// "1.0 Minutes", "4.0 / Matters Arising": a section's number whose ".0" marks it as a heading (its
    /// paragraphs are 1.1, 1.2, …).
    static func pointZeroNumber(_ text: String) -> (number: String, value: Int, rest: String)? {
        // Most lines are settled on their first bytes, without copying any.
        var bytes = text.utf8.makeIterator()
        var digits = 0
        var next = bytes.next()
        while let byte = next, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 3 {
            digits += 1
            next = bytes.next()
        }
        guard (1...2).contains(digits), next == UInt8(ascii: "."), bytes.next() == UInt8(ascii: "0") else { return nil }
        // ("1.00 / APOLOGIES AND MEMBERSHIP ISSUES": two noughts, as a governing body's Word table numbers its items.)
        var zeros = 1
        var after = bytes.next()
        if after == UInt8(ascii: "0") {
            zeros = 2
            after = bytes.next()
        }
        guard after == UInt8(ascii: " "), bytes.next() != nil, let value = Int(text.prefix(digits)), value > 0 else { return nil }
        return (String(text.prefix(digits + 1 + zeros)), value, String(text.dropFirst(digits + 2 + zeros)).trimmingCharacters(in: .whitespaces))
    }

    /// "2.Report on YOT performance": a number whose dot lost the space after it, before a capital.
    static func gluedNumber(_ text: String) -> (number: String, value: Int, rest: String)? {
        let utf8 = Array(text.utf8.prefix(5))
        var digits = 0
        while digits < utf8.count, utf8[digits] >= UInt8(ascii: "0"), utf8[digits] <= UInt8(ascii: "9") { digits += 1 }
        // (Or "01Apologies for Absence. View Papers": a zero-padded number with no dot, as COINS prints them.)
        let padded = digits == 2 && utf8[0] == UInt8(ascii: "0")
        let gap = padded ? 0 : 1
        // (Three digits for a town council's running minute numbers: "258.APOLOGIES:".)
        guard (1...3).contains(digits), digits + gap < utf8.count, padded || utf8[digits] == UInt8(ascii: "."),
              utf8[digits + gap] >= UInt8(ascii: "A"), utf8[digits + gap] <= UInt8(ascii: "Z"),
              let value = Int(text.prefix(digits)) else { return nil }
        var rest = String(text.dropFirst(digits + gap))
        if padded {
            for link in [" View Papers", " View papers"] where rest.hasSuffix(link) { rest = String(rest.dropLast(link.count)) }
            if rest.hasSuffix("."), !rest.hasSuffix("..") { rest.removeLast() }
        }
        // "258.APOLOGIES:", "259.YOUTH REPRESENTATION:": a heading in capitals, one word or more, its colon no part of it.
        if !padded, rest.hasSuffix(":"), LinePatterns.isUpperCase(Substring(rest)), rest.filter(\.isLetter).count >= 4 {
            return (String(text.prefix(digits)), value, String(rest.dropLast()))
        }
        return LinePatterns.wordCount(rest) >= 2 || padded && !rest.isEmpty ? (String(text.prefix(digits)), value, rest) : nil
    }

    /// "1Apologies for Absence & Declarations of Interest", "2Minutes of the previous meeting": ModernGov's minutes
    /// copied from their table, the number's cell run into the title's. Only the next number in sequence or the one after
    /// (1 or 2 first), before a title of two words or more in title case: "4Children" or "3Rivers Trust" in prose is no item.
    static func unspacedNumber(_ text: String, under numbering: ItemNumbering) -> (number: String, value: Int, rest: String)? {
        guard let lead = text.utf8.first, lead >= UInt8(ascii: "1"), lead <= UInt8(ascii: "9") else { return nil }
        let utf8 = Array(text.utf8.prefix(4))
        var digits = 0
        while digits < utf8.count, utf8[digits] >= UInt8(ascii: "0"), utf8[digits] <= UInt8(ascii: "9") { digits += 1 }
        guard (1...2).contains(digits), digits + 1 < utf8.count, utf8[0] != UInt8(ascii: "0"),
              utf8[digits] >= UInt8(ascii: "A"), utf8[digits] <= UInt8(ascii: "Z"),
              utf8[digits + 1] >= UInt8(ascii: "a"), utf8[digits + 1] <= UInt8(ascii: "z"),
              // ("Record of Votes View Papers" / "2Declarations of interest" / … / "4Rolling Action Log": COINS prints no number for
              // some rows, the first among them; one number may be skipped.)
              let value = Int(text.prefix(digits)), (1...2).contains(value - (numbering.lastValue ?? 0)) else { return nil }
        var rest = String(text.dropFirst(digits)).trimmingCharacters(in: .whitespaces)
        // ("4Rolling Action Log  View Papers": COINS's link to the item's papers.)
        for link in [" View Papers", " View papers"] where rest.hasSuffix(link) {
            rest = String(rest.dropLast(link.count)).trimmingCharacters(in: .whitespaces)
        }
        guard LinePatterns.wordCount(rest) >= 2, LinePatterns.wordCount(rest) <= 12, isTitleCaseHeading(Substring(rest)) || isSentenceCaseTitle(rest)
        else { return nil }
        return (String(text.prefix(digits)), value, rest)
    }

    /// "II PROVISION OF FREE SANITARY PRODUCTS": a Roman numeral before a title in capitals, as Scottish minutes number their articles.
    static func romanNumber(_ text: String) -> (number: String, value: Int, rest: String)? {
        guard let first = text.first, "IVX".contains(first), let space = text.firstIndex(of: " ") else { return nil }
        let numeral = String(text[..<space])
        guard let value = romanValues[numeral] else { return nil }
        let rest = text[text.index(after: space)...].trimmingSpaces()
        guard LinePatterns.isUpperCase(rest), LinePatterns.wordCount(String(rest)) >= 2 || rest.count >= 6 else { return nil }
        return (numeral, value, String(rest))
    }

    static let romanValues: [String: Int] = {
        let numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
                        "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV"]
        return Dictionary(uniqueKeysWithValues: numerals.enumerated().map { ($1, $0 + 1) })
    }()

    /// "23/5 Ofsted Focused Visit": minute numbers printed as meeting/item. The item's value in the
    /// sequence is its second part. A date ("23/05/2019") is not one.
    static func slashNumber(_ text: String) -> (number: String, value: Int, rest: String)? {
        if let coded = codedMinuteNumber(text) { return coded }
        // "PLY28/12 Apologies for absence", "R001/11 Youth Club": a parish committee's letters, the minute's number and the
        // year; the value is the minute's number.
        if Self.opensWithLettersAndNumberBeforeSlash(text), let match = text.prefixMatch(of: Self.lettersMinuteAndYear), let value = Int(match.output.2) {
            guard let title = match.output.4 else { return nil }
            return ("\(match.output.1)\(match.output.2)/\(match.output.3)", value, String(title))
        }
        // The pattern opens with a digit and holds a slash: other lines are settled by a byte check.
        guard let first = text.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9"),
              text.utf8.contains(UInt8(ascii: "/")), let match = text.prefixMatch(of: Self.slashNumbered), let value = Int(match.output.2) else { return nil }
        // ("2404/01 APOLOGIES": a meeting's four digits, year and month, then the minute; "2019/20 budget": a year is no number.)
        if match.output.1.count == 4, (1900...2099).contains(Int(match.output.1) ?? 0) { return nil }
        // ("19/23" alone on its line: the title is on the next.)
        guard match.output.3 != nil || match.0.count == text.count else { return nil }
        return ("\(match.output.1)/\(match.output.2)", value, String(match.output.3 ?? ""))
    }

    /// Whether a line opens with one to four capitals, one to three digits and a slash ("PLY28/", "R001/"): settled on its
    /// first bytes, before the pattern is tried.
    static func opensWithLettersAndNumberBeforeSlash(_ text: String) -> Bool {
        var letters = 0, digits = 0
        for byte in text.utf8.prefix(8) {
            if digits == 0, byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") {
                letters += 1
            } else if letters > 0, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                digits += 1
            } else {
                return byte == UInt8(ascii: "/") && (1...4).contains(letters) && (1...3).contains(digits)
            }
        }
        return false
    }

    /// "CYP/1/24" alone on its line, the title on the next: a minute numbered by the committee's code, the
    /// item and the year, as some ModernGov councils print them. The item's value is the middle part.
    /// "YC.1" alone on its line: the committee's code and the item (the value).
    static func codedMinuteNumber(_ text: String) -> (number: String, value: Int, rest: String)? {
        guard let first = text.utf8.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z"), text.utf8.count <= 14 else { return nil }
        if let match = text.wholeMatch(of: Self.codedMinute), let value = Int(match.output.2) { return (text, value, "") }
        if let match = text.wholeMatch(of: Self.codeDotNumber), let value = Int(match.output.2) { return (text, value, "") }
        return nil
    }

    /// Plain CMS: "CHILDREN'S SERVICES PERFORMANCE – The Director submitted a report" → the
    /// upper-case title and the minutes after the dash (nil when nothing follows it).
    /// "(29) QUESTIONS TO ASK – The Director …": the number of the report the minute is on, before the title, is dropped;
    /// "FORWARD PLAN – MARCH TO JUNE 2011 – The Director …": the title runs on over every dashed part in capitals.
    /// "1) Welcome" → "1 Welcome": an item's number in a bracket's form, read as any number is. Only "1)" when no item has
    /// opened yet, or the next number when the items so far were bracketed; nil otherwise.
    static func parenthesisedNumber(_ text: String, under numbering: ItemNumbering) -> String? {
        let utf8 = text.utf8
        guard let first = utf8.first, first >= UInt8(ascii: "1") && first <= UInt8(ascii: "9"),
              let close = utf8.firstIndex(of: UInt8(ascii: ")")), utf8.distance(from: utf8.startIndex, to: close) <= 2,
              utf8[utf8.startIndex..<close].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              let value = Int(String(text[..<close])), utf8[utf8.index(after: close)...].first == UInt8(ascii: " ") else { return nil }
        if let last = numbering.lastValue {
            guard numbering.parenthesised, value == last + 1 else { return nil }
        } else if value != 1 {
            return nil
        }
        return String(value) + " " + text[text.index(after: close)...].trimmingCharacters(in: .whitespaces)
    }

    /// Whether a line opens "N) ".
    static func opensWithBracketedNumber(_ text: String) -> Bool {
        let digits = text.utf8.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        return (1...2).contains(digits.count) && text.utf8.dropFirst(digits.count).starts(with: ") ".utf8)
    }

    /// Whether the numbers alone on the lines that alternate with single lines of text around `index` ("1" / "Apologies" /
    /// "2" / "Minutes" / "3") go up one at a time. True when there is no other such number to compare.
    static func countsUpOneByOne(alternatingWith index: Int, in lines: [SourceLine]) -> Bool {
        func numberAlone(_ position: Int?) -> Int? {
            guard let position, case let text = lines[position].text, !text.isEmpty, text.utf8.count <= 4, text.allSatisfy(\.isNumber) else { return nil }
            return Int(text)
        }
        guard var current = numberAlone(index) else { return true }
        if let title = PageLayout.previousNonBlank(lines, before: index), let earlier = numberAlone(PageLayout.previousNonBlank(lines, before: title)),
           earlier + 1 != current, earlier != current {
            return false
        }
        var position = index
        for _ in 0..<3 {
            guard let title = PageLayout.nextNonBlank(lines, after: position), let next = PageLayout.nextNonBlank(lines, after: title),
                  let value = numberAlone(next) else { break }
            // ("180" / "Revenue Budget 2005/06 - Period 10" / "180" / "There was submitted …": a minute book prints the number
            // in both margins. In a table, "4" / "Court" / "4" / "Lisnaside" / "5", more counts follow.)
            if value == current {
                if let cell = PageLayout.nextNonBlank(lines, after: next), numberAlone(PageLayout.nextNonBlank(lines, after: cell)) != nil { return false }
                break
            }
            if value != current + 1 { return false }
            current = value
            position = next
        }
        return true
    }
}

// Regex literals are parsed again each time they are evaluated: these are built once.
extension ItemHeader {
    /// "3/10": an AKS minute number alone on its line (the minute, then the year).
    nonisolated(unsafe) static let minuteOfYear = /[0-9]{1,3}\/[0-9]{2}/

    /// "12/25 Title": an item number with its year.
    nonisolated(unsafe) static let slashNumbered = /([0-9]{1,4})\/([0-9]{1,3})\.?(?:\s+(\S.*))?/
    /// "PLY28/12 Apologies": letters, the minute's number, a slash, the year's two digits, then the title.
    nonisolated(unsafe) static let lettersMinuteAndYear = /([A-Z]{1,4})([0-9]{1,3})\/([0-9]{2})(?:\s+(\S.*))?/

    /// "CYP/1/24": a committee's code, the item and the year.
    nonisolated(unsafe) static let codedMinute = /([A-Z]{2,6})\/([0-9]{1,3})\/([0-9]{2,4})/
    nonisolated(unsafe) static let codeDotNumber = /([A-Z]{2,6})\.([0-9]{1,3})/
}

extension ItemHeader {
    /// "1 - Sederunt and Declaration of Members’ Interests", "2A - Public Sector Equality Duty": a number, a dash, a title.
    static func opensWithDashedNumber(_ text: String) -> Bool {
        text.prefixMatch(of: Self.dashedNumberOpening) != nil
    }

    /// "1. Select the link above": a number with its dot (spaces before it allowed).
    static func opensWithDottedNumber(_ text: String) -> Bool {
        text.prefixMatch(of: Self.dottedNumberOpening) != nil
    }

    nonisolated(unsafe) static let dashedNumberOpening = /[0-9]{1,3}[A-Za-z]? [-–] \p{Lu}/
    nonisolated(unsafe) static let dottedNumberOpening = /\s*[0-9]{1,3}\.\s/
}
