import EvidenceModel

/// Who attended and who sent apologies, as a page's prose and labelled paragraphs say: shared by the
/// text and HTML readers, so that a page saved either way lists the same people. (The text reader reads
/// its "Present:" lists line by line itself; `labelledLists` is that reading for pages whose lines are
/// already paragraphs.)
public enum StatedPeople {
    /// Fills what the sentences say: apologies "received from Councillors A and B" (when no list gave
    /// any), guests the minutes welcome, and whoever a sentence puts in the chair.
    public static func complete(_ document: inout Document) {
        fillApologiesFromSentences(&document)
        addWelcomedPeople(&document)
        droppingAbsentByTheirInitials(&document)
    }

    /// "Mr AM Dav (AD)" in a list of the body's members, and "AD" among the apologies: the minutes name the absent by the
    /// initials the list gave them, so that person sent apologies and was not present.
    static func droppingAbsentByTheirInitials(_ document: inout Document) {
        let absent = Set(document.apologies.filter { $0.count <= 5 && $0.allSatisfy { $0.isUppercase || $0 == "-" } })
        guard !absent.isEmpty else { return }
        document.attendance.removeAll { person in
            guard person.hasSuffix(")"), let open = person.lastIndex(of: "(") else { return false }
            return absent.contains(String(person[person.index(after: open)..<person.index(before: person.endIndex)]))
        }
    }

    /// "Present: Councillors A, B and C" (or "Present:" then a paragraph or a list of names), and the
    /// same for "Apologies:", in the document's paragraphs and its items' description and minutes.
    public static func readLabelledLists(into document: inout Document) {
        var sequences = [document.blocks]
        for item in document.items { sequences.append(item.description + item.minutes) }
        for blocks in sequences {
            let (attendance, apologies) = labelledLists(in: blocks)
            for person in attendance where !contains(document.attendance, person) { document.attendance.append(person) }
            for person in apologies where !contains(document.apologies, person) { document.apologies.append(person) }
        }
    }

    /// The people named under attendance and apologies labels in a run of blocks.
    static func labelledLists(in blocks: [Block]) -> (attendance: [String], apologies: [String]) {
        var attendance: [String] = []
        var apologies: [String] = []
        var index = 0
        // The list the last label opened: "Co-opted Members: A, B" after "Present: …" is one more group of it.
        var lastRole: LabelRole?
        while index < blocks.count {
            defer { index += 1 }
            guard blocks[index].kind == .paragraph, let text = blocks[index].text else { lastRole = nil; continue }
            let label: LabelledLine
            if let labelled = Labels.parse(text), labelled.role == .attendance || labelled.role == .apologies {
                label = labelled
            } else if let role = lastRole, let value = NameList.groupLabelValue(text) {
                label = LabelledLine(label: String(text.prefix { $0 != ":" }), role: role, value: String(value))
            } else {
                lastRole = nil
                continue
            }
            lastRole = label.role
            var people: [String] = []
            if !label.value.isEmpty {
                people = NameList.mayNameSenders(label.value) ? NameList.namesAfterFrom(in: label.value) ?? [] : NameList.names(in: label.value)
            } else if index + 1 < blocks.count {
                // The label alone: its people are the next paragraph, or the next list one person an item.
                let next = blocks[index + 1]
                if next.kind == .list {
                    people = (next.children ?? []).compactMap(\.text).flatMap { NameList.people(inLine: $0) ?? [] }
                    index += 1
                } else if next.kind == .paragraph, let names = next.text.flatMap(NameList.people(inLine:)) {
                    people = names
                    index += 1
                }
            }
            people = people.filter(NameList.isPlausibleName)
            if label.role == .apologies { apologies += people.map(NameList.droppingReason) } else { attendance += people.map(NameList.droppingDashedPost) }
        }
        return (attendance, apologies)
    }

    private static func contains(_ people: [String], _ person: String) -> Bool {
        let key = NameList.personKey(person)
        if people.contains(where: { NameList.personKey($0) == key }) { return true }
        // "Ms Nicholl joined the meeting" under "Ms Kate Nicholl MLA" in the list: the same person, by title and surname.
        let words = person.split(separator: " ")
        // ("He welcomed Mrs Aitch…" read as "Aitch…", "Cllr Cook joined the meeting" as "Cook", under "Mrs J Aitch…" and "M J
        // Cook (from para.2.1)" in the list: the surname alone is someone listed.)
        if words.count == 1 {
            let surname = Substring(person.lowercased())
            return people.contains { $0.replacing(NameList.parenthesis, with: " ").lowercased().split(separator: " ").dropFirst().contains(surname) }
        }
        // ("He also welcomed Fr McFadd" under "Fr William McFadd" in the list: a church title too.)
        guard words.count == 2, NameList.isPersonalTitle(words[0])
                || NameList.churchTitles.union(["fr", "father"]).contains(words[0].lowercased().trimmingCharacters(in: ["."])) else { return false }
        let title = words[0].lowercased(), surname = words[1].lowercased()
        return people.contains { other in
            let otherWords = other.lowercased().split(separator: " ")
            return otherWords.count >= 3 && otherWords[0] == title && otherWords.dropFirst(2).contains { $0 == surname }
        }
    }

    /// Guests and witnesses the minutes welcome to the meeting in a sentence attended it, and so did
    /// whoever a sentence puts in the chair of it ("appointed Cllr Carol Bulman to chair the meeting"), whoever it
    /// says entered or left the meeting, and members it says attended under a standing order.
    static func addWelcomedPeople(_ document: inout Document) {
        var blocks = document.blocks
        for item in document.items { blocks.append(contentsOf: item.description + item.minutes) }
        for block in blocks where block.kind == .paragraph || block.kind == .numberedParagraph {
            // (A byte search settles most blocks and sentences before any String is made.)
            guard let text = block.text else { continue }
            let welcomes = TextScan.contains(text, ascii: "welcome")
            let chairs = NameList.mayPutSomeoneInTheChair(text)
            let moves = TextScan.contains(text, ascii: " the meeting")
            let byStandingOrder = TextScan.contains(text, ascii: " attended in accordance with ")
                || TextScan.contains(text, ascii: " attended the meeting in accordance with ")
            // ("It was noted that Councillor B was substituting for Councillor C.")
            let substitutes = TextScan.contains(text, ascii: " substituting for ") || TextScan.contains(text, ascii: " substitute for ")
            guard welcomes || chairs || moves || byStandingOrder || substitutes else { continue }
            for range in FactExtractor.sentenceRanges(in: text) {
                var people: [String] = []
                if welcomes, TextScan.contains(text[range], ascii: "welcome") { people += NameList.welcomed(in: String(text[range])) }
                if chairs, TextScan.contains(text[range], ascii: "hair") { people += NameList.chairing(in: String(text[range])) }
                if moves, TextScan.contains(text[range], ascii: " the meeting") { people += NameList.arrivingOrLeaving(in: String(text[range])) }
                if byStandingOrder { people += NameList.attendingByStandingOrder(in: String(text[range])) }
                if substitutes { people += String(text[range]).matches(of: NameList.substitutingForClause).map { NameList.droppingCollectiveTitle(String($0.output.1)) } }
                for person in people where !contains(document.attendance, person) {
                    document.attendance.append(person)
                }
            }
        }
    }

    /// "Apologies for absence were received from …", "Apologies were submitted on behalf of …".
    private static func statesApologiesReceived(_ lowerSentence: String) -> Bool {
        // (Opening the sentence, or after a label such as "Minutes:".)
        guard let apologies = lowerSentence.range(of: "apologies"),
              lowerSentence.distance(from: lowerSentence.startIndex, to: apologies.lowerBound) <= 10 else { return false }
        return ["received from", "submitted", "sent", "tendered"].contains { lowerSentence.contains($0) }
    }

    /// "Apologies for absence were received from Councillors A and B." in an apologies item or the preamble.
    static func fillApologiesFromSentences(_ document: inout Document) {
        // When a list or the reader gave apologies, only an apologies item's further sentences add to them
        // ("Apologies were also received from Councillor C with Councillor D substituting").
        let listed = !document.apologies.isEmpty
        // An apologies item ("Apologies for absence", "Introduction and apologies") and the preamble: any
        // sentence about apologies. Elsewhere (a copy whose apologies item lost its title to the one above)
        // only one that says apologies were received, submitted or sent from people.
        var candidates: [(blocks: [Block], anySentence: Bool, apologiesItem: Bool)] = [(document.blocks, true, false)]
        for item in document.items {
            let apologiesItem = item.title.lowercased().contains("apolog")
            candidates.append((item.description + item.minutes, apologiesItem, apologiesItem))
        }
        // Every sentence counts: "There were apologies from A and B. There were further apologies from C."
        var names = document.apologies
        for (blocks, anySentence, apologiesItem) in candidates where anySentence || !listed {
            for (position, block) in blocks.enumerated() {
                // A byte search ("Apolog…", "apolog…", "APOLOG…") passes most blocks before one is lower-cased.
                // ("64 APOLOGY FOR ABSENCE –" / "This was received from Mr. N. Want": under the item, "received from" says it.)
                // ("Councillor Ifan Dav, …, Rev Wyn Tho and" / "Professor Catrin Wil apologised for their inability to attend …":
                // the names before the verb, the sentence cut in two by a PDF's line break.)
                let nextSaysApologised = position + 1 < blocks.count && blocks[position + 1].kind == .paragraph
                    && (blocks[position + 1].text.map { TextScan.contains($0, ascii: " apologised for ") } ?? false)
                    && (block.text.map { $0.hasSuffix(" and") || $0.hasSuffix(",") } ?? false)
                guard var text = block.text, TextScan.contains(text, ascii: "polog") || TextScan.contains(text, ascii: "POLOG")
                        || apologiesItem && TextScan.contains(text, ascii: "received from") || nextSaysApologised,
                      text.lowercased().contains("apolog") || apologiesItem || nextSaysApologised else { continue }
                // "… were received from Wendy Fabb, Steve" / "Stewart, Jenny Wood and Jacqui Barns.": a PDF's line
                // break cut the sentence, and the next paragraph ends it.
                // ("… and Olive Fair" / "Mr. M. Doyle in the Chair.": a sentence of its own, saying who chaired, ends nothing.)
                if let last = text.last, !".!?:".contains(last), position + 1 < blocks.count, blocks[position + 1].kind == .paragraph,
                   let next = blocks[position + 1].text, LinePatterns.endsWithTerminalPunctuation(Substring(next)),
                   !TextScan.contains(next.lowercased(), ascii: " in the chair") {
                    text += " " + next
                }
                for sentence in FactExtractor.sentences(in: text) {
                    // ("Apologies … were received from Cllrs A and B. Cllrs C and D attended as substitutes.": the next sentence
                    // of the apologies' paragraph says who came in their place.)
                    for name in NameList.substitutes(in: sentence) where !contains(document.attendance, name) { document.attendance.append(name) }
                    let lower = sentence.lowercased()
                    // ("… a resignation letter had been received from X" under the same item is no apology.)
                    guard lower.contains("apolog") || apologiesItem && ["this was received from", "these were received from", "received from"]
                            .contains(where: { lower.hasPrefix($0) }),
                          anySentence || statesApologiesReceived(lower) else { continue }
                    for name in NameList.namesAfterFrom(in: sentence) ?? [] where !contains(names, name) { names.append(name) }
                    for name in NameList.namesBeforeGivingApologies(in: sentence) where !contains(names, name) { names.append(name) }
                }
            }
        }
        document.apologies = names
    }
}
