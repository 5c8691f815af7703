import Foundation

/// Writes seeded council minutes as text, in the shape of the ModernGov text renderings: a header
/// (page kind, committee, date line, venue, attendance), then numbered items each with a title, a
/// "Minutes:" label (sometimes missing), numbered and nested paragraphs with figures, bullet lists
/// ("·" and "•"), and "RESOLVED" blocks with i)/a) lists. Also writes the pack's report documents.
struct MinutesTextGenerator {
    var referenceDay: Int
    var seed: UInt64

    /// One minutes document of about `lines` lines.
    func writeMinutes(lines: Int, to path: String, part: Int = 0) throws {
        var random = SeededRandom(seed: seed).fork(10_000 + part)
        var sink = try ByteSink(path: path)
        let day = referenceDay - random.int(0...400)
        var written = 0
        func line(_ text: String) {
            sink.text(text)
            sink.text("\n")
            written += 1
        }
        line("Agenda and minutes")
        line("")
        line(random.pick(ModernGovPageGenerator.committees))
        line("\(DayArithmetic.long(day)) \(random.pick(["2.00 pm", "6.00 pm", "10.00 am"]))")
        line("")
        line("Venue: \(random.pick(ModernGovPageGenerator.venues))")
        line("Contact: Democratic Services, 01234 567\(random.int(100...999))")
        line("")
        line("Present: Councillors \((1...random.int(6...12)).map { _ in random.pick(Self.surnames) }.joined(separator: ", "))")
        line("Apologies: Councillor \(random.pick(Self.surnames))")
        line("")
        line("Items")
        line("No. Item")
        line("")
        var number = random.int(1...60)
        while written < lines {
            item(number: number, day: day, random: &random, line: line)
            number += 1
        }
        sink.close()
    }

    private func item(number: Int, day: Int, random: inout SeededRandom, line: (String) -> Void) {
        line("\(number).")
        line("")
        line(random.pick(ModernGovPageGenerator.itemTitles) + (random.chance(0.4) ? " PDF \(random.int(50...900)) KB" : ""))
        line("")
        if random.chance(0.5) {
            line("Additional documents:")
            line("")
            for _ in 0..<random.int(1...3) { line("\(random.pick(ModernGovPageGenerator.documentTitles)) pdf icon PDF \(random.int(20...900)) KB") }
            line("")
        }
        if random.chance(0.8) {
            line("Minutes:")
            line("")
        }
        for paragraph in 1...random.int(2...6) {
            line("\(number).\(paragraph) \(ModernGovPageGenerator.sentence(&random)) \(ModernGovPageGenerator.figureSentence(&random))")
            line("")
            if random.chance(0.3) {
                for sub in 1...random.int(1...3) {
                    line("\(number).\(paragraph).\(sub) \(ModernGovPageGenerator.sentence(&random))")
                }
                line("")
            }
        }
        if random.chance(0.4) {
            let bullet = random.pick(["·", "•", "-"])
            line("Members raised the following points:")
            for _ in 0..<random.int(2...5) { line("\(bullet) \(ModernGovPageGenerator.sentence(&random))") }
            line("")
        }
        if random.chance(0.2) {
            line("The next meeting will be held on \(DayArithmetic.plain(day + random.int(28...90))).")
            line("")
        }
        line(random.pick(["RESOLVED –", "RESOLVED that:", "RESOLVED:", "AGREED:"]))
        let markers = random.chance(0.5) ? ["i)", "ii)", "iii)", "iv)"] : ["a)", "b)", "c)", "d)"]
        for marker in markers.prefix(random.int(1...4)) {
            line("\(marker) \(random.pick(ModernGovPageGenerator.resolutions))")
        }
        line("")
    }

    /// A report document (strategy, annual report, scorecard) with a title line, a date and
    /// numbered sections of paragraphs and figures.
    func writeReport(index: Int, to path: String) throws {
        var random = SeededRandom(seed: seed).fork(20_000 + index)
        var sink = try ByteSink(path: path)
        let day = referenceDay - random.int(0...500)
        sink.text("Exampleshire Children's Services \(Self.reportTitles[index % Self.reportTitles.count])\n")
        sink.text("Date: \(DayArithmetic.plain(day))\n\n")
        for section in 1...random.int(6...14) {
            sink.text("\(section). \(random.pick(Self.sectionHeadings))\n")
            for paragraph in 1...random.int(2...8) {
                sink.text("\(section).\(paragraph) \(ModernGovPageGenerator.sentence(&random)) \(ModernGovPageGenerator.figureSentence(&random))\n")
            }
            sink.text("\n")
        }
        sink.close()
    }

    /// File name for report `index`.
    static func reportFileName(_ index: Int) -> String {
        "\(ModernGovPageGenerator.slug(reportTitles[index % reportTitles.count]))-\(index).txt"
    }

    static let reportTitles = [
        "Self-Evaluation 2026", "Improvement Plan 2026-27", "Placement Sufficiency Strategy 2025-2028", "Early Help Strategy",
        "Corporate Parenting Strategy", "Care Leavers Local Offer", "Social Work Workforce Strategy", "Structure Chart",
        "Quality Assurance Framework", "Audit Programme 2026-27", "Monthly Performance Scorecard", "IRO Annual Report 2025-26",
        "LADO Annual Report 2025-26", "Private Fostering Annual Report", "Fostering Service Annual Report", "Virtual School Head Annual Report",
        "Youth Justice Plan 2026-27", "Complaints and Compliments Annual Report", "Safeguarding Partnership Annual Report", "Thresholds Document",
    ]
    static let sectionHeadings = ["What do we know about the quality and impact of practice?", "How do we know it?", "What are our plans?",
                                  "Performance", "Workforce", "Children in care", "Care leavers", "Help and protection", "Finance", "Risks"]
    static let surnames = ["Ahmed", "Brown", "Clarke", "Davies", "Evans", "Foster", "Green", "Hughes", "Islam", "Jones", "Khan", "Lewis",
                           "Morgan", "Nolan", "Owen", "Patel", "Roberts", "Smith", "Taylor", "Walker"]
}
