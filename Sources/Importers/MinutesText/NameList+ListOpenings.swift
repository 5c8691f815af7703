import Foundation

/// What opens, heads or closes a list of people: "Present", "Attendance" without its colon, a group's label
/// ("School members:"), an apologies heading or sentence, and what follows a name in such a list that is no part of
/// it (a reason for an absence, a post after a dash).
extension NameList {
    /// A line that introduces the people attending: "The following witnesses were welcomed to the meeting:",
    /// "ATTENDANCE", "MEMBERS OF THE PANEL", "Also in attendance:".
    /// "present via teleconference", "committee members in attendance", "senedd officials in attendance" (lower-cased): a
    /// heading over people present, without its colon.
    static func isUncolonedAttendanceHeading(_ lower: String) -> Bool {
        // (Most lines are settled on their ends before they are split into words.)
        guard lower.hasSuffix(" in attendance") || lower.hasPrefix("present ") || lower.hasPrefix("attending ") else { return false }
        let words = lower.split(separator: " ")
        // ("Representatives from Other Bodies in Attendance": six words.)
        guard (2...7).contains(words.count), words.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return false }
        if words[0] == "present" || words[0] == "attending" { return words.count >= 3 && (words[1] == "via" || words[1] == "by") }
        return words.count >= 3 && words.suffix(2) == ["in", "attendance"]
            && !words.dropLast(2).contains(where: { ["not", "no", "were", "was", "be"].contains($0) })
    }

    static func introducesAttendance(_ text: String) -> Bool {
        guard text.utf8.count <= 90 else { return false }
        // Without a colon only the exact phrases below qualify (24 letters at most): a longer line is
        // settled before it is lower-cased, as most lines are.
        guard text.utf8.contains(UInt8(ascii: ":")) || text.utf8.count <= 48 else { return false }
        var lower = TextScan.trimmingWhitespaces(text.lowercased())
        // "Also present at this meeting: /": a Word table's cell separator after the colon.
        if lower.hasSuffix(": /") { lower.removeLast(2) }
        if ["attendance", "present", "members present", "members of the panel", "members of the committee",
            "members of the board", "in attendance", "also present", "officers present", "also in attendance",
            // The Scottish Government's pages: "Attendees and apologies" / "Attendees" / "Councillor A, COSLA …".
            "attendees", "attendees and apologies", "attendance and apologies",
            // "Attendees in person" / "- Mike Conn (MC), Welsh Government" / "Attending on TEAMS" / …
            "attendees in person", "attending in person", "present in person", "attending on teams", "attending via teams",
            "attending online", "attending remotely", "attending virtually", "attendees online", "present online"].contains(lower) {
            return true
        }
        if !lower.contains(":"), isUncolonedAttendanceHeading(lower) { return true }
        guard lower.hasSuffix(":") || lower.hasSuffix(":-") else { return false }
        while let last = lower.last, last == ":" || last == "-" { lower.removeLast() }
        // ("1.2 The following members connected virtually:": those who took part from elsewhere attended.)
        return ["welcomed to the meeting", "were in attendance", "were also in attendance", "were present", "were also present",
                "also in attendance", "also present at this meeting", "also present at the meeting", "present at the meeting",
                "connected virtually", "joined virtually", "attended virtually", "joined remotely", "attended remotely",
                "connected remotely", "joined online", "attended online"].contains { lower.hasSuffix($0) }
    }

    /// "Attendance Martin McCann TIPSA Selena Ramsey …", "Present Pip Levett Diana Organ …": a label whose colon the
    /// copy lost, run into the people it lists; what follows the label, when it opens with a name. Nil for any other line.
    static func peopleAfterUncolonedLabel(_ text: String) -> Substring? {
        guard text.utf8.count >= 16, let first = text.first, first == "A" || first == "P" || first == "I" || first == "O" || first == "M" || first == "C"
        else { return nil }
        if let initialled = initialledPeopleAfterUncolonedLabel(text) { return initialled }
        guard first == "A" || first == "P" || first == "I" else { return nil }
        let head = text.prefix(14).lowercased()
        for label in ["attendance ", "attending ", "attendees ", "present ", "in attendance "] where head.hasPrefix(label) {
            let rest = Substring(text).dropFirst(label.count).trimmingSpaces()
            let opening = rest.split(separator: " ", maxSplits: 2).prefix(2).joined(separator: " ")
            guard opening.split(separator: " ").count == 2, isPlausibleName(opening), !isPostOrBody(opening),
                  !opening.split(separator: " ").contains(where: { roleWords.contains($0.lowercased()) || agendaWords.contains($0.lowercased()) })
            else { return nil }
            return rest
        }
        return nil
    }

    /// "Presiding P McLean", "Other Members Present P J Bateson J Campbell Mrs E A Forde", "Officers Present J A McLaughlin,
    /// (Chief Executive) …": the labels of a Northern Irish council's minutes, their colons lost, before people printed
    /// as initials and a surname (a title before them at most). What follows the label; nil for any other line.
    static func initialledPeopleAfterUncolonedLabel(_ text: String) -> Substring? {
        for label in ["Presiding ", "Other Members Present ", "Members Present ", "Officers Present ", "Councillors Present ",
                      "Officers in Attendance ", "Also Present "] where text.hasPrefix(label) {
            let rest = Substring(text).dropFirst(label.count).trimmingSpaces()
            var words = rest.split(separator: " ", maxSplits: 6).prefix(6)
            while let word = words.first, isPersonalTitle(word) { words = words.dropFirst() }
            guard let initial = words.first, initial.count == 1 || initial.count == 2 && initial.last == ".", initial.first?.isUppercase == true,
                  let surname = words.dropFirst().first(where: { !($0.count == 1 || $0.count == 2 && $0.last == ".") }),
                  surname.first?.isUppercase == true, surname.contains(where: \.isLowercase) else { return nil }
            return rest
        }
        return nil
    }

    /// The last words of a label that heads one group of the people present or absent: "School members:",
    /// "Statutory Co-opted Members:", "Religious Representatives:", "Nominated subs:", "Observers:",
    /// "School Governor Services Clerk:".
    static let groupNouns: Set<String> = ["members", "member", "councillors", "officers", "officer", "observers", "observer",
                                          "subs", "substitutes", "substitute", "representatives", "representative", "governors",
                                          "headteachers", "advisers", "advisors", "adviser", "advisor", "co-optees", "guests",
                                          "clerk", "clerks", "secretary", "attendees", "staff", "partners", "witnesses",
                                          "officials", "trustees", "heads", "teachers", "councillor", "bailies"]

    /// A line heading one group of a names list ("School members:", "Non school members:", "Observers: A, B"):
    /// its names, possibly none yet, follow the colon. Without a colon ("School members" alone, as an
    /// apologies list prints its groups) it qualifies only when `requireColon` is false. Nil for any other line.
    static func groupLabelValue(_ text: String, requireColon: Bool = true) -> Substring? {
        // (A group's people may follow on its line: "Co-opted Members: Dr. C. Brow (Parent Governor – Secondary Sector), …".)
        guard text.utf8.count <= 600, let first = text.first, first.isUppercase else { return nil }
        var label: Substring
        let value: Substring
        if let colon = text.firstIndex(of: ":") {
            label = text[..<colon]
            var rest = text[text.index(after: colon)...]
            if rest.first == "-" { rest = rest.dropFirst() }
            value = rest.trimmingSpaces()
        } else {
            // ("Jo Mill - Parent Representative" is a person and her post, no group's heading.)
            guard !requireColon, text.utf8.count <= 40, !text.contains(" - "), !text.contains(" – ") else { return nil }
            label = Substring(text)
            value = ""
        }
        // ("External members for Articles I to VI", "Religious representatives for items 4 to 7": the business a group
        // sits for, after the group.)
        if TextScan.contains(label, ascii: " for "),
           let cut = label.range(of: " for articles ", options: .caseInsensitive) ?? label.range(of: " for items ", options: .caseInsensitive) {
            label = label[..<cut.lowerBound]
        }
        let words = label.split(separator: " ")
        guard (1...6).contains(words.count), label.count <= 50,
              // ("Early Years/PVI Representatives": two sectors' group; "Post 16 Provider of Education Representative".)
              // (A table's cells, "Bridie Ash / Co-Opted Member", are a person and a post.)
              label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "/" }),
              !TextScan.contains(label, ascii: " /"), !TextScan.contains(label, ascii: "/ "),
              let last = words.last, groupNouns.contains(last.lowercased()) || last.lowercased() == "diocese",
              // "Decision of the Cabinet Member:" is a label of its own, not a group of people.
              // ("Church of England Diocese", "Provider of Education Representative": the body or sector a group sits for.)
              !words.contains(where: { ["the", "by", "for", "to", "decision", "decisions", "report"].contains($0.lowercased()) }),
              !words.contains(where: { $0.lowercased() == "of" }) || ["diocese", "representative", "representatives"].contains(last.lowercased())
        else { return nil }
        return value
    }

    /// "Apologies" (or "Apologies for absence", "Apologies received") alone on its line: no one yet;
    /// "Apologies Dr A Smith, Cllr B Jones": the people after it. Nil for any other line.
    static func apologiesHeading(_ text: String) -> [String]? {
        guard text.hasPrefix("Apologies") || text.hasPrefix("APOLOGIES") else { return nil }
        var rest = Substring(text.dropFirst("Apologies".count)).trimmingSpaces()
        for tail in ["for absence", "FOR ABSENCE", "received", "RECEIVED"] where rest.hasPrefix(tail) {
            rest = rest.dropFirst(tail.count).trimmingSpaces()
            break
        }
        while let first = rest.first, first == ":" || first == "-" || first == "–" { rest = rest.dropFirst().trimmingSpaces() }
        if rest.isEmpty { return [] }
        // Names only, at least one with a title or in a list: not "Apologies were received from …", not a sentence.
        guard let people = people(inLine: String(rest)), people.allSatisfy(isPlausibleName),
              people.count >= 2 || isMarkedPerson(String(rest)) else { return nil }
        return people
    }

    /// "Apologies for Absence", "Chairs Apologies for Absence", "Welcome, introductions and apologies": an item's title
    /// that says the lines under it name those who sent apologies.
    static func isApologiesItemTitle(_ title: String) -> Bool {
        // ("1. APOLOGIES" in capitals too.)
        guard title.utf8.count <= 70, TextScan.contains(title, ascii: "polog") || TextScan.contains(title, ascii: "POLOG"),
              !title.contains(where: \.isNumber) else { return false }
        let words = title.lowercased().split { !$0.isLetter }
        return words.contains("apologies") && words.count <= 7 && !words.contains("received") && !words.contains("from")
            && !words.contains("were") && !words.contains("was")
    }

    /// "None", "Nil", "N/A": a group of a names list with no one in it.
    static func saysNoOne(_ text: String) -> Bool {
        text.utf8.count <= 6 && ["none", "none.", "nil", "nil.", "n/a"].contains(text.lowercased())
    }

    /// A sentence about apologies that stops where its people would start, so they follow on the next
    /// lines: "Apologies for absence had been received from: -", "Apologies were received from:".
    static func introducesApologies(_ text: String) -> Bool {
        guard text.utf8.count <= 200, text.hasSuffix(":") || text.hasSuffix("-"), TextScan.contains(text, ascii: "polog") else { return false }
        var lower = Substring(text.lowercased())
        while let last = lower.last, last == ":" || last == "-" || last == " " { lower = lower.dropLast() }
        // ("Apologies for lateness were received from:": those who came late attended; no list of apologies.)
        if lower.contains("lateness") || lower.contains("late arrival") { return false }
        return lower.contains("apolog") && (lower.hasSuffix(" from") || lower.hasSuffix(" on behalf of")
            // "Apologies were received from the following members of the panel:".
            || (lower.contains(" from the following") || lower.contains(" on behalf of the following")) && !lower.contains(". ")
            // "… and the following apologies were noted:", "Apologies were received as follows:".
            || (lower.contains("following apolog") || lower.hasSuffix(" as follows")) && !lower.contains(". "))
    }

    /// "Councillor Phil Jackson – personal" → "Councillor Phil Jackson": the reason for an absence is not the name.
    static func droppingReason(_ text: String) -> String {
        for dash in [" – ", " - ", " — "] {
            if let range = text.range(of: dash), !opensABracket(text[..<range.lowerBound]), isPlausibleName(String(text[..<range.lowerBound])) {
                return String(text[..<range.lowerBound])
            }
        }
        return text
    }

    /// Whether a text leaves a bracket open ("Dave Hill (DH"): a dash after it is inside the bracket.
    static func opensABracket(_ text: Substring) -> Bool {
        var depth = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "(") { depth += 1 } else if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// "Victoria Fane (VF) - Clerk" → "Victoria Fane (VF)": a post or a body after a dash, in a list of those
    /// present, is no part of the name (a dash inside the name, "Amy Bux-Jennings", splits nothing).
    static func droppingDashedPost(_ text: String) -> String {
        // ("Lynn Clem-" left by a reader that cut the post "Headteacher" after the glued dash.)
        if text.hasSuffix("-"), text.dropLast().last?.isLetter == true, text.contains(" ") { return String(text.dropLast()) }
        // "Pam Bottom- Student", "Lynn Clem- Headteacher": a dash that lost the space before it (a hyphen inside a name has
        // none after it either).
        if let glued = text.range(of: "- "), glued.lowerBound > text.startIndex, text[text.index(before: glued.lowerBound)].isLetter,
           !opensABracket(text[..<glued.lowerBound]) {
            let before = String(text[..<glued.lowerBound])
            if isFullName(before), isPlausibleName(before), !TextScan.contains(before, ascii: ",") { return before }
        }
        for dash in [" – ", " - ", " — "] {
            guard let range = text.range(of: dash) else { continue }
            let before = String(text[..<range.lowerBound])
            let after = String(text[range.upperBound...])
            if !opensABracket(text[..<range.lowerBound]), isPlausibleName(before), !TextScan.contains(before, ascii: ","), namesAPost(after) || namesAnOrganisation(Substring(after)) {
                return before
            }
        }
        return text
    }
}
