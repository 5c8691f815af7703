import AnnexASampleGenerator
import EvidenceFixtures
import EvidenceModel
@testable import EvidencePackCore
import Foundation
import Testing

/// The item rules search a document's body text piece by piece instead of joining it for each rule.
/// The pieces must be exactly what `plainText` joins, and every pattern must say on them what the
/// regular expression says on the joined text.
@Suite struct PlainTextPiecesTests {

    static func pieces(of document: Document) -> [String] {
        var pieces: [String] = []
        _ = document.containsPlainTextPiece { pieces.append($0); return false }
        return pieces
    }

    @Test func piecesJoinedWithLineFeedsAreThePlainText() throws {
        let documents = GeneratedDocuments.records(400, seed: 2026).compactMap(\.document)
        #expect(documents.count == 400)
        for document in documents {
            #expect(Self.pieces(of: document).joined(separator: "\n") == document.plainText)
        }
        // Empty blocks, a block of empty children, rows of no cells: each is one empty line of plainText.
        let awkward = Document(kind: "report", blocks: [Block(.paragraph), Block(.list, children: [Block(.paragraph), Block(.paragraph)]),
                                                         Block(.table, rows: [[], ["a", "b"]]), Block(.paragraph, text: "")])
        #expect(Self.pieces(of: awkward).joined(separator: "\n") == awkward.plainText)
    }

    @Test func stopsAtTheFirstPieceThatHolds() {
        let document = Document(kind: "report", blocks: [Block(.paragraph, text: "one"), Block(.paragraph, text: "two"), Block(.paragraph, text: "three")])
        var seen: [String] = []
        #expect(document.containsPlainTextPiece { seen.append($0); return $0 == "two" })
        #expect(seen == ["one", "two"])
        #expect(!document.containsPlainTextPiece { $0 == "four" })
    }

    /// Every text pattern of the ILACS pack, and patterns that need the engine, on documents whose
    /// words fall in blocks, rows, children and agenda items, with characters that fold into ASCII.
    @Test func bodyTextMatchesAsTheJoinedTextDoes() throws {
        let catalog = PackCatalog(directories: [])
        let file = try #require(catalog.locate("ilacs", currentDirectory: URL(fileURLWithPath: "/")))
        let pack = try PackDefinitionLoader().load(from: file)
        let patterns = pack.items.flatMap(\.match.text)
            + (try ["ofsted", "early help.*(strategy|offer)", "help\\s+strategy", "strategy$", "^the", "x*", "post[- ]inspection"].map(TextPattern.init))
        #expect(patterns.count >= 10)
        let words = ["The Ofsted inspection", "early help", "strategy", "Early Help offer", "post-inspection plan", "ſtrategy", "ﬁnance",
                     "Straße", "café", "’", "", "LADO annual report", "Sufficiency", "children in need", "help", "the"]
        var random = SeededRandom(seed: 42)  // seeded, so a failure can be replayed
        func text() -> String {
            (0..<Int.random(in: 1...3, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
        }
        func block(_ depth: Int) -> Block {
            switch Int.random(in: 0...3, using: &random) {
            case 0 where depth < 2: Block(.list, text: Bool.random(using: &random) ? text() : nil, children: (0..<Int.random(in: 0...2, using: &random)).map { _ in block(depth + 1) })
            case 1: Block(.table, rows: (0..<Int.random(in: 0...2, using: &random)).map { _ in (0..<Int.random(in: 0...3, using: &random)).map { _ in text() } })
            default: Block(.paragraph, text: text())
            }
        }
        var checked = 0
        for _ in 0..<300 {
            var document = Document(kind: "report", blocks: (0..<Int.random(in: 0...3, using: &random)).map { _ in block(0) })
            document.items = (0..<Int.random(in: 0...2, using: &random)).map { _ in
                var item = AgendaItem(title: text())
                item.minutes = (0..<Int.random(in: 0...2, using: &random)).map { _ in block(0) }
                item.decisions = (0..<Int.random(in: 0...1, using: &random)).map { _ in block(0) }
                return item
            }
            let joined = document.plainText
            for pattern in patterns {
                let engine = try NSRegularExpression(pattern: pattern.pattern, options: [.caseInsensitive])
                let expected = engine.firstMatch(in: joined, range: NSRange(joined.startIndex..., in: joined)) != nil
                #expect(pattern.matchesPlainText(of: document) == expected, "\(pattern.pattern) on \(joined.debugDescription)")
                checked += 1
            }
        }
        #expect(checked == 300 * patterns.count)
    }
}
