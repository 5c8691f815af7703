import EvidenceModel

/// A bundle touching every part of the model: a meeting with agenda items, nested blocks, links,
/// facts and properties; a KPI table with numbers and a suppressed value; an Annex A list; text
/// with markup characters, line breaks and a control character. Shared by the exporter and CLI tests.
public enum BundleFixture {
    /// A made-up SHA-256.
    public static let hash = String(repeating: "ab", count: 32)

    /// The bundle.
    public static func bundle() throws -> EvidenceBundle {
        let date = try day(CalendarDate(iso8601: "2026-09-14"))
        let resolution = Block(.resolution, text: "RESOLVED that:", marker: "RESOLVED", children: [
            Block(.listItem, text: "the report be noted <and> \"endorsed\"", number: "i)", level: 0),
        ], line: 12)
        let item = AgendaItem(number: "5", title: "Children looked after & care leavers",
                              description: [Block(.paragraph, text: "Report of the\nDirector", line: 9)],
                              minutes: [Block(.numberedParagraph, text: "Members asked about placements.", number: "5.1", line: 10),
                                        Block(.table, rows: [["Measure", "Value"], ["CLA", "513"]], hasHeader: true, line: 11)],
                              decisions: [resolution],
                              links: [DocumentLink(title: "Report", href: "https://example.org/r.pdf?a=1&b=2", format: "PDF", sizeText: "268 KB", sizeBytes: 274_432, itemNumber: "5", line: 13)],
                              line: 8)
        let document = Document(kind: .meeting, title: "Corporate Parenting Board", committee: "Corporate Parenting Board",
                                meetingDate: date, venue: "Room 1", attendance: ["Cllr A", "Cllr B"], apologies: ["Cllr C"],
                                author: "Clerk", properties: ["zeta": "last", "alpha": "first\u{1}control"], items: [item],
                                blocks: [Block(.heading, text: "Minutes", level: 1, line: 1),
                                         Block(.action, text: "Circulate the plan", marker: "ACTION", owner: "Director", line: 14)],
                                facts: [Fact(kind: .count, value: 513, subject: "Children Looked After", text: "513", sentence: "There are 513 Children Looked After.", line: 10),
                                        Fact(kind: .money, value: 4_200_000.5, unit: "GBP", subject: "overspend", text: "£4.2m", sentence: "An overspend of £4.2m.")])
        let report = Document(kind: .report, title: "Self-evaluation", date: try day(CalendarDate(iso8601: "2026-06-01")), dateBasis: "content")
        let england = Geography(level: .national, code: "E92000001", name: "England")
        let northEast = Geography(level: .regional, code: "E12000001", name: "North East")
        let authority = Geography(level: .localAuthority, code: "E06000047", name: "County Durham", region: "E12000001")
        var observations: [KPIObservation] = []
        for (year, values) in [(2023, [22.6, 20.7, 18.0]), (2024, [22.4, 21.0, 19.5]), (2025, [22.1, 20.0, -1])] {
            let period = Period(kind: .reportingYear, label: String(year), end: try day(CalendarDate(year: year, month: 3, day: 31)))
            observations.append(KPIObservation(indicator: "rereferral_percent", period: period, geography: england, value: .number(values[0]), unit: .percent, line: year - 2020))
            observations.append(KPIObservation(indicator: "rereferral_percent", period: period, geography: northEast, value: .number(values[1]), unit: .percent))
            observations.append(KPIObservation(indicator: "rereferral_percent", period: period, geography: authority,
                                               value: values[2] < 0 ? .suppressed("c") : .number(values[2]), unit: .percent, target: 20, rating: "green"))
        }
        let kpi = Table(kind: .kpi, title: "Referrals and re-referrals", columns: ["time_period", "rereferral_percent"],
                        rows: [["2025", "22.1"]], observations: observations)
        let annexA = Table(kind: .annexAList, title: "List 3: Referrals", annexAList: 3, columns: ["Child ID", "Referral date"], rowCount: 100_000, streamedFromSource: true)
        func provenance(_ path: String, _ lines: ClosedRange<Int>? = nil) -> Provenance {
            Provenance(source: path, sha256: hash, importer: "test", importerVersion: "1.0.0", firstLine: lines?.lowerBound, lastLine: lines?.upperBound)
        }
        let records = [
            Record(id: "minutes/cpb.txt#1", provenance: provenance("minutes/cpb.txt", 1...20), content: .document(document)),
            Record(id: "reports/sef.txt#1", provenance: provenance("reports/sef.txt"), content: .document(report)),
            Record(id: "kpi/c1.csv#1", provenance: provenance("kpi/c1.csv", 1...10), content: .table(kpi)),
            Record(id: "annex-a/list3.csv#1", provenance: provenance("annex-a/list3.csv"), content: .table(annexA)),
        ]
        let items = [
            EvidenceItem(id: "cpb-minutes", title: "Corporate parenting board minutes", section: "governance", required: true, basis: "pack",
                         why: "Shows members as corporate parents.", status: .present, reason: "1 of 1 found; newest 2026-09-14",
                         recordIDs: ["minutes/cpb.txt#1"], files: ["evidence/minutes/cpb.txt"],
                         notes: ["minutes quote 513 children looked after; the KPI table says 498 & rising"]),
            EvidenceItem(id: "sef", title: "Self-evaluation <SEF>", section: "governance", required: true, basis: "framework",
                         status: .stale, reason: "newest 2026-06-01 is older than 3 months", recordIDs: ["reports/sef.txt#1"],
                         files: ["evidence/reports/sef.txt"]),
            EvidenceItem(id: "annex-a-list-3", title: "Annex A list 3", section: "annex-a", required: true, status: .invalid,
                         reason: "2 errors", recordIDs: ["annex-a/list3.csv#1"]),
            EvidenceItem(id: "qa-framework", title: "QA framework", section: "practice", required: false, status: .missing, reason: "nothing matched"),
            EvidenceItem(id: "sef-draft", title: "Self-evaluation draft", section: "governance", required: true, status: .needsReview,
                         reason: "1 found, newest 2026-06-01, but 1 of them is doubtful: check the warnings before counting it",
                         recordIDs: ["reports/sef.txt#1"], files: ["evidence/reports/sef.txt"],
                         warnings: [EvidenceWarning(source: "reports/sef.txt", reason: "looks like a draft: the file name says so")]),
        ]
        let diagnostics = [
            Diagnostic(.error, code: "annexa.date.invalid", message: "row 4, column Referral date: not a date", location: SourceLocation(path: "annex-a/list3.csv", line: 5, column: 2), step: "validate"),
            Diagnostic(.error, code: "annexa.date.invalid", message: "row 9, column Referral date: not a date", location: SourceLocation(path: "annex-a/list3.csv", line: 10), step: "validate"),
            Diagnostic(.warning, code: "annexa.code.unknown", message: "row 2, column Source: unknown code", location: SourceLocation(path: "annex-a/list3.csv", line: 3), step: "validate"),
            Diagnostic(.note, code: "import.unclaimed", message: "no importer recognises this file", location: SourceLocation(path: "notes.bin"), step: "import"),
        ]
        let sources = ["minutes/cpb.txt", "reports/sef.txt", "kpi/c1.csv", "annex-a/list3.csv", "notes.bin"].map {
            Source(path: $0, sha256: hash, size: 1234, mediaType: "text/plain")
        }
        return EvidenceBundle(generator: "evidence-pack test", pack: PackIdentity(id: "ilacs", title: "ILACS evidence pack", version: "0.1.0", framework: "ILACS framework"),
                              referenceDate: try day(CalendarDate(iso8601: "2026-11-20")), authority: "County Durham",
                              sections: [PackSection(id: "governance", title: "Structure & governance"), PackSection(id: "annex-a", title: "Annex A")],
                              items: items, sources: sources, records: records, diagnostics: diagnostics)
    }

    /// A date the fixture spells, or a thrown error (never a crash) if it is not a real day.
    static func day(_ date: CalendarDate?) throws -> CalendarDate {
        guard let date else { throw FixtureError() }
        return date
    }

    struct FixtureError: Error {}
}
