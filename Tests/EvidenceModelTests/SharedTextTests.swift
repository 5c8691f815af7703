import EvidenceModel
import Foundation
import Testing

/// A build keeps one copy of each repeated text (`SharedText`): every text of a document must reach
/// it, the values must not change, and texts are merged only when their bytes are the same.
@Suite struct SharedTextTests {
    /// The same words, built afresh each time: each copy is its own allocation, as texts read from
    /// different pages are.
    static func fresh(_ text: String = "The report was noted by the panel") -> String {
        String(decoding: Array(text.utf8), as: UTF8.self)
    }

    /// Where a string's bytes live (nil for a small string, held inside the value).
    static func storage(of text: String) -> UnsafeRawPointer? {
        text.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    /// Every string of more than 15 bytes reachable from `value`, found by reflection (so a text
    /// the sharing skips is found here all the same).
    static func longTexts(in value: Any) -> [String] {
        if let text = value as? String { return text.utf8.count > 15 ? [text] : [] }
        return Mirror(reflecting: value).children.flatMap { longTexts(in: $0.value) }
    }

    /// A document with every text field set to a fresh copy of the same words.
    static func documentFilledWithOneText() -> Document {
        func block() -> Block {
            Block(.listItem, text: fresh(), number: fresh(), marker: fresh(), owner: fresh(),
                  children: [Block(.paragraph, text: fresh(), number: fresh())],
                  rows: [[fresh(), fresh()], [fresh()]], hasHeader: true, line: 4)
        }
        func link() -> DocumentLink {
            DocumentLink(title: fresh(), href: fresh(), format: fresh(), sizeText: fresh(), itemNumber: fresh())
        }
        let fact = Fact(kind: .count, value: 3, unit: fresh(), subject: fresh(), text: fresh(), sentence: fresh())
        let item = AgendaItem(number: fresh(), title: fresh(), description: [block()], minutes: [block(), block()],
                              decisions: [block()], links: [link()])
        return Document(kind: .meeting, title: fresh(), committee: fresh(), dateBasis: fresh(), venue: fresh(),
                        attendance: [fresh(), fresh()], apologies: [fresh()], itemNumber: fresh(), author: fresh(),
                        properties: ["decisionMaker": fresh(), "decisionStatus": fresh()],
                        items: [item], blocks: [block()], links: [link()], facts: [fact])
    }

    @Test func everyTextOfADocumentIsShared() {
        let first = Self.documentFilledWithOneText()
        let original = Self.documentFilledWithOneText()
        let texts = Self.longTexts(in: original)
        // Fresh copies: before sharing, no two texts use the same storage (else the test proves nothing).
        #expect(texts.count > 40)
        #expect(Set(texts.map { Self.storage(of: $0) }).count == texts.count)

        var shared = SharedText()
        var held = first
        held.shareText(&shared)
        var document = original
        document.shareText(&shared)

        let canonical = Self.storage(of: Self.longTexts(in: held)[0])
        let storages = Self.longTexts(in: document).map { Self.storage(of: $0) }
        #expect(storages.count == texts.count)
        #expect(storages.allSatisfy { $0 == canonical })
        #expect(shared.count == 1)
        // Nothing a reader sees changes.
        #expect(document == original)
    }

    /// `String`'s `==` calls "Café" with a composed é equal to one with `e` and a combining accent;
    /// sharing must not swap one for the other, or a byte written would differ from the byte read.
    @Test func onlyByteEqualTextsAreMerged() {
        let composed = Self.fresh("Caf\u{E9} meeting of the scrutiny panel")
        let decomposed = Self.fresh("Cafe\u{301} meeting of the scrutiny panel")
        #expect(composed == decomposed)

        var shared = SharedText()
        var first: String? = composed
        var second: String? = decomposed
        shared.share(&first)
        shared.share(&second)
        #expect(second.map { Array($0.utf8) } == Array(decomposed.utf8))
        #expect(first.map { Array($0.utf8) } == Array(composed.utf8))
        #expect(shared.count == 2)
    }

    /// A table record is left as it is; a document record's texts are shared.
    @Test func recordsShareTheirDocumentsTexts() {
        let provenance = Provenance(source: "pages/a.html", sha256: String(repeating: "0", count: 64),
                                    importer: "html-agenda", importerVersion: "1")
        var shared = SharedText()
        var document = Record(id: "pages/a.html#1", provenance: provenance, content: .document(Document(kind: .meeting, title: Self.fresh())))
        var table = Record(id: "kpi.csv#1", provenance: provenance, content: .table(Table(kind: "kpi", title: Self.fresh())))
        let tableBefore = table
        document.shareText(&shared)
        table.shareText(&shared)
        #expect(shared.count == 1)
        #expect(table == tableBefore)
        #expect(Self.storage(of: table.table!.title!) != Self.storage(of: document.document!.title!))
    }

    /// Texts keep their own bytes however far the held set grows (it rehashes its members as it does):
    /// 20,000 distinct texts, each given twice, come back as given and the second copy is the first's.
    @Test func manyTextsEachKeepTheirBytes() {
        var shared = SharedText()
        var firsts: [String] = []
        for number in 0..<20_000 {
            var text = Self.fresh("Item \(number): the report on placements was noted")
            shared.share(&text)
            firsts.append(text)
        }
        #expect(shared.count == 20_000)
        for number in stride(from: 0, to: 20_000, by: 7) {
            var again = Self.fresh("Item \(number): the report on placements was noted")
            shared.share(&again)
            #expect(again == "Item \(number): the report on placements was noted")
            #expect(Self.storage(of: again) == Self.storage(of: firsts[number]))
        }
        #expect(shared.count == 20_000)
    }
}
