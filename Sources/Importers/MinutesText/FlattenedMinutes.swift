import CouncilText
/// Minutes a PDF copy put on one line ("Minutes of X Meeting 9 – 16.6.11 Present: A, B. 1. Welcome and
/// Introductions The Acting Chair welcomed those present. 2. Apologies for Absence Apologies were received
/// from: C, D. 3. …"): the line is parted where the page had its breaks, so the reader's rules for headers,
/// lists and items read it as they read any minutes. Its numbered items (1., 2., 3., … in order) settle that
/// it is such a page; each is parted into its title and its sentences. Every part keeps the line's number.
enum FlattenedMinutes {
    /// The lines, with each long line that holds three numbered items or more in order parted; others as they are.
    static func parted(_ lines: [SourceLine]) -> [SourceLine] {
        guard lines.contains(where: mayBeFlattened) else { return lines }
        return lines.indices.flatMap { index -> [SourceLine] in
            let line = lines[index]
            // (A line that opens with item 1 right under a list of people parted from it: "In Attendance: A, B" / "1. …".)
            let underPeople = index > 0 && line.text.hasPrefix("1. ")
                && RunTogetherLabels.listLabels.contains { lines[index - 1].text.hasPrefix($0.dropFirst()) }
            guard mayBeFlattened(line), let starts = itemStarts(in: line.text, underListOfPeople: underPeople) else {
                // (A copy cut off before its first item: its header alone, when it is a minute's heading and its lists.)
                guard mayBeFlattened(line), Self.isHeaderWithoutItems(line.text) else { return [line] }
                return headerParts(line.text).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    .map { SourceLine(number: line.number, text: $0, isBold: false) }
            }
            var parts: [String] = []
            let text = line.text
            // ("1. All Members are invited to … 2. Please note that … 3. Members are advised …": a notice's numbered
            // sentences, no items.)
            if starts.contains(where: { start in
                let words = text[start...].split(separator: " ", maxSplits: 3).dropFirst().prefix(2).map(String.init)
                return sentenceOnlyOpeners.contains { words.starts(with: $0) }
            }) {
                return [line]
            }
            parts.append(contentsOf: headerParts(withoutPageNumber(String(text[..<starts[0]]))))
            for (position, start) in starts.enumerated() {
                let end = position + 1 < starts.count ? starts[position + 1] : text.endIndex
                var item = String(text[start..<end])
                if item.hasPrefix("1, ") { item = "1. " + item.dropFirst(3) }
                parts.append(contentsOf: itemParts(item))
            }
            return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                .map { SourceLine(number: line.number, text: $0, isBold: false) }
        }
    }

    /// "- 1 - MINUTES OF COUNTY COUNCIL MEETING DATE: …": the page's number printed over its heading, left off.
    static func withoutPageNumber(_ text: String) -> String {
        guard let match = text.prefixMatch(of: #/[-–] ?\d{1,3} ?[-–] /#) else { return text }
        return String(text[match.range.upperBound...])
    }

    /// Words that open a sentence and never an item's title: "All Members are invited …", "Please note …".
    static let sentenceOnlyOpeners: [[String]] = [["Please"], ["All", "Members"], ["All", "members"], ["All", "Governors"], ["All", "governors"]]

    /// A line long enough to hold a page's items, and short enough that parting it costs little: a line of more than
    /// a megabyte is no copy of minutes (the reader stops reading at 64 MiB in any case).
    static func mayBeFlattened(_ line: SourceLine) -> Bool {
        (400...(1 << 20)).contains(line.text.utf8.count)
    }

    /// Where the items "1. ", "2. ", "3. " … open, in order, each number one more than the last and followed by a
    /// capitalised word; nil unless there are three or more. One pass over the line's bytes.
    static func itemStarts(in text: String, underListOfPeople: Bool = false) -> [String.Index]? {
        let bytes = Array(text.utf8)
        var offsets = chain(from: 1, in: bytes, at: 0)
        // "164. PRAYERS 164.1. The meeting opened … 165. APOLOGIES …": minutes numbered on from the meetings before.
        if offsets.count < 3, let continued = continuedChain(in: bytes, text: text) { offsets = continued }
        // (Two are enough after a list of those present: "… Present: A, B In Attendance: C 1. APOLOGIES … 2. …", a copy
        // cut short.)
        guard offsets.count >= 3 || offsets.count == 2 && (underListOfPeople || listsThosePresent(before: offsets[0], in: text)) else { return nil }
        return offsets.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }

    /// The offsets of items numbered `first`, `first + 1`, … in order, the first at or after `start`.
    private static func chain(from first: Int, in bytes: [UInt8], at start: Int) -> [Int] {
        var offsets: [Int] = []
        var expected = first
        var position = start
        while let found = numberedItem(expected, in: bytes, from: position) {
            offsets.append(found)
            position = found + 1
            expected += 1
        }
        return offsets
    }

    /// Items whose numbering runs on from earlier meetings' minutes ("164. PRAYERS", "165. APOLOGIES", "166.
    /// DECLARATIONS OF INTEREST"): three or more in order from any number, each title in capitals (two capital
    /// letters at least), so a count or a year in a sentence starts none; two after a list of those present ("…
    /// Present Membership: Cllr A … 43. MINUTES … 44. DECLARATIONS OF INTEREST …", a copy cut short). The first such run.
    private static func continuedChain(in bytes: [UInt8], text: String) -> [Int]? {
        var tried = 0
        var position = 0
        while tried < 12, let (number, offset) = capitalsItem(in: bytes, from: position) {
            position = offset + 1
            guard number > 1 else { continue }
            tried += 1
            var offsets = [offset]
            while let next = capitalsItem(numbered: number + offsets.count, in: bytes, from: offsets[offsets.count - 1] + 1) {
                offsets.append(next)
            }
            if offsets.count >= 3 || offsets.count == 2 && listsThosePresent(before: offsets[0], in: text) { return offsets }
        }
        return nil
    }

    /// The next "N. XY" (a number of one to four digits at the line's start or after a space, a full stop, a space and
    /// two capital letters) at or after an offset, with its number.
    private static func capitalsItem(in bytes: [UInt8], from start: Int) -> (number: Int, offset: Int)? {
        var position = start
        while position < bytes.count {
            defer { position += 1 }
            guard isDigit(bytes[position]), bytes[position] != UInt8(ascii: "0"), position == 0 || bytes[position - 1] == UInt8(ascii: " ") else { continue }
            var end = position
            var number = 0
            while end < bytes.count, end - position < 4, isDigit(bytes[end]) {
                number = number * 10 + Int(bytes[end] - UInt8(ascii: "0"))
                end += 1
            }
            if isCapitalsTitle(at: position, number: number, in: bytes) { return (number, position) }
        }
        return nil
    }

    /// The next "N. XY" with the given number at or after an offset.
    private static func capitalsItem(numbered number: Int, in bytes: [UInt8], from start: Int) -> Int? {
        let first = String(number).utf8.first!
        var position = start
        while position < bytes.count {
            defer { position += 1 }
            guard bytes[position] == first, position == 0 || bytes[position - 1] == UInt8(ascii: " ") else { continue }
            if isCapitalsTitle(at: position, number: number, in: bytes) { return position }
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Whether "N. XY" stands at an offset: the number, a full stop, a space, two capital letters.
    private static func isCapitalsTitle(at offset: Int, number: Int, in bytes: [UInt8]) -> Bool {
        let digits = Array(String(number).utf8)
        let after = offset + digits.count
        guard after + 3 < bytes.count, bytes[offset..<after].elementsEqual(digits) else { return false }
        func capital(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        return bytes[after] == UInt8(ascii: ".") && bytes[after + 1] == UInt8(ascii: " ") && capital(bytes[after + 2]) && capital(bytes[after + 3])
    }

    /// Whether the text before an offset holds the label of those present (" Present: ", " In attendance: ").
    private static func listsThosePresent(before offset: Int, in text: String) -> Bool {
        let head = withColonsAfterBareLabels(String(decoding: text.utf8.prefix(offset), as: UTF8.self))
        // (At the line's start too: the labels may have been parted onto lines of their own already.)
        return [" Present: ", " Present:- ", " Present Membership: ", " Attendees: ", " In attendance: ", " In Attendance: "].contains { head.contains($0) || head.hasPrefix($0.dropFirst()) }
    }

    /// The offset of the first "N. Capitalised" (or "N) ") at or after an offset: N at the line's start or after a space.
    private static func numberedItem(_ number: Int, in bytes: [UInt8], from start: Int) -> Int? {
        let digits = Array(String(number).utf8)
        var position = start
        while position + digits.count + 2 < bytes.count {
            defer { position += 1 }
            guard bytes[position] == digits[0], position == 0 || bytes[position - 1] == UInt8(ascii: " "),
                  bytes[position..<(position + digits.count)].elementsEqual(digits) else { continue }
            let mark = bytes[position + digits.count]
            let capital = bytes[position + digits.count + 2]
            // ("… Mrs F Torr, Parent 1, APOLOGIES AND WELCOME Apologies were …": the first item's stop typed as a comma, its
            // title in capitals.)
            // ("Committee Room 1, Council Offices": a title in small letters after the comma is a place's, no item's.)
            let commaBeforeCapitals = mark == UInt8(ascii: ",") && number == 1 && position + 4 < bytes.count
                && bytes[position + 3] >= UInt8(ascii: "A") && bytes[position + 3] <= UInt8(ascii: "Z")
                && bytes[position + 4] >= UInt8(ascii: "A") && bytes[position + 4] <= UInt8(ascii: "Z")
            guard mark == UInt8(ascii: ".") || mark == UInt8(ascii: ")") || commaBeforeCapitals, bytes[position + digits.count + 1] == UInt8(ascii: " "),
                  capital >= UInt8(ascii: "A") && capital <= UInt8(ascii: "Z") else { continue }
            return position
        }
        return nil
    }

    /// "Minute of Meeting Council … Date Time Venue Thursday, 27 June 2019 09:30 … Present Councillor A, …": minutes
    /// flattened and cut off before their first item, their heading a minute's and a list of those present after it.
    static func isHeaderWithoutItems(_ text: String) -> Bool {
        let opening = text.prefix(200).lowercased()
        guard opening.hasPrefix("minute of meeting ") || opening.hasPrefix("minutes of meeting ") || opening.contains(" date time venue ") else { return false }
        return withColonsAfterBareLabels(String(text.prefix(4000))).contains(" Present: ")
    }

    /// "Minute of Meeting Council Minute of Meeting Council Date Time Venue Thursday, 27 June 2019 09:30 Council Chambers,
    /// Paisley": a form's heading (printed twice by the copy) and its row of labels over their values, as the lines
    /// "Minute of Meeting" / "Council" / "Date: …" / "Time: …" / "Venue: …"; nil when the text holds no such row.
    static func columnFormHeader(_ text: String) -> [String]? {
        guard let columns = text.range(of: " Date Time Venue ") else { return nil }
        var words = text[..<columns.lowerBound].split(separator: " ")
        if words.count >= 2, words.count % 2 == 0, Array(words[..<(words.count / 2)]) == Array(words[(words.count / 2)...]) {
            words = Array(words[..<(words.count / 2)])
        }
        var parts: [String] = []
        if words.count > 3, words.prefix(3).map({ $0.lowercased() }) == ["minute", "of", "meeting"] || words.prefix(3).map({ $0.lowercased() }) == ["minutes", "of", "meeting"] {
            parts = [words.prefix(3).joined(separator: " "), words.dropFirst(3).joined(separator: " ")]
        } else if !words.isEmpty {
            parts = [words.joined(separator: " ")]
        }
        let values = String(text[columns.upperBound...])
        guard let day = DateText.allDates(in: values).first, values.distance(from: values.startIndex, to: day.range.lowerBound) <= 12 else {
            return parts + ["Date Time Venue " + values]
        }
        parts.append("Date: " + values[..<day.range.upperBound])
        var rest = values[day.range.upperBound...].drop { $0 == " " || $0 == "," }
        if let time = rest.prefixMatch(of: /\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?/.ignoresCase()) {
            parts.append("Time: " + time.output)
            rest = rest[time.range.upperBound...].drop { $0 == " " }
        }
        if !rest.isEmpty { parts.append("Venue: " + rest) }
        return parts
    }

    /// The text before the first item: its heading, then each list or label of who, when and where on a line.
    private static func headerParts(_ text: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(withColonsAfterBareLabels(text))
        while let next = headerLabels.compactMap({ label in rest.dropFirst().range(of: label) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            parts.append(String(rest[..<next.lowerBound]))
            rest = rest[rest.index(after: next.lowerBound)...]
        }
        // "… AT THE LEARNING CENTRE AGENDA": the word that heads the items, on a line of its own as the page printed it.
        let last = rest.trimmingCharacters(in: .whitespaces)
        for heading in [" AGENDA", " Agenda"] where last.hasSuffix(heading) && last.utf8.count > heading.utf8.count {
            return parts + [String(last.dropLast(heading.count)), String(heading.dropFirst())]
        }
        parts.append(String(rest))
        if let form = columnFormHeader(parts[0]) { parts.replaceSubrange(0...0, with: form) }
        return parts
    }

    /// "… College Present Peter Bul (Chair), … Apologies Kyla Ash, … In attendance - Angela Dou …": a header whose labels lost
    /// their colons (or took a dash), each with a capitalised name right after it, written with the colon the labels
    /// have. Only in the text before the first item, and only the labels of lists of people.
    static func withColonsAfterBareLabels(_ text: String) -> String {
        guard TextScan.contains(text, ascii: "resent ") || TextScan.contains(text, ascii: "pologies ") || TextScan.contains(text, ascii: "ttendance ")
                || TextScan.contains(text, ascii: "Aldermen ") else {
            return text
        }
        var result = text
        for label in [" Present ", " PRESENT ", " Apologies ", " APOLOGIES ", " Chair ", " In attendance - ", " In attendance – ", " In Attendance - ",
                      " In Attendance – ", " In attendance ", " In Attendance ", " Honorary Aldermen "] {
            var searchFrom = result.startIndex
            while let range = result.range(of: label, range: searchFrom..<result.endIndex) {
                searchFrom = range.upperBound
                guard let next = result[range.upperBound...].first, next.isUppercase,
                      // ("Those Present Were …", "Apologies Were Received": a verb after the word, no list.)
                      !["Were", "Was", "For", "From", "Received"].contains(where: { result[range.upperBound...].hasPrefix($0 + " ") }),
                      // ("Present Membership: Cllr A …": the label goes on to its own colon.)
                      result[range.upperBound...].prefix(while: { $0 != " " }).last != ":" else { continue }
                let word = label.split(separator: " ").filter { $0 != "-" && $0 != "–" }.joined(separator: " ")
                let replacement = " " + word + ": "
                result.replaceSubrange(range, with: replacement)
                searchFrom = result.index(range.lowerBound, offsetBy: replacement.count)
            }
        }
        return result
    }

    /// Labels the header of flattened minutes prints, a space before each.
    static let headerLabels = [" Present: ", " Present:- ", " Attendees: ", " Attended: ", " In attendance: ", " In Attendance: ",
                               " Apologies: ", " Apologies for absence: ", " Apologies for Absence: ", " Also present: ",
                               // (Scottish minutes' labels with a dash: "Present:- … Also Present:- … Apologies:- …".)
                               " Also Present:- ", " Also present:- ", " Apologies:- ", " In Attendance:- ", " In attendance:- ",
                               " Date: ", " Time: ", " Venue: ", " Chair: ", " DATE: ", " TIME: ", " VENUE: ", " Present Membership: ",
                               // ("… Apologies: Cllrs A and B Honorary Aldermen C, D …": the next group of those present.)
                               " Honorary Aldermen: ",
                               // ("… 6 November 2014 A meeting of the X will be held within PLACE on DATE …": a notice's sentence.)
                               " A meeting of the ",
                               // ("36 Causton Street, London … Web: www.x.org.uk MINUTES OF THE X BOARD MEETING HELD AT …": a
                               // letterhead over the heading.)
                               " MINUTES OF THE "]

    /// One item: "N. Title" on a line, then each sentence of what was minuted on its own; the item whole when its
    /// title's end cannot be told.
    private static func itemParts(_ text: String) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 2 else { return [text] }
        // (A title too long to find its end in: its first words are the title's, a page range among them the pack's.)
        guard let titleEnd = titleEnd(in: words) else {
            let opening = droppingPackPageRange(Array(words.prefix(16)))
            return opening.count < min(words.count, 16) ? [(opening + words.dropFirst(16)).joined(separator: " ")] : [text]
        }
        let title = droppingPageFooter(droppingPackPageRange(Array(words[..<titleEnd]))).joined(separator: " ")
        let body = words[titleEnd...].joined(separator: " ")
        return [title] + sentences(of: body)
    }

    /// "10. … FORWARD WORK PROGRAMME 2021 1 -2- Members are reminded …": the page's number and the next page's ("-2-") at
    /// the end of the last title on the page, left off.
    static func droppingPageFooter(_ words: [Substring]) -> [Substring] {
        guard words.count >= 4, let last = words.last, last.count >= 3, last.hasPrefix("-"), last.hasSuffix("-"),
              last.dropFirst().dropLast().allSatisfy(\.isNumber) else { return words }
        var kept = words.dropLast()
        if let number = kept.last, number.count <= 3, number.allSatisfy(\.isNumber) { kept = kept.dropLast() }
        return Array(kept)
    }

    /// "8. EDUCATION AND CHILDREN’S SERVICES DIRECTORATE – 182 - 194 REVENUE BUDGET 2017/18": the pack's page column,
    /// flattened into the title where its first line wrapped, between words in capitals. Pages from 26 only, so an
    /// age range ("AGED 11 - 16", "0 - 25") stays.
    static func droppingPackPageRange(_ words: [Substring]) -> [Substring] {
        guard words.count >= 6 else { return words }
        for index in 2..<(words.count - 3) where words[index + 1] == "-" || words[index + 1] == "–" {
            guard let first = Int(words[index]), let last = Int(words[index + 2]), first >= 26, first <= last, last - first <= 400 else { continue }
            let before = words[index - 1], after = words[index + 3]
            guard FlattenedAgenda.isCapitalsWord(String(after)), FlattenedAgenda.isCapitalsWord(String(before)) || before == "–" || before == "-" else { continue }
            return Array(words[..<index] + words[(index + 3)...])
        }
        return words
    }

    /// The index of the word after an item's title ("2. Apologies for Absence | Apologies were received from …"):
    /// before the first word that opens a sentence, or after a word that ends with a colon; nil when there is none
    /// within fourteen words.
    static func titleEnd(in words: [Substring]) -> Int? {
        // words[0] is the number; the title has one word at least.
        for index in 2..<min(words.count, 16) {
            let previous = words[index - 1]
            let word = words[index]
            // ("9. … CAPITAL INVESTMENT PLAN 2020-2021: PROGRESS REPORT – Joint Report by …": in a title in capitals, a colon
            // before more capitals parts the title's own words.)
            if previous.hasSuffix(":"),
               !(words[1..<index].allSatisfy({ !$0.contains(where: \.isLowercase) }) && FlattenedAgenda.isCapitalsWord(String(word))
                 && index + 1 < words.count && FlattenedAgenda.isCapitalsWord(String(words[index + 1]))) { return index }
            // "164. PRAYERS 164.1. The meeting opened …": the item's first paragraph, numbered under it.
            if isParagraphNumber(word, under: words[0]) { return index }
            // "1. APOLOGIES Miss L Geekie Mrs H Davis": a title in capitals, then people, each with a title.
            if previous.count >= 3, previous.allSatisfy({ $0.isUppercase || !$0.isLetter }), previous.contains(where: \.isLetter),
               NameList.personalTitles.contains(word.lowercased().trimmingCharacters(in: ["."])),
               index + 1 < words.count, words[index + 1].first?.isUppercase == true {
                return index
            }
            guard let first = word.first, first.isUppercase else { continue }
            if paperMarkers.contains(String(word)) { return index }
            // "1. Apologies for Absence Apologies for absence had been received from: …": the minute's first sentence opens
            // with the title's own words.
            if index >= 3, word == words[1], index + 1 < words.count, words[index + 1].lowercased() == words[2].lowercased() { return index }
            // ("Questions from Members to the Portfolio Holder": no sentence opens straight after "from" or "of".)
            if sentenceOpeners.contains(String(word)), !joiningWords.contains(previous.lowercased()) { return index }
            // "1. APOLOGIES FOR ABSENCE AND DECLARATIONS OF INTEREST Prior to the start …": a title in capitals ends at the
            // first word in small letters after its capital.
            if word.dropFirst().contains(where: \.isLowercase), words[1..<index].allSatisfy({ !$0.contains(where: \.isLowercase) }),
               words[1..<index].filter({ $0.contains(where: \.isLetter) }).count >= 2 {
                return index
            }
            // "Apologies were received", "MW informed the group", "Chair welcomed": a subject and its verb.
            if index + 1 < words.count, reportingVerbs.contains(String(words[index + 1])) {
                // (A person's name of two words, "Sue Rafter explained", opens the sentence with its first word.)
                // ("Appointment of Vice-Chair Nomination received": no given name holds a hyphen or names a post.)
                let given = words[index - 1]
                // ("Youth Offer MW informed": initials are the subject alone.)
                if index >= 3, given.first?.isUppercase == true, given.allSatisfy(\.isLetter), word.contains(where: \.isLowercase),
                   NameList.isPlausibleName("\(given) \(word)"),
                   !titleWords.contains(String(given)), !titleWords.contains(String(word)),
                   !NameList.roleWords.contains(given.lowercased()), !NameList.postNouns.contains(given.lowercased()) {
                    return index - 1
                }
                return index
            }
        }
        return nil
    }

    /// Whether a word numbers a paragraph of an item ("164.1." under "164.").
    static func isParagraphNumber(_ word: Substring, under number: Substring) -> Bool {
        let item = number.hasSuffix(".") || number.hasSuffix(")") ? number.dropLast() : number
        guard !item.isEmpty, item.allSatisfy(\.isNumber), word.hasPrefix(item + "."), word.count > item.count + 1 else { return false }
        let rest = word.dropFirst(item.count + 1)
        return rest.first?.isNumber == true && rest.allSatisfy { $0.isNumber || $0 == "." }
    }

    /// Capitalised words that open a sentence, never a title's later word.
    static let sentenceOpeners: Set<String> = ["The", "This", "These", "It", "There", "We", "All", "Members", "Following", "Those", "An"]

    /// Words a title goes on after: a sentence never opens right after one of them.
    static let joiningWords: Set<String> = ["from", "to", "of", "for", "by", "with", "and", "on", "in", "the", "a", "an", "&"]

    /// Words an agenda prints after an item's title about its paper ("Minutes of the last meeting Enclosed").
    static let paperMarkers: Set<String> = ["Enclosed", "Attached", "Verbal", "Tabled"]

    /// Words of items' titles a name is never the first of ("Parish Councillors – Jenny Radley").
    static let titleWords: Set<String> = ["Welcome", "Apologies", "Minutes", "Introductions", "Update", "Report", "Business", "Other",
                                          "Meeting", "Matters", "Arising", "Actions", "Action", "Review", "Date", "Next", "AOB", "Absence", "Item",
                                          "Items", "Any", "Declarations", "Interest", "Interests", "Previous", "Last", "Notes"]

    /// Verbs a minuted sentence opens with after its subject.
    static let reportingVerbs: Set<String> = ["were", "was", "had", "has", "have", "is", "are", "will", "would", "welcomed", "reported",
                                              "informed", "noted", "asked", "explained", "agreed", "confirmed", "updated", "advised",
                                              "said", "gave", "presented", "thanked", "introduced", "opened", "outlined", "circulated",
                                              "provided", "raised", "highlighted", "stated", "shared", "discussed", "queried", "requested",
                                              "carried", "deferred", "received", "considered", "approved", "accepted"]

    /// The sentences of a text, each on its own: the reader's one splitting (after ". ", "? " or "! " before a capital,
    /// not after a title or an initial: "Mr. Jones", "J. Smith").
    static func sentences(of text: String) -> [String] {
        FactExtractor.sentences(in: text)
    }
}
