import CouncilText
import EvidenceModel
import Foundation

/// Lists of people, line by line: a line inside the list of those present or of apologies (names, a group's people, a
/// register's marks, a table's rows), and the lists whose heading a copy lost, opened from their first line.
extension MinutesReader {
    /// Whether the next line with text opens with a personal title ("Mr. S. Griff (…)", "Cllr Ann Lee").
    func nextLineOpensWithTitle(after index: Int) -> Bool {
        guard let next = lines[(index + 1)...].first(where: { !$0.isBlank }) else { return false }
        return NameList.hasPersonalTitle(next.text)
    }

    /// "Representing Primary School Headteachers", "REPRESENTING 14-19 GROUP:": the heading of one group of a schools
    /// forum's members, named for the group they sit for (a few capitalised words, no sentence).
    static func isRepresentingHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 64, text.hasPrefix("Representing ") || text.hasPrefix("REPRESENTING ") else { return false }
        let group = text.dropFirst("Representing ".count).trimmingCharacters(in: CharacterSet(charactersIn: " :"))
        let words = group.split(separator: " ")
        guard (1...6).contains(words.count), !group.contains("."), !group.contains(","), !group.contains(" - ") else { return false }
        return words.allSatisfy { word in
            word.first.map { $0.isUppercase || $0.isNumber } ?? false || ["and", "of", "the", "&", "for"].contains(word)
        }
    }

    /// "2." alone on its line after item 1: the next item's number, its title on the next line.
    static func isNextItemNumberAlone(_ text: String, after numbering: ItemNumbering) -> Bool {
        // ("23/6" alone after "23/5": a minute numbered with its year.)
        if text.utf8.count <= 8, let slashed = ItemHeader.slashNumber(text), slashed.rest.isEmpty {
            return slashed.value == (numbering.lastValue ?? 0) + 1
        }
        // ("2." or "2" alone: an agenda prints its numbers with or without the point.)
        guard text.utf8.count <= 4, let number = LinePatterns.leadingNumber(text, requireDot: !text.allSatisfy(\.isNumber)), number.rest.isEmpty
        else { return false }
        return number.value == (numbering.lastValue ?? 0) + 1
    }

    /// The brackets a chair's line ends with.
    static let chairRoles = ["(Chair)", "(Vice Chair)", "(Vice-Chair)", "(Chairman)", "(Vice-Chairman)", "(Vice Chairman)", "(in the Chair)"]

    /// Whether, within the next four lines with text, a line of three titled people or more separated by commas follows:
    /// the roll call.
    func rollCallFollows(after index: Int) -> Bool {
        var next = index
        for _ in 0..<4 {
            guard let found = PageLayout.nextNonBlank(lines, after: next) else { return false }
            next = found
            let text = lines[found].text
            if text.utf8.lazy.filter({ $0 == UInt8(ascii: ",") }).count >= 2, let people = NameList.people(inLine: text), people.count >= 3,
               NameList.looksLikeRollCall(people) { return true }
            guard NameList.hasPersonalTitle(text), text.utf8.count <= 80 else { return false }
        }
        return false
    }

    /// Reads a line inside a list of people, or one that opens a list whose heading a copy lost, and returns the next
    /// index to read. Nil when the line is no part of a list (a list it ends is stopped first): it is read as any other.
    mutating func readListLine(_ line: SourceLine, text: String, at index: Int) -> Int? {
        // "Bella Barr" / "Independent Schools Sector" / "Cath Beek" / "Association of Primary Head Teachers" / …: each person's
        // body after them, in a paragraph of its own; the list ends where neither comes when due.
        if let role = collecting, peopleAlternateWithBodies, Labels.parse(text) == nil {
            if bodyParagraphNext, Self.namesABodyAlone(text) {
                bodyParagraphNext = false
                return index + 1
            }
            if !bodyParagraphNext, Self.isOnePersonAlone(text) || Self.isTitledPersonAlone(text), let people = NameList.people(inLine: text) {
                collectPeople(people, line: text, role: role)
                bodyParagraphNext = true
                return index + 1
            }
            peopleAlternateWithBodies = false
            bodyParagraphNext = false
            stopCollecting()
            return nil
        }
        // "S Tour (Director - Law and Governance and" / "Monitoring Officer);": a post's bracket wrapped onto the next line, read
        // as one line with it.
        if collecting != nil, index + 1 < lines.count, !lines[index + 1].isBlank, Self.opensBracketClosedOnNextLine(text, next: lines[index + 1].text) {
            let joined = text.trimmingCharacters(in: .whitespaces) + " " + lines[index + 1].text.trimmingCharacters(in: .whitespaces)
            return readListLine(SourceLine(number: line.number, text: joined, isBold: line.isBold), text: joined, at: index + 1)
        }
        if let role = collecting {
            // "Attendees and apologies" over lists whose headings a copy lost: a list after a gap of blank lines, with no heading,
            // may be either, and is left unread.
            if underAttendeesAndApologies || listHeadingLost, role == .attendance, collectedNames, index >= 2, lines[index - 1].isBlank, lines[index - 2].isBlank,
               LinePatterns.bullet(text) != nil {
                stopCollecting()
                appendToCurrent(line)
                return index + 1
            }
            // "-" / "Ian Donaldson, Scottish Government, Chair (ID)": a bullet alone, its person on the next line.
            if text.utf8.count <= 3, LinePatterns.isBulletMarkOnly(text) { return index + 1 }
            // "1." / "APOLOGIES FOR ABSENCE" / "2." / "MINUTES": the next item's number alone on its line ends the list (an
            // agenda's apologies item has no one under it).
            if Self.isNextItemNumberAlone(text, after: numbering) {
                stopCollecting()
                return nil
            }
            // "Agenda Item" / "Officer Attending" / "8." / "V. Carr (Children, Young People & Families)": before any item, the
            // number of the item an officer came for, in the column beside them.
            if role == .attendance, items.isEmpty, text.utf8.count <= 4, text.hasSuffix("."), text.dropLast().allSatisfy(\.isNumber),
               let next = PageLayout.nextNonBlank(lines, after: index), NameList.peopleBesideOwnInitials(lines[next].text) == nil,
               NameList.people(inLine: lines[next].text) != nil, NameList.isMarkedPerson(lines[next].text) {
                return index + 1
            }
            // "None" under one group of a names list: no one in it, and the list goes on; so does it after the
            // headings of a table of people ("Name", "NAME / ORGANISATION / Attending", "Name Designation").
            if NameList.saysNoOne(text) || NameList.isColumnHeadingRow(text) { return index + 1 }
            // ("S. McGar Head of Resources, Planning and Improvement for" / "Children": a post wrapped onto the next line.)
            if collectedNames, NameList.isWrappedPostTail(text) { return index + 1 }
            // ("David Mol -" / "Representing Secondary School Governors": the next group's heading, not the post the dash left.)
            if collecting == .attendance, items.isEmpty, Self.isRepresentingHeading(text) {
                startGroup("", role: .attendance)
                previousClosed = true
                return index + 1
            }
            // "• Carolyn Kent -" / "Commissioning Manager - SCC": the post a dash left for the next line is no one.
            if postFollows, LinePatterns.bullet(text) == nil {
                postFollows = false
                return index + 1
            }
            // "• Sue Dale" / "ABC Nurseries Kirkton": a bullet's person, then where they work on the bullet's next line.
            if collectedNames, continuesBulletedPerson(at: index) { return index + 1 }
            // "(JY) Jane Youdale (Preschool Alliance)", "Jane Hume / JH / - / Kirkton BC": a person beside their own initials
            // (before any sentence: "… attending on behalf of Paul Dobson" is the post's cell, not a sentence of senders).
            if let people = NameList.peopleBesideOwnInitials(text) {
                onePersonLines = people.count == 1 ? onePersonLines + 1 : 0
                initialledRows += 1
                collectPeople(people, line: text, role: role)
                return index + 1
            }
            // Between such rows, a short line is a cell wrapped from the row above ("Vice Chair", "Manager, Kent Police").
            if initialledRows > 0, isCellWrappedBetweenInitialledRows(at: index) { return index + 1 }
            // "Acting Chair / Lisa Hume / District Manager"; "Jo Osman / Eastleigh Jobcentre Plus" under rows of names and bodies.
            if let person = NameList.personOfTableRow(text, organisationsBesideNames: organisationRows > 0) {
                organisationRows += 1
                collectPeople([person], line: text, role: role)
                return index + 1
            }
            // ("2. / Minutes from Previous Meeting" is the next item, whose title holds a "from", not a sentence of senders.)
            // ("Presentation from Equality Commission Chief Executive Dr Eve Coll" after the list: the next item's heading.)
            if NameList.mayNameSenders(text), LinePatterns.leadingNumber(text, requireDot: true) == nil, NameList.saysWhoSentOrCame(text),
               NameList.namesAfterFrom(in: text) != nil {
                // ("In Attendance" / … / "Apologies were received on behalf of Councillor A, B": those who sent apologies,
                // not more of those attending.)
                if role == .attendance, TextScan.contains(text, ascii: "polog") {
                    stopCollecting()
                    collecting = .apologies
                    collectedNames = false
                    collectNames(text, role: .apologies)
                    return index + 1
                }
                collectNames(text, role: role)
                return index + 1
            }
            // "Also present:" / "1. Jerry O’Keeffe": a numbered list of people (Word's numbering kept).
            if let numbered = LinePatterns.leadingNumber(text, requireDot: true), numbered.value <= 40,
               NameList.isNumberedPerson(numbered.rest) {
                collectPeople([numbered.rest], line: numbered.rest, role: role)
                return index + 1
            }
            // After a blank line one name alone must look like a person ("Councillor X – personal",
            // "· J Smith (Chair)"): a heading such as "Children's Social Care Annual Report" ends the list.
            // ("Heather Adams, Improvement Service" between blank lines, under rows of the same shape, is one more.)
            // ("Rev Herron, outgoing Chairman, extended a welcome to Mr Gavin Boyd," under the list: a sentence, no more of it.)
            // "Sharn Jon / NHS Trust / Apols / Lloyd Ken / Chair, Governors' Association": a register of ticks and "Apols".
            // "Miss Claire Bin Staff Member Present": a register's person, post and mark run together.
            if role == .attendance, let row = NameList.markedRegisterEntries(text) {
                for person in row.present where !document.attendance.contains(person) { document.attendance.append(person) }
                for person in row.apologies where !document.apologies.contains(person) { document.apologies.append(person) }
                collectedNames = true
                namesLineEndedOpen = true
                blankInNames = false
                return index + 1
            }
            if role == .attendance, let row = NameList.registerRow(text, pending: registerPerson, inRegister: readingRegister) {
                readingRegister = true
                for person in row.present where !document.attendance.contains(person) { document.attendance.append(person) }
                for person in row.apologies where !document.apologies.contains(person) { document.apologies.append(person) }
                registerPerson = row.pending
                collectedNames = true
                namesLineEndedOpen = true
                blankInNames = false
                return index + 1
            }
            let sentence = NameList.readsAsSentence(text)
            if !sentence, var people = line.cells.flatMap(NameList.peopleInColumns) ?? line.cells.flatMap(NameList.personInFirstColumn).map({ [$0] })
                ?? NameList.people(inLine: text),
               !(blankInNames && collectedNames && people.count == 1 && !NameList.isMarkedPerson(text) && !continuesPersonPostRows(text, person: people[0])
                 && !NameList.isPostRowEndingInPerson(text) && !NameList.opensWithCivicOfficeAndTitle(text)
                 && !continuesNamesOneToAParagraph(text, person: people[0])) {
                // A list of one person a line ("Mr Andrew Laing, Procurator Fiscal"): after two such lines, a titled
                // person and untitled words after the comma are the person's post or body, not more people.
                if onePersonLines >= 2, people.count >= 2, NameList.hasPersonalTitle(text),
                   !people.dropFirst().contains(where: NameList.isTitledPerson) {
                    people = [people[0]]
                }
                // ("Vicki Strait, Clan Childlaw", "Annmarie Den and Nikki Spei, East Ayrshire Advocacy Services": untitled, the
                // people before the line's one comma and their organisation after it.)
                var sharedOrganisation = false
                if let before = NameList.peopleBeforeOneComma(text), people.count >= 2 || before.count > people.count,
                   onePersonLines >= 1 || PageLayout.nextNonBlank(lines, after: index).map({ NameList.peopleBeforeOneComma(lines[$0].text) != nil }) == true {
                    people = before
                    sharedOrganisation = before.count > 1
                }
                // ("Anita Kier, Mental Health and LD Commissioning, Kirkton CCG" among rows of one person beside their post and
                // body: the person, whatever words the post holds.)
                // (Not when the others are people each with their post in brackets too: "C Turner (Chief Executive), L Lovell
                // (Interim Head of Education) and E Patterson (Scrutiny Officer)".)
                if people.count >= 2, listHeadingLost || onePersonLines >= 2, !people.dropFirst().allSatisfy(NameList.isPersonWithBracketedPost),
                   let person = NameList.personBeforePostAndBody(text) {
                    people = [person]
                }
                onePersonLines = people.count == 1 || sharedOrganisation ? onePersonLines + 1 : 0
                if NameList.isPersonBesideOrganisationRow(text, people: people) { organisationRows += 1 }
                collectPeople(people, line: text, role: role)
                return index + 1
            }
            // "• Sally-Ann Kelly, Coalition of Care and Support Providers in Scotland" under lines of one person each: the person,
            // whatever words their organisation's name holds.
            if !sentence, onePersonLines >= 2 || LinePatterns.bullet(text) != nil && collectedNames, let person = NameList.personBeforeOrganisation(text) {
                onePersonLines += 1
                collectPeople([person], line: text, role: role)
                return index + 1
            }
            // Not a names line: the list is over, and this line is read as any other.
            stopCollecting()
            return nil
        }
        // "Councillor Margaret Thom (Chair)" / "Councillor Diane Whit (Vice Chair)" / "Councillor Stephanie Arch, * Councillor
        // Mark Dunn, …": the chair and vice-chair each on a line over the roll call the copy lost its heading over.
        if inPreamble, items.isEmpty, collecting == nil, text.utf8.count <= 80, text.hasSuffix(")"), NameList.hasPersonalTitle(text),
           Self.chairRoles.contains(where: { text.hasSuffix($0) }), let people = NameList.people(inLine: text), people.count == 1,
           rollCallFollows(after: index) {
            collecting = .attendance
            collectPeople(people, line: text, role: .attendance)
            return index + 1
        }
        if inPreamble, items.isEmpty, document.attendance.isEmpty, text.utf8.count >= 20,
           text.utf8.lazy.filter({ $0 == UInt8(ascii: ",") }).count >= 2,
           !VenueText.looksLikeVenue(text), let people = NameList.people(inLine: text), people.count >= 3,
           // ("Councillors B Brown, Cameron, Clark …": the plural title opens the roll call the CMIS copy lost its heading over.)
           NameList.looksLikeRollCall(people) || text.hasPrefix("Councillors ") || text.hasPrefix("Cllrs "), !listsMembership(before: index) {
            // Notes of a meeting often open with the people present and no "Present:" label.
            collecting = .attendance
            collectPeople(people, line: text, role: .attendance)
            return index + 1
        }
        // "Gordon Jeyes      CYPS, CCC (Chairman)      Present", "Martin Bacon      Cambs LSC      Absent      Yes" (under an
        // "Apologies" column), "Darren Dixon      East Cambs DC      Phillip Turner covering": a register's row read by its
        // aligned columns.
        if inPreamble, items.isEmpty, let cells = line.cells,
           let row = NameList.registerRowByColumns(cells, apologiesColumn: lines[max(0, index - 40)..<index].contains { $0.cells?.contains("Apologies") == true }) {
            if let present = row.present { document.attendance.append(present) }
            if let absent = row.apologies { document.apologies.append(absent) }
            previousClosed = true
            return index + 1
        }
        if inPreamble, items.isEmpty, let person = NameList.personMarkedPresent(text) {
            // "Rob Bridge      Fenland DC      Present": a register's row, its columns aligned with spaces.
            document.attendance.append(person)
            previousClosed = true
            return index + 1
        }
        if inPreamble, items.isEmpty, document.attendance.isEmpty, layout.kind != .report, opensListOfInitialledPeople(at: index),
           let people = NameList.peopleBesideOwnInitials(text) {
            // A table of the people present, each beside their own initials, whose heading a copy lost.
            collecting = .attendance
            listHeadingLost = true
            initialledRows = 1
            collectPeople(people, line: text, role: .attendance)
            return index + 1
        }
        if inPreamble, items.isEmpty, document.attendance.isEmpty, layout.kind == .meeting, opensBulletedMembersBeforeOthersAttending(at: index),
           let bullet = LinePatterns.bullet(text), let people = NameList.people(inLine: bullet.rest) {
            // "• Derek Bake (Chair)" / … / "In attendance:": the members present, whose heading a copy lost.
            collecting = .attendance
            listHeadingLost = true
            collectPeople(people, line: text, role: .attendance)
            return index + 1
        }
        if inPreamble, items.isEmpty, document.attendance.isEmpty, layout.kind == .meeting, opensTitledPeopleUnderHeading(at: index) {
            // "At a meeting of the Schools' Forum held at …" / "Mr. M. Bro" / "Headteacher Representatives" / "Mr. G. Atk": the
            // people present, whose "PRESENT" heading a copy lost, under the heading that says where the meeting was held.
            previousClosed = true
            return readTitledPeopleUnderHeading(from: index)
        }
        if inPreamble, items.isEmpty, document.attendance.isEmpty, document.apologies.isEmpty, collecting == nil,
           layout.kind == .meeting || layout.kind == .notes, opensRegisterOfBareNames(at: index) {
            // "Rob Mitchell" / "Kelly-Ann Williams" / … / "Notes of Meeting": the people present, one bare name a line, whose
            // "Present" heading a copy lost.
            previousClosed = true
            return readRegisterOfBareNames(from: index)
        }
        if inPreamble, items.isEmpty, document.attendance.isEmpty, layout.kind == .meeting, opensUnlabelledListOfPeople(at: index),
           let people = line.cells.flatMap(NameList.personInFirstColumn).map({ [$0] }) ?? NameList.people(inLine: text) {
            // Minutes whose "Present" heading a copy lost: three lines or more, each a person beside a post.
            collecting = .attendance
            listHeadingLost = true
            collectPeople(people, line: text, role: .attendance)
            return index + 1
        }
        return nil
    }

    /// Whether the line at `index` lists a body's members rather than those present: under a "Members" heading, or in a
    /// notice of a meeting still to be held ("A Meeting of the X will be held in …").
    private func listsMembership(before index: Int) -> Bool {
        if let above = PageLayout.previousNonBlank(lines, before: index),
           ["members", "membership", "committee members", "board members", "members of the committee"].contains(lines[above].text.lowercased()) {
            return true
        }
        return lines[..<index].contains { TextScan.contains($0.text, ascii: " will be held ") }
    }

    /// "Heather Adams, Improvement Service": a person and their post or body after a comma, under lines of one person
    /// each (a list that puts a blank line between its people).
    private func continuesPersonPostRows(_ text: String, person: String) -> Bool {
        guard onePersonLines >= 1, !text.hasSuffix("."), text.hasPrefix(person), LinePatterns.wordCount(person) <= 4,
              !NameList.isPostOrBody(person) else { return false }
        return text.dropFirst(person.count).hasPrefix(", ")
    }

    /// "Apologies" / "Peter Bran" / "Sue Bro" / "Paula Dix": the names a page sets one to a paragraph (a blank line between
    /// each), whose bare two or three words carry no title: under an apologies item's title, after such a name; or under
    /// the group headings of a list of those present (`namesSetOneToAParagraph`), before any item. Only when the line is
    /// nothing but the name.
    private func continuesNamesOneToAParagraph(_ text: String, person: String) -> Bool {
        guard listUnderApologiesTitle && collecting == .apologies && onePersonLines >= 1
                || namesSetOneToAParagraph && itemsWhenAttendanceOpened == items.count else { return false }
        return Self.isPersonAlone(text, person: person)
    }

    /// Whether a line leaves a bracket open that the next, short line closes before opening another.
    static func opensBracketClosedOnNextLine(_ text: String, next: String) -> Bool {
        guard TextScan.contains(text, ascii: "("), text.utf8.count <= 160, next.utf8.count <= 80,
              text.filter({ $0 == "(" }).count == text.filter({ $0 == ")" }).count + 1,
              let close = next.firstIndex(of: ")"), !next[..<close].contains("(") else { return false }
        return true
    }

    /// "Independent Schools Sector", "Home Start", "Councillor"-less and given-name-less: a paragraph that names a body or
    /// a sector, of capitalised words (joining words aside), no person.
    static func namesABodyAlone(_ text: String) -> Bool {
        // ("Depute Lord Provost Christina ROBB": an office and the person holding it, a given name among the words; "Georgia
        // CRUICK", "Vari McDON": a name and a surname in capitals, a person whatever the given name.)
        let words = text.split(separator: " ")
        if words.count >= 2, words.contains(where: { $0.contains(where: \.isLowercase) && !$0.hasPrefix("Mc") && !$0.hasPrefix("Mac") }),
           let last = words.last, last.count >= 3, last.dropFirst(2).allSatisfy({ $0.isUppercase || !$0.isLetter }) { return false }
        guard text.utf8.count <= 80, let first = words.first, !words.contains(where: { GivenNames.contains($0) }), !NameList.isPersonalTitle(first),
              NameList.droppingHonours(text) == text, !NameList.readsAsSentence(text),
              // ("Guests", "Apologies", "Others in Attendance": the next group's heading, no body.)
              Labels.parse(text) == nil, !NameList.introducesAttendance(text), NameList.apologiesHeading(text) == nil,
              !attendanceGroupHeadings.contains(text.lowercased()), NameList.groupLabelValue(text, requireColon: false) == nil else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true || word.first?.isNumber == true || ["of", "and", "for", "the", "&", "with", "in", "on"].contains(word)
        }
    }

    /// Whether, after the blank at `index` in a list whose last line was one person alone, a body's paragraph comes next and
    /// a person's after it: the list sets each person's body under them.
    func alternatesPeopleWithBodies(after index: Int) -> Bool {
        guard onePersonLines >= 1, let last = PageLayout.previousNonBlank(lines, before: index), Self.isOnePersonAlone(lines[last].text),
              let body = PageLayout.nextNonBlank(lines, after: index), Self.namesABodyAlone(lines[body].text),
              // ("Kay John (KJ)" / "PRU" / "Terry Hod (TH)": a group's heading over people beside their own initials, no body.)
              !groupHeadsPeopleBesideInitials(at: body),
              let person = PageLayout.nextNonBlank(lines, after: body), Self.isOnePersonAlone(lines[person].text),
              let secondBody = PageLayout.nextNonBlank(lines, after: person) else { return false }
        return Self.namesABodyAlone(lines[secondBody].text)
    }

    /// Whether the line at `index` is a short heading of one group of those present ("Members of the Forum", "PRU", "PVI
    /// Sector", "Trade Unions"): a few capitalised words, no person, no label, with people beside their own initials
    /// ("Terry Hod (TH)") on the next line, or under one more such heading.
    func groupHeadsPeopleBesideInitials(at index: Int) -> Bool {
        var next = index
        for _ in 0..<2 {
            guard Self.isShortGroupHeading(lines[next].text), let following = PageLayout.nextNonBlank(lines, after: next) else { return false }
            if let people = NameList.peopleBesideOwnInitials(lines[following].text), !people.isEmpty { return true }
            next = following
        }
        return false
    }

    /// "Members of the Forum", "PRU", "PVI Sector": up to five words, each capitalised (joining words aside), no digits,
    /// brackets or punctuation, no given name among them, and no label. (The people under it carry their initials; it
    /// carries none.)
    static func isShortGroupHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 40, !text.isEmpty, text.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "&" }) else { return false }
        let words = text.split(separator: " ")
        guard (1...5).contains(words.count), words.first?.first?.isUppercase == true,
              words.allSatisfy({ $0.first?.isUppercase == true || ["of", "the", "and", "&", "for"].contains($0) }),
              Labels.parse(text) == nil, !words.contains(where: { GivenNames.contains($0) }) else { return false }
        return true
    }

    /// Whether a line is one person and nothing else ("Kevin CORD", "Jane Roe (Chair)", "Depute Lord Provost Kevin CORD").
    static func isOnePersonAlone(_ text: String) -> Bool {
        guard !NameList.readsAsSentence(text), let people = NameList.people(inLine: text), people.count == 1 else { return false }
        return isPersonAlone(text, person: people[0])
    }

    /// Whether a line is `person` alone: the name of two or three words, a bracket after it or a civic title before it.
    private static func isPersonAlone(_ text: String, person: String) -> Bool {
        let words = LinePatterns.wordCount(person)
        // ("Neil I C POWRIE", "C D P FARQUHAR": a name with two or three initials is still one person.)
        guard (2...3).contains(words) || (4...5).contains(words) && hasOnlyInitialsBetween(person) else { return false }
        return NameList.isPlausibleName(person) && !NameList.isPostOrBody(person)
            && (text == person || text.hasPrefix(person + " (") || NameList.droppingHonours(text) == person)
    }

    /// Whether every word of a name but its last, or but its first and last, is an initial ("Neil I C POWRIE", "C D P FARQUHAR").
    private static func hasOnlyInitialsBetween(_ person: String) -> Bool {
        let words = person.split(separator: " ")
        func isInitial(_ word: Substring) -> Bool {
            let letters = word.filter { $0 != "." }
            return letters.count == 1 && letters.first?.isUppercase == true
        }
        guard words.count >= 3, let last = words.last, last.count >= 2, !isInitial(last) else { return false }
        return words.dropFirst().dropLast().allSatisfy(isInitial)
    }

    /// Whether the text under a "held at …" heading opens with a titled person alone on the line ("Mr. M. Bro"), with two
    /// more such people within the next eight lines (a group's heading, a school in brackets or a post between): a list
    /// of those present whose heading a copy lost. Only right under the heading the layout read.
    func opensTitledPeopleUnderHeading(at index: Int) -> Bool {
        guard index == layout.bodyStart || PageLayout.nextNonBlank(lines, after: layout.bodyStart - 1) == index,
              layout.meetingDate != nil, lines[index].cells == nil, !Self.titledPeopleInCells(lines[index].text).isEmpty else { return false }
        // (Under a notice of a meeting to come, "will be held …", titled people are its members, not those who attended.)
        let heading = lines[..<index].map { $0.text.lowercased() }.joined(separator: " ")
        guard !["will be held", "to be held", "notice of", "agenda", "summons", "members of the committee"].contains(where: { heading.contains($0) }) else { return false }
        var found = 0, next = index
        for _ in 0..<8 {
            guard let following = PageLayout.nextNonBlank(lines, after: next) else { break }
            if lines[following].cells == nil, !Self.titledPeopleInCells(lines[following].text).isEmpty { found += 1 }
            next = following
        }
        return found >= 2
    }

    /// The titled people of a line whose cells are parted by " / " or "; ", each cell a person first ("Mrs V. Cun (Kirkton
    /// School) / Mr K. McG", "Mr C Wor [CW] Chair (FTG); Mr M Eva [MJE] Headmaster (SG)"): what stands before a cell's
    /// first bracket, when that is a titled person alone.
    static func titledPeopleInCells(_ text: String) -> [String] {
        text.components(separatedBy: " / ").flatMap { $0.components(separatedBy: "; ") }.compactMap { cell in
            var name = String(cell.split(whereSeparator: { $0 == "(" || $0 == "[" }).first ?? "").trimmingCharacters(in: .whitespaces)
            // ("Mr Andrew Hil COM", "Mrs Amanda Abl HT": a governor's category after the name, its key printed below.)
            if let space = name.lastIndex(of: " "), governorCategories.contains(String(name[name.index(after: space)...])) {
                name = String(name[..<space])
            }
            guard isTitledPersonAlone(name) else { return nil }
            // ("Mr AM Dav [AD] (FTG)": the initials the minutes name them by later are kept, as a list beside them keeps them.)
            let rest = cell.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
            if let open = rest.first, open == "[" || open == "(", let close = rest.firstIndex(of: open == "[" ? "]" : ")"),
               case let initials = rest[rest.index(after: rest.startIndex)..<close], NameList.areInitials(initials, of: Substring(name)) {
                return "\(name) (\(initials))"
            }
            return name
        }
    }

    /// Reads such a list: each titled person alone in a line or a " / " cell (a school in brackets after them dropped) is
    /// present; a group's heading ("Governor Representatives"), a post or a school between them is passed over. The list
    /// ends at a label, the apologies, a numbered item or a sentence. Returns the index of the line that ended it, after the
    /// first line always (that line opened the list: the reader must move on from it, whatever else it holds).
    mutating func readTitledPeopleUnderHeading(from start: Int) -> Int {
        var index = start
        while index < lines.count {
            let text = lines[index].text
            if !lines[index].isBlank {
                let lower = text.lowercased()
                if index > start, Labels.parse(text) != nil || lower.hasPrefix("apolog") || lower.hasPrefix("absent")
                    || LinePatterns.leadingNumber(text, requireDot: false) != nil || LinePatterns.resolutionMarker(text) != nil
                    || text.hasSuffix(".") && LinePatterns.wordCount(text) >= 8 { break }
                for name in Self.titledPeopleInCells(text) where !document.attendance.contains(name) { document.attendance.append(name) }
            }
            index += 1
        }
        return index
    }

    /// Whether five lines or more open here that are each one person alone ("Rob Mitchell", "Cllr Steve Claymore"), under
    /// no heading of others (members, distribution, apologies), on a page that labels no list of those present or absent.
    func opensRegisterOfBareNames(at index: Int) -> Bool {
        guard Self.isRegisterEntry(lines[index].text) else { return false }
        var run = 1, next = index
        while run < 5, let following = PageLayout.nextNonBlank(lines, after: next), Self.isRegisterEntry(lines[following].text) {
            run += 1
            next = following
        }
        guard run >= 5, !followsHeadingOfOthers(at: index), !listsMembership(before: index) else { return false }
        return !lines.contains { line in
            !line.isBlank && Labels.parse(line.text).map { $0.role == .attendance || $0.role == .apologies } == true
        }
    }

    /// Reads the register `opensRegisterOfBareNames` found, up to its first line that is not one person alone.
    mutating func readRegisterOfBareNames(from start: Int) -> Int {
        var index = start
        while index < lines.count {
            if !lines[index].isBlank {
                guard Self.isRegisterEntry(lines[index].text) else { break }
                let name = lines[index].text.trimmingCharacters(in: .whitespaces)
                if !document.attendance.contains(name) { document.attendance.append(name) }
            }
            index += 1
        }
        return index
    }

    /// A line of a register: one person and nothing else, a title before the name allowed ("County Cllr Ben Adams").
    static func isRegisterEntry(_ text: String) -> Bool {
        guard text.utf8.count <= 40, !text.contains("("), !text.contains(","), !text.contains(":") else { return false }
        var words = text.split(separator: " ")
        if words.count >= 3, ["county", "deputy", "city", "district", "parish", "town"].contains(words[0].lowercased()) { words.removeFirst() }
        // "Cllr Steve Claymore", "Mrs J. Dale": a title, then one to three capitalised words or initials.
        if let title = words.first, NameList.isPersonalTitle(title), (2...4).contains(words.count) {
            return words.dropFirst().allSatisfy { word in
                word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || "-'’.".contains($0) } && !NameList.isPersonalTitle(word)
            }
        }
        return isOnePersonAlone(text)
    }

    /// The codes of a school's governor categories that lists print after a name (community, parent, local authority,
    /// headteacher, staff, foundation, co-opted, associate member).
    static let governorCategories: Set<String> = ["COM", "PAR", "LA", "HT", "STF", "FND", "FTG", "SG", "PG", "CG", "LAG", "AM",
                                                  "PAFTG", "OBFTG", "COOP", "CO-OPT"]

    /// "Mr. M. Bro", "Mrs V. Cun": a personal title and a name, nothing else on the line.
    static func isTitledPersonAlone(_ text: String) -> Bool {
        // (Not a row of columns kept apart by spaces, "Mrs. C. Leit      Aberdeenshire": that table's reading is another's.)
        guard text.utf8.count <= 40, !TextScan.contains(text, ascii: "  "), NameList.isTitledPerson(text),
              let people = NameList.people(inLine: text), people.count == 1 else { return false }
        return LinePatterns.wordCount(text) <= 5 && !text.contains(",")
    }
}
