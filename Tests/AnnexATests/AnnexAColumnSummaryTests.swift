import AnnexA
import EvidenceModel
import Testing

/// The per-column summary note is its own serialisation: made and read back the same, whatever the header holds.
@Suite struct AnnexAColumnSummaryTests {
    @Test func readsBackWhatItWrites() throws {
        let summary = AnnexAColumnSummary(sheet: "List 4", column: "Was the child assessed as requiring LA children's social care support?",
                                          entries: [.init(code: "annexa.required", count: 1, severity: .error),
                                                    .init(code: "annexa.code.unknown", count: 5, severity: .error)])
        #expect(summary.message == "List 4 'Was the child assessed as requiring LA children's social care support?': 6 findings: annexa.code.unknown 5 (errors), annexa.required 1 (error)")
        #expect(AnnexAColumnSummary(message: summary.message) == summary)
        #expect(summary.total == 6)
    }

    @Test func putsErrorsFirstThenTheMostFrequent() {
        let summary = AnnexAColumnSummary(sheet: "List 1", column: "Date of Contact",
                                          entries: [.init(code: "annexa.date.window", count: 9, severity: .warning),
                                                    .init(code: "annexa.date.invalid", count: 1, severity: .error)])
        #expect(summary.entries.map(\.code) == ["annexa.date.invalid", "annexa.date.window"])
    }

    @Test(arguments: ["", "List 1: 'Gender' is required but blank", "List 1 'Gender': 2 findings: annexa.required two (errors)",
                      "List 1 'Gender': 2 findings: annexa.required 2 (errors), annexa.code.unknown 1 (oops)"])
    func refusesWhatIsNotASummary(_ message: String) {
        #expect(AnnexAColumnSummary(message: message) == nil)
    }
}
