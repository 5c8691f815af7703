@testable import EvidencePackCore
import EvidenceModel
import Foundation
import Testing

/// The cache reads blocks without `Codable` (`CompactBinaryBlocks.swift`): what it reads must be what
/// `Codable` reads from the same bytes, for every field.
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

    /// A property added to `Block` must be read by `decodeBlock()` too: this lists the ones it reads.
    @Test func everyPropertyOfABlockIsRead() {
        let read = ["kind", "text", "number", "level", "marker", "owner", "children", "rows", "hasHeader", "rowCount", "line"]
        #expect(Mirror(reflecting: Block(.paragraph)).children.compactMap(\.label) == read)
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
    }
}
