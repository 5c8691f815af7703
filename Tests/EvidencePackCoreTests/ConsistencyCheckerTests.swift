import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

@Suite struct ConsistencyCheckerTests {
    let yaml = """
    formatVersion: 1
    id: t
    title: T
    authority: {name: Exampleshire, code: E06000999}
    sections: [{id: k, title: KPIs}, {id: g, title: Governance}]
    items:
      - id: kpi-cla
        title: Children looked after
        section: k
        satisfiedBy: {kpi: ['children_count[Children looked after on 31 March*']}
        crossCheck: {facts: ['looked after'], factKind: count, relativeTolerance: 0.05}
      - id: cpb
        title: Corporate parenting board minutes
        section: g
        satisfiedBy: {committee: 'corporate parenting'}
    """

    func provenance(_ source: String) -> Provenance {
        Provenance(source: source, sha256: "", importer: "test", importerVersion: "1")
    }

    func records(quoted: Double, tableValue: Double = 412) throws -> [Record] {
        let end = try #require(CalendarDate(iso8601: "2026-03-31"))
        let observation = { (name: String, code: String, level: Geography.Level, value: Double) in
            KPIObservation(indicator: "children_count[Children looked after on 31 March each year]",
                           period: Period(kind: .reportingYear, label: "2026", end: end),
                           geography: Geography(level: level, code: code, name: name), value: .number(value), unit: .count)
        }
        let table = Table(kind: .kpi, observations: [
            observation("Exampleshire", "E06000999", .localAuthority, tableValue),
            observation("England", "E92000001", .national, 81770),
            observation("Elsewhere", "E06000001", .localAuthority, 999),
        ])
        var minutes = Document(kind: .agendaItem, title: "Performance", committee: "Corporate Parenting Board", meetingDate: CalendarDate(iso8601: "2026-09-14"))
        minutes.facts = [Fact(kind: .count, value: quoted, subject: "Children Looked After", text: "\(Int(quoted))",
                              sentence: "There were \(Int(quoted)) Children Looked After.", line: 7)]
        return [Record(id: "kpi.csv#1", provenance: provenance("kpi.csv"), content: .table(table)),
                Record(id: "cpb.txt#1", provenance: provenance("cpb.txt"), content: .document(minutes))]
    }

    func check(quoted: Double, tableValue: Double = 412) throws -> ([ConsistencyChecker.Finding], [EvidenceItem]) {
        let pack = try PackDefinitionLoader().parse(yaml: yaml, file: URL(fileURLWithPath: "/p/pack.yaml"), displayPath: "pack.yaml")
        let referenceDate = try #require(CalendarDate(iso8601: "2026-11-20"))
        let assembler = EvidenceAssembler(pack: pack, referenceDate: referenceDate)
        let records = try records(quoted: quoted, tableValue: tableValue)
        let findings = ConsistencyChecker(pack: pack, assembler: assembler).check(records: records)
        let items = ConsistencyChecker.annotate(assembler.assemble(records: records, diagnostics: []), with: findings)
        return (findings, items)
    }

    @Test func agreeingFiguresRaiseNothing() throws {
        let (findings, items) = try check(quoted: 420)  // within 5 % of 412
        #expect(findings.isEmpty)
        #expect(items.allSatisfy { $0.notes.isEmpty })
    }

    @Test func aDisagreeingFigureIsAWarningOnBothItems() throws {
        let (findings, items) = try check(quoted: 513)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.diagnostic.severity == .warning)
        #expect(finding.diagnostic.code == "consistency.figure-mismatch")
        #expect(finding.diagnostic.location == SourceLocation(path: "cpb.txt", line: 7))
        #expect(finding.diagnostic.message.contains("412"))
        #expect(finding.diagnostic.message.contains("2026"))
        let notes = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0.notes) })
        #expect(notes["kpi-cla"]?.count == 1)
        #expect(notes["cpb"]?.count == 1)
    }

    /// A KPI file's figure can be any number a CSV cell holds; one too large for a whole number is
    /// still written into the warning (it once trapped converting to `Int`).
    @Test func aFigureBeyondWholeNumbersIsStillReported() throws {
        let (findings, _) = try check(quoted: 513, tableValue: 1e20)
        let finding = try #require(findings.first)
        #expect(finding.diagnostic.message.contains("KPI table's 1e+20 for 2026"))
    }

    @Test func onlyTheAuthoritysOwnSeriesIsCompared() throws {
        // 999 is another authority's figure: quoting it must still disagree with Exampleshire's 412.
        let (findings, _) = try check(quoted: 999)
        #expect(findings.count == 1)
    }

    @Test func indicatorWildcardsKeepBracketsLiteral() {
        #expect(EvidenceAssembler.indicator("children_count[Children looked after on 31 March each year]", matches: "children_count[Children looked after on 31 March*"))
        #expect(EvidenceAssembler.indicator("REREFERRAL_percent", matches: "rereferral_percent"))
        #expect(EvidenceAssembler.indicator("Re-referrals within 12 months (%)", matches: "*re-referral*"))
        #expect(!EvidenceAssembler.indicator("referral_count", matches: "*re-referral*"))
    }

    @Test func aPercentageIsComparedWithThePercentageNotTheCount() throws {
        let yaml = """
        formatVersion: 1
        id: t
        title: T
        authority: {name: Exampleshire, code: E06000999}
        sections: [{id: k, title: KPIs}]
        items:
          - id: kpi-rereferrals
            title: Re-referrals
            section: k
            satisfiedBy: {kpi: ['*rereferral*']}
            crossCheck: {facts: ['re-?referral'], tolerance: 1}
        """
        let pack = try PackDefinitionLoader().parse(yaml: yaml, file: URL(fileURLWithPath: "/p/pack.yaml"), displayPath: "pack.yaml")
        let end = try #require(CalendarDate(iso8601: "2026-03-31"))
        let observation = { (indicator: String, value: Double, unit: MeasureUnit) in
            KPIObservation(indicator: indicator, period: Period(kind: .reportingYear, label: "2026", end: end),
                           geography: Geography(level: .localAuthority, code: "E06000999", name: "Exampleshire"), value: .number(value), unit: unit)
        }
        let table = Table(kind: .kpi, observations: [observation("rereferral_count", 1008, .count), observation("rereferral_percent", 21, .percent)])
        func findings(quoting percent: Double) throws -> [ConsistencyChecker.Finding] {
            var minutes = Document(kind: .agendaItem, title: "Performance", committee: "Scrutiny", meetingDate: CalendarDate(iso8601: "2026-09-14"))
            minutes.facts = [Fact(kind: .percent, value: percent, subject: "re-referrals", text: "\(Int(percent))%",
                                  sentence: "Re-referrals stood at \(Int(percent))%.", line: 3)]
            let records = [Record(id: "kpi.csv#1", provenance: provenance("kpi.csv"), content: .table(table)),
                           Record(id: "m.txt#1", provenance: provenance("m.txt"), content: .document(minutes))]
            let assembler = EvidenceAssembler(pack: pack, referenceDate: try #require(CalendarDate(iso8601: "2026-11-20")))
            return ConsistencyChecker(pack: pack, assembler: assembler).check(records: records)
        }
        #expect(try findings(quoting: 21).isEmpty)
        let disagreeing = try findings(quoting: 30)
        #expect(disagreeing.count == 1)
        #expect(disagreeing.first?.diagnostic.message.contains("rereferral_percent") == true)
    }
}
