@testable import EvidencePackCore
import EvidenceModel
import Foundation
import Testing

/// The cache reads blocks, agenda items and links without `Codable` (`CompactBinaryModelValues.swift`):
/// what it reads must be what `Codable` reads from the same bytes, for every field.
@Suite struct BlockDecodingTests {
    /// Every field set, nested, and blocks with most fields nil.
    static let blocks: [Block] = {
        let table = Block(.table, rows: [["Child ID", "Name"], ["C1", "Ann"], [], [""]], hasHeader: true, line: 40, rowCount: 3)
        let full = Block(.resolution, text: "RESOLVED that", number: "20.1.1", level: 2, marker: "RESOLVED", owner: "Director",
                         children: [Block(.listItem, text: "i) noted", number: "i)"), table, Block(.list, children: [])],
                         rows: [["a"]], hasHeader: false, line: 7, rowCount: 0)
        return [full, table, Block(.paragraph), Block(.heading, text: "Children’s “plan” 😀", level: 1),
                Block(.list, children: [full, Block(.action, text: "ACTION", owner: "Head of Service")])]
    }()

    static let links = [
        DocumentLink(title: "Report", href: "https://example.gov.uk/r.pdf", format: "PDF", sizeText: "268 KB", sizeBytes: 274_432,
                     itemNumber: "5", line: 12, date: CalendarDate(iso8601: "2026-10-01"), restricted: false),
        DocumentLink(title: "Exempt appendix", restricted: true),
    ]
    static let items = [
        AgendaItem(number: "5", title: "Ofsted focused visit", description: blocks, minutes: [blocks[1]], decisions: [blocks[0]],
                   links: links, line: 30),
        AgendaItem(title: "Any other business"),
    ]

    /// The blocks decoded the way `Codable` would, from the same bytes.
    struct ThroughCodable: Decodable {
        var blocks: [CodableBlock]
        struct CodableBlock: Decodable { var block: Block; init(from decoder: any Decoder) throws { block = try Block(from: decoder) } }
    }

    @Test func blocksReadDirectlyEqualBlocksReadThroughCodable() throws {
        struct Holder: Codable { var blocks: [Block]; var one: Block; var rows: [[String]]; var cells: [String] }
        let holder = Holder(blocks: Self.blocks, one: Self.blocks[0], rows: [["x", "y"], []], cells: ["p", ""])
        let bytes = try CompactBinaryEncoder.encode(holder)
        let direct = try CompactBinaryDecoder.decode(Holder.self, from: bytes)
        #expect(direct.blocks == Self.blocks)
        #expect(direct.one == Self.blocks[0])
        #expect(direct.rows == holder.rows && direct.cells == holder.cells)
        // `CodableBlock` is not `Block`, so these go through `Block.init(from:)`.
        let throughCodable = try CompactBinaryDecoder.decode(ThroughCodable.self, from: CompactBinaryEncoder.encode(["blocks": Self.blocks]))
        #expect(throughCodable.blocks.map(\.block) == direct.blocks)
    }

    @Test func agendaItemsAndLinksReadDirectlyEqualThemReadThroughCodable() throws {
        struct Holder: Codable { var items: [AgendaItem]; var links: [DocumentLink] }
        struct ThroughCodable: Decodable {
            var items: [Item]; var links: [Link]
            struct Item: Decodable { var item: AgendaItem; init(from decoder: any Decoder) throws { item = try AgendaItem(from: decoder) } }
            struct Link: Decodable { var link: DocumentLink; init(from decoder: any Decoder) throws { link = try DocumentLink(from: decoder) } }
        }
        let bytes = try CompactBinaryEncoder.encode(Holder(items: Self.items, links: Self.links))
        let direct = try CompactBinaryDecoder.decode(Holder.self, from: bytes)
        #expect(direct.items == Self.items && direct.links == Self.links)
        let throughCodable = try CompactBinaryDecoder.decode(ThroughCodable.self, from: bytes)
        #expect(throughCodable.items.map(\.item) == direct.items && throughCodable.links.map(\.link) == direct.links)
    }

    /// A property added to one of these types must be read directly too: these list the ones read.
    @Test func everyPropertyIsRead() {
        // A block keeps its seldom-set fields in a box: both levels are listed.
        let table = Block(.table, level: 1, owner: "o", rows: [], hasHeader: true, rowCount: 0)
        #expect(Mirror(reflecting: table).children.compactMap(\.label)
            == ["text", "number", "marker", "children", "seldom", "line", "kind"])
        #expect(Mirror(reflecting: table).descendant("seldom", "some", "values").map { Mirror(reflecting: $0).children.compactMap(\.label) }
            == ["level", "owner", "rows", "hasHeader", "rowCount"])
        #expect(Mirror(reflecting: AgendaItem(title: "")).children.compactMap(\.label)
            == ["number", "title", "description", "minutes", "decisions", "links", "line"])
        #expect(Mirror(reflecting: DocumentLink(title: "")).children.compactMap(\.label)
            == ["title", "href", "format", "sizeText", "sizeBytes", "itemNumber", "line", "date", "restricted"])
    }

    @Test func damagedBlocksAreRefused() throws {
        struct Wrong: Codable { var kind: String }
        #expect(throws: DecodingError.self) { try CompactBinaryDecoder.decode(Block.self, from: CompactBinaryEncoder.encode(Wrong(kind: "poem"))) }
        #expect(throws: DecodingError.self) { try CompactBinaryDecoder.decode(Block.self, from: CompactBinaryEncoder.encode(["text": "no kind"])) }
        #expect(throws: DecodingError.self) { try CompactBinaryDecoder.decode([Block].self, from: CompactBinaryEncoder.encode(["not": "an array"])) }
        let bytes = try CompactBinaryEncoder.encode(Self.blocks)
        for length in stride(from: 0, to: bytes.count, by: 5) {
            #expect(throws: DecodingError.self) { try CompactBinaryDecoder.decode([Block].self, from: Array(bytes[..<length])) }
        }
        // An agenda item without its minutes, as `Codable` would refuse it.
        struct Partial: Codable { var title: String; var description: [Block]; var decisions: [Block]; var links: [DocumentLink] }
        #expect(throws: DecodingError.self) {
            try CompactBinaryDecoder.decode([AgendaItem].self, from: CompactBinaryEncoder.encode([Partial(title: "x", description: [], decisions: [], links: [])]))
        }
        let items = try CompactBinaryEncoder.encode(Self.items)
        for length in stride(from: 0, to: items.count, by: 7) {
            #expect(throws: DecodingError.self) { try CompactBinaryDecoder.decode([AgendaItem].self, from: Array(items[..<length])) }
        }
    }
}
