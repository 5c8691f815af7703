import CouncilText
import Foundation

/// People a sentence names: those it welcomes, puts in the chair, or gives apologies for ("received from …").
extension NameList {
    /// People a sentence welcomes to the meeting: "The committee was pleased to welcome Shirley Bailey (Senior
    /// HMI Ofsted), Paula Lahey (…) and John Goldup (…), to the meeting", "The Chair welcomed Sharon Davey,
    /// Operations Manager, who presented …". Each must be a full name (two words or more): "welcomed
    /// Members" or "welcomed the report" name nobody.
    static func welcomed(in sentence: String) -> [String] {
        welcomed(in: sentence, skippingSpansWithoutCapitals: true)
    }

    /// `welcomed(in:)` reading every span, capitals or not (for the tests that prove the skip loses no one).
    static func welcomedWithoutPrecheck(in sentence: String) -> [String] {
        welcomed(in: sentence, skippingSpansWithoutCapitals: false)
    }

    private static func welcomed(in sentence: String, skippingSpansWithoutCapitals: Bool) -> [String] {
        let whole = Substring(sentence)
        guard let welcome = TextScan.range(of: "welcomed ", in: whole) ?? TextScan.range(of: "welcome ", in: whole) else { return [] }
        var span = Substring(sentence[welcome.upperBound...])
        for end: StaticString in [", to the meeting", " to the meeting", ", who ", " who ", " and thanked", ".", ";", " to their ", " to his ",
                                  " to her ", " to the ", " back to ", " onto ", " as "] {
            if let range = TextScan.range(of: end, in: span) { span = span[..<range.lowerBound] }
        }
        // A name opens with a capital: words after "welcomed" with no capital (in ASCII) name no one.
        guard !skippingSpansWithoutCapitals || mayHoldCapital(span) else { return [] }
        if let named = peopleBesideTheirPosts(String(span)) { return named }
        guard let people = people(inLine: String(span)) else { return [] }
        return people.filter { person in
            let core = TextScan.contains(person, ascii: "(") ? person.replacing(Self.parenthesis, with: " ") : person
            return core.split(separator: " ").count >= 2 && isPlausibleName(person)
        }
    }

    /// "Rachel Smith, Interim Director: Children & Families, Jemima Flintoff, Assistant Director - Education, and Tom Hewis,
    /// Assistant Director - Children's Standards": people each followed by their post between commas. Nil unless every
    /// part is a person or a post, with two people at least, each person followed by a post.
    static func peopleBesideTheirPosts(_ span: String) -> [String]? {
        guard TextScan.contains(span, ascii: ", "), span.utf8.count <= 400 else { return nil }
        var parts = span.components(separatedBy: ", ").map { $0.trimmingCharacters(in: .whitespaces) }
        parts = parts.map { $0.hasPrefix("and ") ? String($0.dropFirst(4)) : $0 }
        guard parts.count >= 4, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        var people: [String] = []
        var previousWasPerson = false
        for part in parts {
            let words = part.split(separator: " ")
            // ("County Councillor M Perks, Cabinet Member for Young People, Bob Stott, …": a titled person's name is longer.)
            let titled = (hasPersonalTitle(part) || part.hasPrefix("County Councillor ")) && (3...5).contains(words.count)
            let isPerson = ((2...3).contains(words.count) || titled) && words.allSatisfy { $0.first?.isUppercase == true }
                && isPlausibleName(part) && !isPostOrBody(part)
            if isPerson {
                if previousWasPerson { return nil }
                people.append(part)
                previousWasPerson = true
            } else {
                guard !people.isEmpty, isPostOrBody(part) || part.contains(":") && isPostOrBody(String(part.prefix { $0 != ":" })) else { return nil }
                previousWasPerson = false
            }
        }
        return people.count >= 2 && !previousWasPerson ? people : nil
    }

    /// Whether a text holds a capital letter: an ASCII one found by bytes, any other (É, Ł) by its
    /// scalar's case. Bytes alone had to let every non-ASCII byte through, so a typographic apostrophe
    /// ("welcomed the use of children’s homes") sent the sentence to the name reader.
    static func mayHoldCapital(_ text: Substring) -> Bool {
        var sawOtherThanASCII = false
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return true }
            if byte >= 0x80 { sawOtherThanASCII = true }
        }
        return sawOtherThanASCII && text.unicodeScalars.contains { (scalar: Unicode.Scalar) in scalar.value >= 0x80 && (scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter) }
    }

    /// People a sentence puts in the chair of this meeting, who attended it: "the committee appointed Cllr
    /// Carol Bulman to chair the meeting", "Councillor Jane Smith was appointed Chair for the meeting",
    /// "Councillor Jane Smith took the chair", "Cllr Ann Lee chaired the meeting". A title (Councillor,
    /// Cllr, Mr, Mrs, Ms, Miss, Dr) must open the name, so a role ("Vice Chair") is never read as one;
    /// a chair appointed for a year ("as Chair of the Panel for 2025/26") is not named here. Names are
    /// given as the attendance list gives them, without "Councillor" or "Cllr".
    static func chairing(in sentence: String) -> [String] {
        chairing(in: sentence, skippingByWords: true)
    }

    /// `chairing(in:)` trying every pattern on every sentence (for the test that proves the skip loses no one).
    static func chairingWithoutPrecheck(in sentence: String) -> [String] {
        chairing(in: sentence, skippingByWords: false)
    }

    private static func chairing(in sentence: String, skippingByWords: Bool) -> [String] {
        // A byte search for the words each pattern needs settles most sentences ("The Chair welcomed …")
        // before a pattern runs: the patterns search from every position and cost a third of the reading.
        let mayAppoint = !skippingByWords || mayAppointAChair(sentence)
        let mayTake = !skippingByWords || mayTakeTheChair(sentence)
        guard mayAppoint || mayTake else { return [] }
        var people: [String] = []
        for pattern in (mayAppoint ? [chairAppointedAfter, chairAppointedBefore] : []) + (mayTake ? [chairTaken] : []) {
            for match in sentence.matches(of: pattern) {
                // Without "Councillor" or "Cllr", as the attendance list prints its members.
                let name = droppingCollectiveTitle(String(match.output.1))
                if !name.isEmpty, isPlausibleName(name), !people.contains(name) { people.append(name) }
            }
        }
        return people
    }

    /// Whether a text has the words a sentence putting someone in the chair needs: a byte search that
    /// settles most paragraphs and sentences before `chairing(in:)` runs its patterns.
    static func mayPutSomeoneInTheChair(_ text: String) -> Bool {
        TextScan.contains(text, ascii: "hair") && (mayAppointAChair(text) || mayTakeTheChair(text))
    }

    private static func mayAppointAChair(_ text: String) -> Bool {
        (TextScan.contains(text, ascii: "appointed") || TextScan.contains(text, ascii: "elected")) && TextScan.contains(text, ascii: "meeting")
    }

    private static func mayTakeTheChair(_ text: String) -> Bool {
        TextScan.contains(text, ascii: "took the") || TextScan.contains(text, ascii: "chaired")
    }

    /// Whether a line may name people after "from" or "on behalf of" (an apologies sentence).
    static func mayNameSenders(_ text: String) -> Bool {
        text.contains(" from ") || text.contains(" from:") || text.contains(" on behalf of ")
            // "Apologies for absence were received for A, B and C."
            || text.contains(" received for ") && text.contains("polog")
            // "Apologies given by Cllr Adams to be substituted by Cllr Critch, …".
            || text.contains(" given by ") || text.contains(" submitted by ") || text.contains(" tendered by ")
    }

    /// Whether a line with a "from" speaks of people sending apologies, attending or standing in ("Apologies were received
    /// from …", "… attended on behalf of …"), not of a presentation or a report from someone.
    static func saysWhoSentOrCame(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["polog", "receiv", "attend", "present", "behalf", "submitted", "given by", "tendered", "substitut", "sent "]
            .contains { lower.contains($0) } && !lower.hasPrefix("presentation")
    }

    /// "Sr", "Mrs.": a title alone, no one's name.
    static func isTitleAlone(_ text: String) -> Bool {
        let word = text.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        return ["sr", "mr", "mrs", "ms", "dr", "cllr", "rev", "fr", "sister", "miss"].contains(word.lowercased())
    }

    /// Whether a position of a text lies inside brackets opened before it and not yet closed.
    static func isInsideBrackets(_ position: String.Index, of text: String) -> Bool {
        CouncilText.isInsideBracket(position, of: text)
    }

    /// Names in a sentence such as "Apologies for absence were received from Councillors A and B."
    static func namesAfterFrom(in sentence: String) -> [String]? {
        // "received from …", or "submitted on behalf of …": whichever comes first.
        // ("Apologies were received from: A, B": a colon after "from" too.)
        let candidates = [sentence.range(of: " from "), sentence.range(of: " from: "), sentence.range(of: " on behalf of "),
                          sentence.range(of: " given by "), sentence.range(of: " submitted by "), sentence.range(of: " tendered by "),
                          sentence.contains("polog") ? sentence.range(of: " received for ") : nil].compactMap { $0 }
            // ("John Ander (Depute from Kirkton), Shona May": a "from" inside brackets says where someone came from.)
            .filter { !isInsideBrackets($0.lowerBound, of: sentence) }
        guard let range = candidates.min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let lower = sentence.lowercased()
        if lower.hasPrefix("there were no") || lower.contains(" no apologies") { return nil }
        // "No communication or apologies for absence had been received from X": X sent none.
        if lower.hasPrefix("no ") || lower.hasPrefix("neither ") { return nil }
        // "Apology for Lateness was received from …": who came late, or left early, attended.
        if lower.contains("lateness") || lower.contains("late arrival") || lower.contains("arriving late") || lower.contains("leaving early")
            || lower.contains("early departure") || lower.contains(" arrive late") || lower.contains(" be late") { return nil }
        // "Apologies were not received from …": those absent without apologies.
        if lower.contains(" not received") || lower.contains(" not been received") || lower.contains(" not given")
            || lower.contains(" not sent") || lower.contains(" not submitted") { return nil }
        var rest = sentence[range.upperBound...]
        // "from Councillor A with Councillor B substituting": the substitute attended.
        if TextScan.contains(String(rest), ascii: "substitut") || TextScan.contains(String(rest), ascii: " alternate") {
            rest = Substring(String(rest).replacing(substituteClause, with: "").replacing(substitutedByClause, with: "")
                .replacing(forWhomSubstituteClause, with: "").replacing(attendedAsSubstituteClause, with: ""))
            // ("from Councillors A and B with Councillors C and D attending as substitute members": the substitutes, several,
            // attended; the list of apologies ends before them.)
            if let with = rest.range(of: " with "), TextScan.contains(String(rest[with.upperBound...]), ascii: "substitut") {
                rest = rest[..<with.lowerBound]
            }
        }
        // "… from A and Cllr B The absence of the following Members was noted; …": a sentence that lost its full stop ends
        // where the next one opens.
        for opening in [" The ", " This ", " It ", " There "] {
            if let next = rest.range(of: opening), rest[next.upperBound...].first?.isLowercase == true { rest = rest[..<next.lowerBound] }
        }
        // ("from Cllr Bob Gill who was unavoidably delayed": a clause about the last person ends the list.)
        for clause in [" who was ", " who were ", " who is ", " who had ", " who has ", ", who "] {
            if let range = rest.range(of: clause) { rest = rest[..<range.lowerBound] }
        }
        while let last = rest.last, last == "." || last == " " { rest = rest.dropLast() }
        // ("from Councillor A, and Councillor B and from John Hoa, a Co-optee of the Panel": a second "from" goes on with the list.)
        if TextScan.contains(String(rest), ascii: " and from ") { rest = Substring(rest.replacingOccurrences(of: " and from ", with: " and ")) }
        // "from cabinet support members, councillors Hurcomb and Mason": people only, titles dropped.
        // "Mr Richard Micek, HT The Warren School, Ms Glenda Spencer, Roman Catholic Representative": posts,
        // schools and bodies between the people are no one; "Ms Ruth Ejet HT" is Ms Ruth Ejet.
        // ("… and L Mitchell - Approach Development": the body after a dash is no part of the name.)
        let parts = names(in: String(rest))
        // "from Sally Ann Kell Chief Executive, Aberlour, and Chair of Committee on Care & Support for Children and Young
        // People, …": one person and the post glued to the name; the parts after it describe the post, unless they name
        // people with titles or posts of their own.
        if let first = parts.first, let person = nameBeforeRoleWord(first),
           !parts.dropFirst().contains(where: { isTitledPerson($0) || personBeforePost($0) != nil }) {
            return [person]
        }
        // ("from governors MB, BO’M and Sr. EC": a title whose initials the split left behind names no one; the initials, as
        // printed, are the people.)
        let names = parts.map(droppingCollectiveTitle).map(droppingRoleAbbreviation).map(droppingReason)
            .filter { !$0.isEmpty && isPlausibleName($0) && !isRoleOnly($0) && !namesABody($0) && !isTitleAlone($0) }
        return names.isEmpty ? nil : names
    }

    /// People a sentence names before saying they gave apologies: "Councillor Helal Udd and Ms Joanna Hann, representative of
    /// the Diocese of Kirkton gave apologies for absence." The sentence must open with a titled person.
    static func namesBeforeGivingApologies(in sentence: String) -> [String] {
        guard TextScan.contains(sentence, ascii: "apolog") else { return [] }
        var text = Substring(sentence)
        if text.hasPrefix("Minutes: ") { text = text.dropFirst("Minutes: ".count) }
        // ("Angela, Tracy, Mark and Neil sent their apologies.": a parish committee's members by their first names.)
        let opensWithFirstName = text.split(separator: " ", maxSplits: 1).first.map { GivenNames.contains($0.hasSuffix(",") ? $0.dropLast() : $0) } ?? false
        guard opensWithTitle(text) || opensWithFirstName,
              let verb = [" gave apologies", " gave their apologies", " sent apologies", " sent their apologies", " tendered apologies",
                          " tendered their apologies", " offered apologies", " offered their apologies",
                          // "… Rev Wyn Tho and Professor Catrin Wil apologised for their inability to attend the meeting." (Welsh minutes)
                          // ("… apologised for their inability to the meeting": the verb lost.)
                          " apologised for their inability to", " apologised for his inability to",
                          " apologised for her inability to", " apologised for their absence", " apologised for not attending",
                          // ("Councillor Ceris Jon and Elaine Eva apologised for being unable to attend the meeting.")
                          " apologised for being unable to attend"].lazy
                .compactMap({ text.range(of: $0) }).first else { return [] }
        // ("Councillor Brent gave apologies for being late": present, and late.)
        let reason = text[verb.upperBound...].prefix(24).lowercased()
        if ["for being late", "for lateness", "for late", "for arriving late", "for leaving early", "for having to leave"]
            .contains(where: { reason.hasPrefix(" " + $0) }) { return [] }
        // ("A, B together with C and D": one list.)
        let people = text[..<verb.lowerBound].replacingOccurrences(of: " together with ", with: ", ")
        return names(in: people).map(droppingCollectiveTitle).map(droppingReason)
            .filter { !$0.isEmpty && isPlausibleName($0) && !isRoleOnly($0) && !namesABody($0) && !isPostOrBody($0) }
    }

    /// "Sally Ann Kell Chief Executive" → "Sally Ann Kell": the two to four capitalised words before the first role word
    /// ("Chief", "Director", "Manager", …) that opens a post, when a post follows them.
    static func nameBeforeRoleWord(_ text: String) -> String? {
        let words = text.split(separator: " ")
        guard let role = words.firstIndex(where: { roleWords.contains($0.lowercased()) }), (2...4).contains(role),
              words[..<role].allSatisfy({ $0.first?.isUppercase == true && !postNouns.contains($0.lowercased()) }),
              namesAPost(words[role...].joined(separator: " ")) else { return nil }
        let name = words[..<role].joined(separator: " ")
        return isPlausibleName(name) && !isPostOrBody(name) ? name : nil
    }

    /// "Lisa Hend Clerk to the Governors" → "Lisa Hend": a given name and a surname, written out, then a post of several
    /// words run on after them with no comma (not "Mrs P Head (Headteacher …)", whose surname is a role word).
    static func nameBeforeRunOnPost(_ text: String) -> String? {
        guard text.utf8.count > 20 else { return nil }
        let words = text.split(separator: " ")
        guard words.count >= 4, let role = words.firstIndex(where: { roleWords.contains($0.lowercased()) }), (2...3).contains(role),
              words[..<role].allSatisfy({ $0.count >= 2 && !$0.hasSuffix(".") }),
              // (The post runs on after its first word: "Ann Bell Jo Clerk" ends on the role word, and is no name before a post.)
              role + 1 < words.count, words[role + 1].first?.isLetter == true else { return nil }
        return nameBeforeRoleWord(text)
    }

    /// The people a sentence says substituted for a member who sent apologies: "Apologies for absence were received
    /// from Councillor A with Councillor B substituting" names B, without the title.
    static func substitutes(in sentence: String) -> [String] {
        guard TextScan.contains(sentence, ascii: "substitut") || TextScan.contains(sentence, ascii: " alternate") else { return [] }
        let named = sentence.matches(of: substituteClause).map { String($0.output.1) } + sentence.matches(of: substitutedByClause).map { String($0.output.1) }
            + sentence.matches(of: forWhomSubstituteClause).map { String($0.output.1) }
            + sentence.matches(of: attendedAsSubstituteClause).map { String($0.output.1) }
            + sentence.matches(of: substitutingForClause).map { String($0.output.1) }
            // ("… with Councillors Dominic Gil and Wayne Bri substituting": several, after the plural title.)
            + (sentence.matches(of: pluralSubstitutesClause) + sentence.matches(of: pluralAttendedAsSubstitutes)).flatMap { match in
                String(match.output.1).replacing(" and ", with: ", ").components(separatedBy: ", ").map { $0.trimmingCharacters(in: .whitespaces) }
            }
        return named.map(droppingCollectiveTitle).filter(isPlausibleName)
    }

    /// People a sentence says came into or left the meeting, who attended it: "Councillor T Hend entered the meeting at
    /// 9.40am", "Mrs A Lee left the meeting during item 6". A title must open the name; the name is given without it.
    static func arrivingOrLeaving(in sentence: String) -> [String] {
        guard TextScan.contains(sentence, ascii: " the meeting") else { return [] }
        var people: [String] = []
        // ("County Councillor Julie Gibs and Maureen Hudd joined the meeting via Microsoft Teams.": two, the second with her
        // given name and surname, untitled.)
        for match in sentence.matches(of: twoArrived) {
            for part in [match.output.1, match.output.2] {
                let name = droppingCollectiveTitle(String(part))
                if !name.isEmpty, isPlausibleName(name), !people.contains(name) { people.append(name) }
            }
        }
        for match in sentence.matches(of: arrivedOrLeft) {
            let name = droppingCollectiveTitle(String(match.output.1))
            if !name.isEmpty, isPlausibleName(name), !people.contains(name) { people.append(name) }
        }
        return people
    }

    /// "Councillor Julie Gibs and Maureen Hudd joined the meeting": a titled person and another, given name and surname.
    nonisolated(unsafe) static let twoArrived =
        /((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+and\s+((?:(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+)?[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)\s+(?:entered|joined|re-joined|rejoined|arrived\s+at|left)\s+the\s+meeting/

    /// "(Councillors Bied, Dewh and Wrig attended in accordance with Standing Order 25(2) and spoke to this item).": members
    /// who are not on the committee, who attended it. The sentence must open with the title.
    static func attendingByStandingOrder(in sentence: String) -> [String] {
        // ("Councillor Godf also attended the meeting in accordance with Procedure Rule 1.37 (b).")
        guard let verb = sentence.range(of: " attended in accordance with ") ?? sentence.range(of: " attended the meeting in accordance with ")
        else { return [] }
        var head = sentence[..<verb.lowerBound].trimmingSpaces()
        if head.hasSuffix(" also") { head = head.dropLast(" also".count) }
        while head.first == "(" { head = head.dropFirst() }
        guard head.hasPrefix("Councillor") || head.hasPrefix("Cllr"), head.utf8.count <= 200 else { return [] }
        return names(in: String(head)).filter(isPlausibleName)
    }

    // Regex literals are parsed again each time they are evaluated: these are built once.
    /// "Councillor T Hend entered the meeting", "Cllr Ann Lee joined the meeting", "Mr B Cole left the meeting".
    nonisolated(unsafe) static let arrivedOrLeft =
        /((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:entered|joined|re-joined|rejoined|arrived\s+at|left)\s+the\s+meeting/
    /// " to be substituted by Cllr B", " substituted by Councillor B".
    nonisolated(unsafe) static let substitutedByClause =
        /\s+(?:to\s+be\s+|was\s+|being\s+)?substituted\s+by\s+((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})/

    /// " for whom Mr B was present as substitute", " for whom Cllr B substituted" (Kent's minutes), " for whom Councillor B
    /// attended as alternate Member".
    nonisolated(unsafe) static let forWhomSubstituteClause =
        /\s+for\s+whom\s+((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:was\s+present\s+as\s+(?:a\s+|the\s+)?substitute|substituted|attended\s+as\s+(?:a\s+|the\s+)?substitute|attended\s+as\s+(?:an\s+|the\s+)?alternate(?:\s+[Mm]ember)?)/

    /// "It was noted that Councillor Paul Dim was substituting for Councillor Aicha Les", "Councillor Kem attended as
    /// substitute for Councillor Alf": the substitute attended.
    nonisolated(unsafe) static let substitutingForClause =
        /((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:(?:was|were|is)\s+(?:substituting|attending\s+as\s+(?:a\s+|the\s+)?substitute|present\s+as\s+(?:a\s+|the\s+)?substitute)|attended\s+as\s+(?:a\s+|the\s+)?substitute)\s+for\s/

    /// "…, Councillor B attended as a substitute", "; Cllr B was present as substitute".
    nonisolated(unsafe) static let attendedAsSubstituteClause =
        /[,;]\s+((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:attended|was\s+present)\s+as\s+(?:a\s+|the\s+)?substitute/

    /// " with Councillor B substituting", " with Cllr B as substitute".
    nonisolated(unsafe) static let substituteClause =
        /\s+with\s+((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:substituting|as\s+(?:a\s+|the\s+)?substitute)/
    /// " with Councillors C and D substituting", " with Cllrs C, D and E as substitutes".
    nonisolated(unsafe) static let pluralSubstitutesClause =
        /\s+with\s+(?:Councillors|Cllrs\.?)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?:(?:,\s+|\s+and\s+)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})+)\s+(?:substituting|as\s+substitutes)/
    /// "Cllrs L Wardlaw, A Burton and M Goldsmith attended as substitutes.": several, the plural title opening the sentence.
    nonisolated(unsafe) static let pluralAttendedAsSubstitutes =
        /(?:^|[.:]\s+)(?:Councillors|Cllrs\.?)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?:(?:,\s+|\s+and\s+)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})+)\s+(?:attended|were\s+present)\s+as\s+substitutes/
    /// "appointed Cllr Carol Bulman to chair the meeting" / "as Chair for the meeting".
    nonisolated(unsafe) static let chairAppointedAfter =
        /\b(?:appointed|elected)\s+((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:to\s+chair\s+(?:the|this)\s+meeting|(?:as\s+)?(?:the\s+)?(?:Chair|Chairman|Chairperson|chair|chairman|chairperson)\s+for\s+(?:the|this)\s+meeting)/

    /// "Councillor Jane Smith was appointed (as) Chair for the meeting".
    nonisolated(unsafe) static let chairAppointedBefore =
        /((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:was|were)\s+(?:duly\s+)?(?:appointed|elected)\s+(?:as\s+)?(?:the\s+)?(?:Chair|Chairman|Chairperson|chair|chairman|chairperson)\s+(?:for|of)\s+(?:the|this)\s+meeting/

    /// "Councillor Jane Smith took the chair", "Cllr Ann Lee chaired the meeting".
    nonisolated(unsafe) static let chairTaken =
        /((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:here\s+)?(?:took\s+the\s+[Cc]hair|chaired\s+(?:the|this)\s+meeting)/
}
