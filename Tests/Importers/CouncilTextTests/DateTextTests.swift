import AnnexASampleGenerator
import EvidenceModel
@testable import CouncilText
import Testing

@Suite struct DateTextTests {
    @Test(arguments: [
        ("23/01/2020", "2020-01-23"),
        ("Meeting: 23/01/2020 - Children and Families Scrutiny Panel (Item 25)", "2020-01-23"),
        ("Monday 25 September 2017 10.00 am", "2017-09-25"),
        ("Monday, 13th November, 2017 4.00pm", "2017-11-13"),
        ("Wednesday 9 January 2019", "2019-01-09"),
        ("on the 26th and 27th February 2019 inspectors visited", "2019-02-26"),
        ("February 2, 2026", "2026-02-02"),
        ("3 Aug 2026 - 10:00", "2026-08-03"),
        ("report dated 2023-10-12", "2023-10-12"),
        ("Date :-2014/02/28", "2014-02-28"),
        ("12.10.2023", "2023-10-12"),
        ("November 13, 2017", "2017-11-13"),
        ("Minute of meeting held on the 8th of December 2011, Committee Room 3", "2011-12-08"),
    ])
    func findsCouncilDates(text: String, iso: String) {
        #expect(DateText.firstDate(in: text)?.iso8601 == iso)
    }

    @Test func ignoresImpossibleDatesAndLooseNumbers() {
        #expect(DateText.firstDate(in: "31/02/2020") == nil)
        #expect(DateText.firstDate(in: "budget 2019/20/21") == nil)
        #expect(DateText.firstDate(in: "items 3 - 4 - 2020") == nil)
        #expect(DateText.firstDate(in: "513 Children Looked After") == nil)
    }

    @Test func findsEveryDateInOrder() {
        let dates = DateText.allDates(in: "from 01/04/2025 to 31 March 2026").map(\.date.iso8601)
        #expect(dates == ["2025-04-01", "2026-03-31"])
    }

    /// ASCII text is split on its bytes; the tokens (text, place, number or not) must be the ones the
    /// Character-by-Character split gives, CR LF and control characters included.
    @Test func asciiTextSplitsAsCharactersDo() {
        var random = SeededRandom(seed: 20261306)
        let alphabet = Array("0123456789aZmN ,./-:()\t\r\n\u{1}\u{1C}&–".unicodeScalars.filter(\.isASCII))
        for _ in 0..<3_000 {
            var text = String(String.UnicodeScalarView((0..<Int.random(in: 0...30, using: &random)).map { _ in alphabet.randomElement(using: &random)! }))
            if Bool.random(using: &random) { text += "\r\n13th November 2017\r\n" }
            let bytes = DateText.asciiTokens(text), characters = DateText.characterTokens(text)
            #expect(bytes.map(\.text) == characters.map(\.text), "\(text.debugDescription)")
            #expect(bytes.map(\.range) == characters.map(\.range), "\(text.debugDescription)")
            #expect(bytes.map(\.isNumber) == characters.map(\.isNumber), "\(text.debugDescription)")
            #expect(DateText.allDates(in: text).map(\.date) == DateText.allDates(in: text + " ").map(\.date))
        }
    }
}
