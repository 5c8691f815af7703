import EvidenceModel

/// Reads the judgements on a report's first page: the ILACS table ("Judgement" / "Grade", each area
/// over one to three lines followed by its grade, the last "Overall effectiveness"), and the older
/// SIF list ("Children's services in X are inadequate", then "1. Children who need help and
/// protection" ... each with its grade below or at the end of the line). A grade wrapped over lines
/// ("Requires improvement" / "to be good", "Requires" / "Improvement") is read whole.
enum OfstedJudgements {
    /// Headings that end the first page's judgements.
    static let stops = ["what needs to improve", "executive summary", "contents", "ofsted produces", "summary of findings",
                        "what does the local authority need to improve"]

    /// Fills the judgements and the overall effectiveness from the header lines.
    static func read(_ header: [String], into reading: inout OfstedReading) {
        let start = (header.firstIndex { $0.lowercased().hasPrefix("inspection date") }).map { $0 + 1 } ?? 0
        var area: [String] = []
        var index = start
        while index < header.count {
            let line = header[index]
            let lower = line.lowercased()
            if stops.contains(where: { lower.hasPrefix($0) }) { break }
            if let (grade, used) = overallSentence(header, at: index) {
                reading.report.overallEffectiveness = grade
                area = []
                index += used
                continue
            }
            if let (grade, used) = OfstedGrade.read(header, at: index) {
                if !area.isEmpty, record(area.joined(separator: " "), grade, into: &reading) { return }
                area = []
                index += used
                continue
            }
            let pending = (area + [line]).joined(separator: " ")
            if isNumberedArea(pending), let (prefix, grade) = OfstedGrade.trailing(pending) {
                if record(prefix, grade, into: &reading) { return }
                area = []
            } else if lower == "judgement" || lower == "grade" || line.hasSuffix(":") || OfstedText.endsSentence(line) || line.contains(": ") {
                area = []
            } else {
                area.append(line)
                if area.count > 3 { area.removeFirst() }
            }
            index += 1
        }
    }

    /// Records one judgement; true when it is the last of the first page (overall effectiveness in the
    /// ILACS table, or the SIF's third area, leadership).
    static func record(_ printedArea: String, _ grade: String, into reading: inout OfstedReading) -> Bool {
        let area = withoutNumber(printedArea)
        guard !area.isEmpty else { return false }
        reading.report.judgements.append(InspectionReport.Judgement(area: area, grade: grade))
        if area.lowercased() == "overall effectiveness" {
            reading.report.overallEffectiveness = grade
            return true
        }
        return printedArea.hasPrefix("3.")
    }

    /// Whether an area is numbered the SIF way ("1. ", "2.1 ").
    static func isNumberedArea(_ text: String) -> Bool {
        guard let first = text.split(separator: " ").first else { return false }
        let number = first.hasSuffix(".") ? first.dropLast() : first
        return !number.isEmpty && number.split(separator: ".").allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    /// The area without its SIF number ("2.1 Adoption performance" → "Adoption performance").
    static func withoutNumber(_ text: String) -> String {
        guard isNumberedArea(text) else { return text }
        return text.split(separator: " ").dropFirst().joined(separator: " ")
    }

    /// The SIF overall sentence starting at `index`, over up to three lines: its grade and the lines used.
    static func overallSentence(_ header: [String], at index: Int) -> (String, Int)? {
        let lower = header[index].lowercased()
        guard lower.hasPrefix("children's services in") || lower.hasPrefix("the overall judgement is") else { return nil }
        var joined = ""
        for count in 1...3 where index + count - 1 < header.count {
            joined += (joined.isEmpty ? "" : " ") + header[index + count - 1]
            guard let grade = OfstedGrade.overallSentence(joined) else { continue }
            // "require improvement" wrapped before "to be good": take the longer reading.
            let following = index + count < header.count ? header[index + count].lowercased() : ""
            if grade == "Requires improvement", following == "to be good" { return ("Requires improvement to be good", count + 1) }
            return (grade, count)
        }
        return nil
    }
}

/// Reads "What needs to improve" (ILACS, bullets), "What needs to improve in this area of social work
/// practice" (focused visits) or "Recommendations" / "Areas for improvement" (SIF, numbered) into one
/// entry per point, joining wrapped lines and skipping page numbers and running headers.
enum ImprovementPoints {
    static let headings = ["what needs to improve", "what does the local authority need to improve", "recommendations",
                           "areas for priority action", "areas for improvement"]
    /// Lines that start the next section after the points.
    static let sectionStarts = ["the experiences and progress", "the impact of leaders", "summary for children", "executive summary",
                                "inspection judgements", "information about"]

    /// The points under the first such heading that has any (a contents page lists the heading too).
    static func read(_ lines: [String]) -> [String] {
        for (index, line) in lines.enumerated() where isHeading(line) {
            let points = list(lines, after: index)
            if !points.isEmpty { return points }
        }
        return []
    }

    static func isHeading(_ line: String) -> Bool {
        let lower = line.lowercased()
        return line.count < 90 && headings.contains { lower.hasPrefix($0) } && !OfstedText.endsSentence(line.replacingOccurrences(of: "?", with: ""))
    }

    /// The bulleted or numbered points after the heading at `index`.
    static func list(_ lines: [String], after index: Int) -> [String] {
        var points: [String] = []
        var numbered: Bool?
        for raw in lines[(index + 1)...].prefix(200) {
            let line = OfstedText.withoutFootnote(raw)
            if line.isEmpty || OfstedText.isPageNumber(line) || OfstedText.isRunningHeader(line) { continue }
            if numbered != true, let text = OfstedText.bulletText(line) {
                numbered = false
                points.append(text)
            } else if numbered != false, let (number, text) = numberedStart(line), number == points.count + 1 {
                numbered = true
                points.append(text)
            } else if let last = points.last, last.isEmpty || (!OfstedText.endsSentence(last) && !startsSection(line)) {
                points[points.count - 1] = join(last, line)
            } else {
                break
            }
            if points.count > 40 { break }
        }
        return points.map { $0.split(separator: " ").joined(separator: " ") }.filter { !$0.isEmpty }
    }

    /// "3. Text" or "3." alone: the number and the text (possibly empty).
    static func numberedStart(_ line: String) -> (Int, String)? {
        guard let dot = line.firstIndex(of: "."), let number = Int(line[..<dot]), (1...60).contains(number) else { return nil }
        let rest = line[line.index(after: dot)...]
        guard rest.isEmpty || rest.first == " " else { return nil }
        return (number, rest.trimmingCharacters(in: .whitespaces))
    }

    static func startsSection(_ line: String) -> Bool {
        let lower = line.lowercased()
        return sectionStarts.contains { lower.hasPrefix($0) } || ImprovementPoints.isHeading(line)
    }

    /// A wrapped line joined to its point: a hyphen at the line's end is kept ("long-" + "term").
    static func join(_ text: String, _ line: String) -> String {
        if text.isEmpty { return line }
        if text.hasSuffix("-") { return text + line }
        return text + " " + line
    }
}
