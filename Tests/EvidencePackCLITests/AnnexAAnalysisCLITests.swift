import EvidenceFixtures
import Foundation
import Testing

/// The Annex A analysis in the index of a pack built from a small Annex A CSV set whose figures are
/// worked out here, independently of the tool (Foundation's calendar for months and weekdays, plain
/// sets for children), and a check that no child identifier or date of birth leaves `annex-a/`.
@Suite(.serialized) struct AnnexAAnalysisCLITests {
    /// One fixture row: what the analysis looks at.
    struct Row {
        var id: String
        var male: Bool
        var birth: String
        var date: String
        var source: String = ""
        var end: String = ""
    }

    static let referenceDate = "2026-11-20"

    /// List 1: 12 contacts of 11 children (KX1001 twice: a repeat contact); 8 in September, 3 in
    /// October, 1 in November; 7 by the police, 3 by schools, 2 by health services.
    static let contacts: [Row] = (0..<12).map { index in
        let id = index == 11 ? "KX1001" : "KX\(1001 + index)"
        let date = index < 8 ? "0\(index + 1)/09/2026" : index < 11 ? "1\(index - 8)/10/2026" : "02/11/2026"
        let source = index < 7 ? "q) 6: Police" : index < 10 ? "e) 2A: Schools" : "g) 3A: Health services"
        return Row(id: id, male: index < 7, birth: "1\(index % 10)/0\(1 + index % 9)/20\(10 + index % 8)", date: date, source: source)
    }

    /// List 3: 7 referrals of 6 children: KX1001 (also on list 1) and KX2001 twice (a repeat referral).
    static let referrals: [Row] = ["KX1001", "KX2001", "KX2001", "KX2002", "KX2003", "KX2004", "KX2005"].enumerated().map { index, id in
        Row(id: id, male: index % 2 == 0, birth: "0\(index + 1)/02/2012", date: "1\(index)/08/2026", source: "q) 6: Police")
    }

    /// List 4: 9 assessments: 6 authorised quickly, one after more than 45 working days, two not yet authorised.
    static let assessments: [Row] = (0..<9).map { index in
        switch index {
        case 6: Row(id: "KX4007", male: true, birth: "05/05/2016", date: "01/06/2026", end: "30/09/2026")
        case 7, 8: Row(id: "KX400\(index + 1)", male: false, birth: "05/05/2016", date: "0\(index - 5)/11/2026")
        default: Row(id: "KX400\(index + 1)", male: index % 2 == 0, birth: "0\(index + 1)/03/2014", date: "0\(index + 1)/07/2026", end: "2\(index)/07/2026")
        }
    }

    static var secrets: [String] {
        (contacts + referrals + assessments).flatMap { [$0.id, $0.birth] }
    }

    static func writeInputs(_ folder: TemporaryFolder) throws -> URL {
        func csv(_ header: String, _ rows: [String]) -> String { ([header] + rows).joined(separator: "\r\n") + "\r\n" }
        func gender(_ row: Row) -> String { row.male ? "a) Male" : "b) Female" }
        try folder.write(csv("Child Unique ID,Gender,Ethnicity,Date of Birth,Age,Date of Contact,Contact Source",
                             contacts.map { "\($0.id),\(gender($0)),a) WBRI,\($0.birth),9,\($0.date),\($0.source)" }),
                         to: "inputs/annex-a/list-1.csv")
        try folder.write(csv("Child Unique ID,Gender,Ethnicity,Date of Birth,Age,Date of Referral,Referral Source,Referral NFA?,Number of Referrals in Last 12 Months,Allocated Team,Allocated Worker",
                             referrals.map { "\($0.id),\(gender($0)),a) WBRI,\($0.birth),14,\($0.date),\($0.source),b) No,1,Team A,Worker A" }),
                         to: "inputs/annex-a/list-3.csv")
        try folder.write(csv("Child Unique ID,Gender,Ethnicity,Date of Birth,Age,Does the Child have a Disability,Continuous Assessment Start Date,Child Seen During Continuous Assessment,Continuous Assessment Date of Authorisation,Was the child assessed as requiring LA children's social care support?,Allocated Team,Allocated Worker",
                             assessments.map { "\($0.id),\(gender($0)),a) WBRI,\($0.birth),10,b) No,\($0.date),a) Yes,\($0.end),a) Yes,Team B,Worker B" }),
                         to: "inputs/annex-a/list-4.csv")
        return folder.url.appendingPathComponent("inputs")
    }

    // MARK: the independent figures

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func day(_ uk: String) -> Date {
        let parts = uk.split(separator: "/").map { Int($0)! }
        return calendar.date(from: DateComponents(year: parts[2], month: parts[1], day: parts[0]))!
    }

    /// Monday to Friday after `start` up to and including `end`, one day at a time.
    static func workingDays(_ start: String, _ end: Date) -> Int {
        var count = 0, current = day(start)
        while current < end {
            current = calendar.date(byAdding: .day, value: 1, to: current)!
            if !(calendar.component(.weekday, from: current) == 1 || calendar.component(.weekday, from: current) == 7) { count += 1 }
        }
        return count
    }

    /// What people may see of counts that add up to a shown total: 1-4 as "fewer than 5", and when
    /// only one is hidden, the next smallest of 5 or more as "not shown".
    static func shown(_ counts: [Int]) -> [String] {
        var texts = counts.map { (1...4).contains($0) ? "fewer than 5" : String($0) }
        let hidden = counts.filter { (1...4).contains($0) }
        if hidden.count == 1, let smallest = counts.enumerated().filter({ $0.element >= 5 }).min(by: { ($0.element, $0.offset) < ($1.element, $1.offset) }) {
            texts[smallest.offset] = "not shown"
        }
        return texts
    }

    static func expected(_ bars: [(String, Int)]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: zip(bars.map(\.0), shown(bars.map(\.1))))
    }

    // MARK: reading the page

    /// The figure with this id: its data table as label → count text.
    static func figure(_ id: String, in html: String) -> [String: String]? {
        guard let start = html.range(of: "<figure class=\"annex-a-figure\" id=\"\(id)\""),
              let end = html.range(of: "</figure>", range: start.upperBound..<html.endIndex) else { return nil }
        let chunk = String(html[start.upperBound..<end.lowerBound])
        var rows: [String: String] = [:]
        let pattern = try! NSRegularExpression(pattern: "<tr><th scope=\"row\">(.*?)</th><td class=\"number[^\"]*\">(.*?)</td>")
        for match in pattern.matches(in: chunk, range: NSRange(chunk.startIndex..., in: chunk)) {
            rows[String(chunk[Range(match.range(at: 1), in: chunk)!])] = String(chunk[Range(match.range(at: 2), in: chunk)!])
        }
        return rows
    }

    func build(_ folder: TemporaryFolder) throws -> (out: URL, printed: String) {
        let inputs = try Self.writeInputs(folder)
        let out = folder.url.appendingPathComponent("pack")
        let result = try CLIRunner.run(["build", "ilacs", "--inputs", inputs.path, "--out", out.path,
                                        "--reference-date", Self.referenceDate, "--no-cache", "--verbose"])
        #expect([0, 1].contains(result.status), "build exited \(result.status): \(result.stderr)")
        return (out, result.printed)
    }

    @Test func theIndexShowsEachListsFiguresAsWorkedOutIndependently() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let html = try String(contentsOf: try build(folder).out.appendingPathComponent("data/index.html"), encoding: .utf8)

        // List 1 by month of contact: every month of the window (20 May to 20 November 2026).
        var months: [(String, Int)] = []
        let names = ["May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
        for (offset, name) in names.enumerated() {
            let count = Self.contacts.filter { Self.calendar.component(.month, from: Self.day($0.date)) == 5 + offset }.count
            months.append(("\(name) 2026", count))
        }
        #expect(Self.figure("annex-a-list-1-month", in: html) == Self.expected(months))
        #expect(Self.figure("annex-a-list-1-month", in: html)?["Oct 2026"] == "fewer than 5")

        // List 1 by source (codes in template order) and by gender.
        let sources = ["e) 2A: Schools", "g) 3A: Health services", "q) 6: Police"].map { code in (code, Self.contacts.filter { $0.source == code }.count) }
        #expect(Self.figure("annex-a-list-1-column-7", in: html) == Self.expected(sources))
        #expect(Self.figure("annex-a-list-1-column-2", in: html)
                == Self.expected([("a) Male", Self.contacts.filter(\.male).count), ("b) Female", Self.contacts.filter { !$0.male }.count)]))

        // List 1 by age band (whole years at the contact) and gender together, combinations with rows.
        var ageGender: [String: Int] = [:]
        for row in Self.contacts {
            let years = Self.calendar.dateComponents([.year], from: Self.day(row.birth), to: Self.day(row.date)).year!
            let band = years < 1 ? "under 1" : years < 5 ? "1 to 4" : years < 10 ? "5 to 9" : years < 16 ? "10 to 15" : "16 and over"
            ageGender["\(band), \(row.male ? "a) Male" : "b) Female")", default: 0] += 1
        }
        #expect(Self.figure("annex-a-list-1-age-gender", in: html) == Self.expected(ageGender.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))

        // Repeat contacts and referrals: children whose identifier is on more than one row.
        for (list, rows) in [(1, Self.contacts), (3, Self.referrals)] {
            let ids = rows.map(\.id), distinct = Set(ids)
            let repeated = distinct.filter { id in ids.filter { $0 == id }.count > 1 }.count
            #expect(Self.figure("annex-a-list-\(list)-repeat", in: html) == Self.expected([("once", distinct.count - repeated), ("more than once", repeated)]))
            #expect(html.contains("<section class=\"annex-a-list\" aria-labelledby=\"annex-a-list-\(list)\" data-list=\"\(list)\">"))
        }
        #expect(html.contains("Rows: <span class=\"rows\">12</span>; children: <span class=\"children\">11</span>"))

        // Children on several lists, linked by identifier.
        let lists = [Set(Self.contacts.map(\.id)), Set(Self.referrals.map(\.id)), Set(Self.assessments.map(\.id))]
        let everyone = lists.reduce(Set<String>()) { $0.union($1) }
        let onTwo = everyone.filter { id in lists.filter { $0.contains(id) }.count == 2 }.count
        #expect(onTwo == 1)
        #expect(Self.figure("annex-a-lists-per-child", in: html) == Self.expected([("1 list", everyone.count - onTwo), ("2 lists", onTwo)]))
        #expect(Self.figure("annex-a-list-1-other-lists", in: html)
                == Self.expected([("on this list only", lists[0].count - 1), ("also on another list", 1)]))

        // Assessments within 45 working days (Monday to Friday), open ones to the reference date.
        let reference = Self.day("20/11/2026")
        let done = Self.assessments.filter { !$0.end.isEmpty }, open = Self.assessments.filter { $0.end.isEmpty }
        let within = done.filter { Self.workingDays($0.date, Self.day($0.end)) <= 45 }.count
        let openWithin = open.filter { Self.workingDays($0.date, reference) <= 45 }.count
        #expect(done.count - within == 1)
        let timeliness = Self.figure("annex-a-list-4-timeliness-assessment", in: html)
        #expect(timeliness == Self.expected([
            ("within 45 working days", within), ("over 45 working days", done.count - within),
            ("not completed, 45 working days or fewer so far", openWithin), ("not completed, over 45 working days so far", open.count - openWithin),
        ]))
        #expect(timeliness?["over 45 working days"] == "fewer than 5")

        // No count of 1 to 4 anywhere in the analysis's tables.
        let counts = try NSRegularExpression(pattern: "<td class=\"number[^\"]*\">([^<]*)</td>")
        let analysis = String(html[html.range(of: "id=\"annex-a-analysis\"")!.lowerBound..<html.range(of: "id=\"kpis\"")!.lowerBound])
        let cells = counts.matches(in: analysis, range: NSRange(analysis.startIndex..., in: analysis)).map { String(analysis[Range($0.range(at: 1), in: analysis)!]) }
        #expect(!cells.isEmpty && !cells.contains { ["1", "2", "3", "4"].contains($0) })

        // The Annex A outputs are linked, relative to the page.
        for link in ["annex-a/annex-a.xlsx", "annex-a/validation-report.txt", "annex-a/list-01.csv", "annex-a/list-11.csv"] {
            #expect(html.contains("href=\"\(link)\""), "no link to \(link)")
        }
    }

    @Test func noChildIdentifierOrBirthDateLeavesTheAnnexAFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let (out, printed) = try build(folder)
        let secrets = Self.secrets
        #expect(secrets.filter { printed.contains($0) }.isEmpty, "the build printed child data")
        let files = FileManager.default.enumerator(at: out, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
        var checked = 0, inAnnexA = 0
        for file in files where (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let bytes = try Data(contentsOf: file), text = String(decoding: bytes, as: UTF8.self)
            if file.path.contains("/data/annex-a/") {
                if secrets.contains(where: text.contains) { inAnnexA += 1 }
                continue
            }
            checked += 1
            #expect(secrets.filter { text.contains($0) }.isEmpty, "\(file.path) holds child data")
        }
        // The test has teeth: the list CSVs in annex-a/ do hold the identifiers, and the index was checked.
        #expect(inAnnexA >= 3 && checked >= 4)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("data/index.html").path))
    }

    /// The bundled example pack: a section per list, each with its rows as counted here from the CSV
    /// (non-blank lines after the header) and its charts, each beside its data table.
    @Test func theExamplePacksIndexHasASectionPerListWithItsRows() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let examples = CLIRunner.packageRoot.appendingPathComponent("Packs/ilacs/examples/inputs")
        let out = folder.url.appendingPathComponent("pack")
        let result = try CLIRunner.run(["build", "ilacs", "--inputs", examples.path, "--out", out.path, "--reference-date", Self.referenceDate, "--no-cache"])
        #expect([0, 1].contains(result.status), "\(result.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("data/index.html"), encoding: .utf8)
        for list in 1...11 {
            let text = try String(contentsOf: examples.appendingPathComponent("annex-a/list-\(list).csv"), encoding: .utf8)
            let rows = text.split(whereSeparator: \.isNewline).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count - 1
            let shown = (1...4).contains(rows) ? "fewer than 5" : rows >= 1000 ? "\(rows / 1000),\(String(format: "%03d", rows % 1000))" : String(rows)
            let start = try #require(html.range(of: "data-list=\"\(list)\">"), "no section for list \(list)")
            let section = html[start.upperBound...]
            let body = section[..<section.range(of: "</section>")!.lowerBound]
            #expect(body.contains("Rows: <span class=\"rows\">\(shown)</span>"), "list \(list): \(rows) rows")
            let charts = body.components(separatedBy: "<svg class=\"chart bars\"").count - 1
            let tables = body.components(separatedBy: "<table class=\"values annex-a-values\">").count - 1
            #expect(charts >= 3 && charts == tables, "list \(list)")
        }
    }
}
