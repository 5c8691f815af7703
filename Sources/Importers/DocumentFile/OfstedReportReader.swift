import EvidenceModel
import Foundation

/// Which kind of Ofsted children's services report a text is, told from its title lines.
enum OfstedReportType: String, Sendable {
    case ilacsInspection, sifInspection, sifReinspection, focusedVisit, monitoringVisit

    /// The framework and type in words, as `InspectionReport.framework` carries it.
    var framework: String {
        switch self {
        case .ilacsInspection: "ILACS inspection"
        case .sifInspection: "SIF inspection"
        case .sifReinspection: "SIF re-inspection"
        case .focusedVisit: "ILACS focused visit"
        case .monitoringVisit: "monitoring visit"
        }
    }

    /// Whether the report grades the authority (visits are letters without grades).
    var isGraded: Bool { self != .focusedVisit && self != .monitoringVisit }

    /// The type a title line announces, or nil: Ofsted's standard titles, e.g. "Inspection of Coventry
    /// local authority children's services", "Inspection of children's social care services",
    /// "Inspection of services for children in need of help and protection, ...", "Focused visit to
    /// Southwark children's services", "Monitoring visit to ... children's services".
    static func announced(by line: String) -> OfstedReportType? {
        let lower = line.lowercased()
        if lower.contains("re-inspection of services for children") { return .sifReinspection }
        if lower.hasPrefix("inspection of services for children") || lower.contains(" inspection of services for children in need") { return .sifInspection }
        if lower.hasPrefix("focused visit to") || lower.hasPrefix("focused visit of") { return .focusedVisit }
        if lower.hasPrefix("monitoring visit to") || lower.hasPrefix("monitoring visit of") { return .monitoringVisit }
        if lower.hasPrefix("inspection of"), lower.contains("children's services") || lower.contains("children's social care services") {
            return .ilacsInspection
        }
        return nil
    }
}

/// What reading a report gave: the report, and what could not be read, as diagnostics to attach.
struct OfstedReading {
    var report: InspectionReport
    var type: OfstedReportType
    /// (severity, code, message) for each problem; never quotes the report's prose.
    var problems: [(Diagnostic.Severity, String, String)] = []
}

/// Reads an Ofsted children's services report from its text: recognition by its title, then the
/// authority, dates, lead inspector, judgements and improvement points. Nothing is guessed: a field
/// that is not printed in Ofsted's standard wording stays empty and says so in a diagnostic.
enum OfstedReportReader {
    /// How many non-empty lines from the top the title, dates and judgements are looked for in.
    static let headerLines = 70

    /// The type a title announces at line `index`, the title read alone or wrapped over up to two
    /// more lines ("Inspection of Coventry local authority" / "children's services").
    static func announced(_ lines: [String], at index: Int) -> OfstedReportType? {
        if let type = OfstedReportType.announced(by: lines[index]) { return type }
        let openings = ["inspection of", "focused visit", "monitoring visit"]
        guard openings.contains(where: { lines[index].lowercased().hasPrefix($0) }) else { return nil }
        var title = ""
        for line in lines[index...].prefix(3) {
            title += title.isEmpty ? line : " " + line
            if let type = OfstedReportType.announced(by: title) { return type }
        }
        return nil
    }

    /// Whether the first bytes of a text file look like an Ofsted report (a title line, and Ofsted's
    /// inspection wording), so the document-file importer claims it before the minutes reader.
    static func looksLikeReport(_ head: String) -> Bool {
        let lines = Array(OfstedText.lines(of: head).filter { !$0.isEmpty }.prefix(headerLines))
        guard lines.indices.contains(where: { announced(lines, at: $0) != nil }) else { return false }
        let lower = head.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        // Ofsted's own labels and sign-off, not the word "Ofsted" alone (council reports about an
        // inspection use it too).
        return ["inspection date", "lead inspector", "majesty's inspector", "report published", "this letter summarises the findings"]
            .contains { lower.contains($0) }
    }

    /// The report read from a text, or nil when the text is not an Ofsted children's services report.
    static func read(_ text: String) -> OfstedReading? {
        let lines = OfstedText.lines(of: text)
        let header = Array(lines.enumerated().filter { !$0.element.isEmpty && !OfstedText.isPageNumber($0.element) }.prefix(headerLines))
        let headerText = header.map { OfstedText.withoutFootnote($0.element) }
        guard looksLikeReport(header.map(\.element).joined(separator: "\n")),
              let titleIndex = headerText.indices.first(where: { announced(headerText, at: $0) != nil }),
              let type = announced(headerText, at: titleIndex) else { return nil }
        var reading = OfstedReading(report: InspectionReport(framework: type.framework), type: type)
        reading.report.localAuthority = authority(headerText, titleAt: titleIndex, type: type)
        readDates(headerText, into: &reading)
        reading.report.leadInspector = leadInspector(lines)
        // A title with neither an authority nor dates under it is a mention of a report, not one.
        guard reading.report.localAuthority != nil || reading.report.inspectionStart != nil else { return nil }
        if type.isGraded { OfstedJudgements.read(headerText, into: &reading) }
        reading.report.improvementPoints = ImprovementPoints.read(lines)
        reportGaps(into: &reading)
        return reading
    }

    /// The authority the title names: "Inspection of X local authority children's services" (wrapped
    /// over lines), the line above "Inspection of children's social care services" or "Inspection of
    /// services for children...", "Focused visit to X children's services".
    static func authority(_ header: [String], titleAt index: Int, type: OfstedReportType) -> String? {
        // The title may wrap: join it with the lines up to the dates.
        var title = header[index]
        var next = index + 1
        while next < header.count, next <= index + 3, !header[next].lowercased().hasPrefix("inspection date"),
              !title.lowercased().hasSuffix("services") {
            title += " " + header[next]
            next += 1
        }
        // Searched in the title itself, ignoring case: places found in its lower-cased copy do not fit
        // the title where lower-casing changes a letter's length ("İ" becomes two).
        for opening in ["inspection of ", "focused visit to ", "focused visit of ", "monitoring visit to ", "monitoring visit of "] {
            guard let start = title.range(of: opening, options: [.caseInsensitive, .anchored])?.upperBound else { continue }
            for ending in [" local authority children's services", " children's services"] {
                guard let end = title.range(of: ending, options: .caseInsensitive) else { continue }
                guard start < end.lowerBound else { break }
                let name = String(title[start..<end.lowerBound]).trimmingCharacters(in: .whitespaces)
                return name.isEmpty || name.lowercased() == "local authority" ? nil : name
            }
        }
        // The name printed before the title, on its line ("Manchester City Council Re-inspection of
        // services ...") or on the line above.
        let marker = type == .sifReinspection ? "re-inspection of" : "inspection of"
        if let range = title.range(of: marker, options: .caseInsensitive), range.lowerBound > title.startIndex {
            let before = title[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            return cleanedName(before)
        }
        guard index > 0 else { return nil }
        return cleanedName(header[index - 1])
    }

    /// A name line without a leading page number, or nil when it does not look like a name.
    static func cleanedName(_ text: String) -> String? {
        var words = text.split(separator: " ")
        if let first = words.first, OfstedText.isPageNumber(String(first)) { words.removeFirst() }
        let name = words.joined(separator: " ")
        guard !name.isEmpty, words.count <= 8, name.first?.isUppercase == true,
              !name.contains(":"), !OfstedText.endsSentence(name) else { return nil }
        return name
    }

    /// "Inspection dates:" / "Inspection date:" and "Report published:" / "Publication date:" labels.
    static func readDates(_ header: [String], into reading: inout OfstedReading) {
        for line in header {
            let lower = line.lowercased()
            if reading.report.inspectionStart == nil, lower.hasPrefix("inspection date"), let colon = line.firstIndex(of: ":"),
               let dates = InspectionDates.read(String(line[line.index(after: colon)...])) {
                reading.report.inspectionStart = dates.start
                reading.report.inspectionEnd = dates.end
            }
            let publicationLabels = ["report published:", "publication date:", "date of publication:", "published:"]
            if reading.report.publicationDate == nil, let label = publicationLabels.first(where: { lower.hasPrefix($0) }) {
                reading.report.publicationDate = InspectionDates.date(in: String(line.dropFirst(label.count)))
            }
        }
        if reading.report.inspectionStart == nil, !reading.type.isGraded, let dates = letterDates(header) {
            reading.report.inspectionStart = dates.start
            reading.report.inspectionEnd = dates.end
        }
    }

    /// A visit letter's dates, from its standard opening: "This letter summarises the findings of the
    /// focused visit to ... children's services on 15 and 16 January 2019."
    static func letterDates(_ header: [String]) -> InspectionDates? {
        let text = header.joined(separator: " ")
        guard let opening = text.range(of: "this letter summarises the findings", options: .caseInsensitive) else { return nil }
        let sentence = text[opening.upperBound...].prefix(300)
        guard let on = sentence.range(of: " on ") else { return nil }
        return InspectionDates.read(String(sentence[on.upperBound...].prefix(60)))
    }

    /// "Lead inspector: Name, His Majesty's Inspector" (never "Deputy lead inspector"), else the name
    /// signed above "Her/His Majesty's Inspector" after "Yours sincerely" in a letter.
    static func leadInspector(_ lines: [String]) -> String? {
        if let line = lines.first(where: { $0.lowercased().hasPrefix("lead inspector:") }) {
            return cleanedInspector(String(line.dropFirst("lead inspector:".count)))
        }
        guard let signOff = lines.lastIndex(where: { $0.lowercased().hasPrefix("yours sincerely") }) else { return nil }
        let after = lines[(signOff + 1)...].prefix(6).filter { !$0.isEmpty }
        guard let titleIndex = after.firstIndex(where: { $0.lowercased().hasSuffix("majesty's inspector") }),
              titleIndex > after.startIndex else { return nil }
        return cleanedInspector(after[after.index(before: titleIndex)])
    }

    /// The name without the title that follows it ("Her Majesty's Inspector", "HMI").
    static func cleanedInspector(_ text: String) -> String? {
        var name = text.trimmingCharacters(in: .whitespaces)
        for suffix in ["her majesty's inspector", "his majesty's inspector", " shmi", " hmi"] where name.lowercased().hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
        }
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        return name.isEmpty ? nil : name
    }

    /// A diagnostic for each field a report of this type should print but did not (as Ofsted wrote it).
    static func reportGaps(into reading: inout OfstedReading) {
        let report = reading.report
        var missing: [String] = []
        if report.localAuthority == nil { missing.append("the local authority") }
        if report.inspectionStart == nil { missing.append("the inspection dates") }
        if reading.type.isGraded, report.overallEffectiveness == nil { missing.append("the overall effectiveness judgement") }
        if report.leadInspector == nil { missing.append("the lead inspector") }
        if !missing.isEmpty {
            reading.problems.append((.warning, "ofsted.field-not-found",
                                     "read as an Ofsted report (\(reading.type.framework)), but \(missing.joined(separator: ", ")) could not be found in Ofsted's standard wording: left empty, not guessed"))
        }
        if report.publicationDate == nil {
            reading.problems.append((.note, "ofsted.no-publication-date",
                                     "the report prints no publication date: it is left empty (the document's date comes from its metadata or file name)"))
        }
        if !reading.type.isGraded {
            reading.problems.append((.note, "ofsted.not-graded", "a \(reading.type.framework) letter carries no judgements: none are recorded"))
        }
        if report.improvementPoints.isEmpty {
            reading.problems.append((.note, "ofsted.no-improvement-points", "no 'What needs to improve' points or recommendations were found"))
        }
    }
}
