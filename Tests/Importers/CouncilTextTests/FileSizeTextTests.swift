import AnnexASampleGenerator
@testable import CouncilText
import Testing

/// Every link's text is asked whether it ends in a file size; a look at the letters it ends in
/// answers "no" for nearly all of them. That look must never turn away a size the parse would read.
@Suite struct FileSizeTextTests {
    @Test(arguments: [("PDF 119 KB", "PDF", 119 * 1024), ("(PDF, 132 KB)", "PDF", 132 * 1024), ("156Kb", nil, 156 * 1024), ("2 MB", nil, 2 * 1024 * 1024)] as [(String, String?, Int)])
    func readsSizes(text: String, format: String?, bytes: Int) throws {
        let size = try #require(FileSizeText.parse(text))
        #expect(size.format == format)
        #expect(size.bytes == bytes)
    }

    @Test func splitsATitleFromItsSize() throws {
        let (title, size) = try #require(FileSizeText.splitTrailing("Ofsted Monitoring Visit feedback PDF 420 KB"))
        #expect(title == "Ofsted Monitoring Visit feedback")
        #expect(size.bytes == 420 * 1024)
        #expect(FileSizeText.parse("Item 38 of the agenda") == nil)
    }

    @Test func monthNamesAreOneTable() {
        #expect(MonthName.number("Sept") == 9)
        #expect(MonthName.number("DECEMBER") == 12)
        #expect(MonthName.number("Mayor") == nil)
    }

    /// "17 Februay 2020" (held-out set 43): a month misspelt by one letter is told apart from a word a number counts; a
    /// month's own spelling, a short name and other words are not "misspelt months".
    @Test func misspeltMonthsAreKnownByOneLetter() {
        for word in ["Februay", "Feburary", "Septmber", "Novemeber", "Ocotber", "Janaury"] { #expect(MonthName.isMisspeltMonth(word), "\(word)") }
        for word in ["February", "May", "June", "Mayor", "marsh", "members", "children", "Augusta"] { #expect(!MonthName.isMisspeltMonth(word), "\(word)") }
    }

    @Test(arguments: ["PDF 119 KB", "(PDF, 132 KB)", "(156Kb)", "2Mb", "51 KB", "Report pdf icon PDF 119 KB", "Minutes (Word, 2 MB) ",
                      "Appendix A (1.5MB)", "Budget 12 bytes", "Plan 3k", "Plan 3 K", "Letter (PDF, 1,024 KB)", "Annex 7 GB\u{00A0}", "3k ()"])
    func sizesPassTheLookAtTheEnd(text: String) {
        #expect(FileSizeText.mayEndWithUnit(text), "\(text)")
        #expect(FileSizeText.parse(text) != nil || FileSizeText.splitTrailing(text) != nil, "\(text)")
    }

    @Test(arguments: ["Minutes", "Agenda reports pack", "Decisions", "Report.pdf", "Item 38 of the agenda", "Public reports pack 12th",
                      "Look", "Web", "Kbytes", "(Item 5)", ""])
    func titlesEndingInOtherLettersAreTurnedAway(text: String) {
        #expect(!FileSizeText.mayEndWithUnit(text), "\(text)")
    }

    /// A size no file has (more bytes than a whole number holds) is read as a size without a byte
    /// count rather than trapping the import: a link text is the council's, not ours.
    @Test(arguments: ["Report 99999999999999999999 GB", "Pack (PDF, 99999999999999999999999 KB)", "119119119119119119119119119119GB"])
    func impossibleSizesHaveNoByteCount(text: String) {
        let size = FileSizeText.parse(text) ?? FileSizeText.splitTrailing(text)?.1
        #expect(size != nil, "\(text)")
        #expect(size?.bytes == nil, "\(text)")
    }

    /// Texts made of size words, titles, numbers, brackets, commas and non-ASCII: wherever the look
    /// says no, the full parse (run without it) reads no size either, so the answers are the same.
    @Test func theLookNeverChangesAnAnswer() {
        var random = SeededRandom(seed: 20261305)
        let words = ["PDF", "pdf", "Word", "icon", "119", "1,024", "1.5", "KB", "kb", "Mb", "GB", "b", "bytes", "k", "K", "2MB", "156Kb",
                     "3k", "Minutes", "reports", "Plan", "é", "ＫＢ", "(", ")", ",", "12kb,", "Kbytes", "-", ">", "99999999999999999999"]
        var passed = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 1...6, using: &random)).map { _ in words.randomElement(using: &random)! }
                .joined(separator: Bool.random(using: &random) ? " " : "")
            let parsed = FileSizeText.parseWithoutPrecheck(text), split = FileSizeText.splitTrailingWithoutPrecheck(text)
            if !FileSizeText.mayEndWithUnit(text) {
                #expect(parsed == nil && split == nil, "\(text.debugDescription)")
            } else if parsed != nil || split != nil {
                passed += 1
            }
            #expect(FileSizeText.parse(text) == parsed, "\(text.debugDescription)")
        }
        #expect(passed > 1_000)
    }
}
