import EvidenceModel

/// Blocks decoded without `Codable`'s containers. A large pack's cache holds millions of blocks and
/// table cells, and going through `init(from:)` (a container, a box and generic lookups per field)
/// was most of reading it back. These read the same bytes the synthesized `encode(to:)` wrote (keys
/// as the property names, nil fields left out) and check them as strictly; `BlockDecodingTests`
/// compares them with the `Codable` path and fails when `Block` gains a property they do not read.
extension NodeDecoder {
    /// A `Block` at this node.
    func decodeBlock() throws -> Block {
        guard depth < CompactBinary.maximumDepth else { throw input.corrupted("nesting deeper than \(CompactBinary.maximumDepth)") }
        guard try input.tag(at: offset, limit: end) == .object else { throw mismatch("an object") }
        let entries = try ObjectEntries(input: input, offset: offset, end: end)
        func field(_ name: StaticString) -> NodeDecoder? {
            let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            guard let entry = entries.find(wanted, in: input) else { return nil }
            let node = NodeDecoder(input: input, offset: entry.valueStart, end: entry.valueEnd, depth: depth + 1)
            return node.decodeNil() ? nil : node
        }
        guard let kindNode = field("kind") else { throw input.corrupted("a block without its kind") }
        guard let kind = Block.Kind(rawValue: try kindNode.decode(String.self)) else { throw input.corrupted("a block of an unknown kind") }
        var block = Block(kind)
        block.text = try field("text")?.decode(String.self)
        block.number = try field("number")?.decode(String.self)
        block.level = try field("level")?.decode(Int.self)
        block.marker = try field("marker")?.decode(String.self)
        block.owner = try field("owner")?.decode(String.self)
        block.children = try field("children")?.decodeBlocks()
        block.rows = try field("rows")?.decodeRows()
        block.hasHeader = try field("hasHeader")?.decode(Bool.self)
        block.rowCount = try field("rowCount")?.decode(Int.self)
        block.line = try field("line")?.decode(Int.self)
        return block
    }

    /// A `[Block]` at this node.
    func decodeBlocks() throws -> [Block] {
        try elements { try $0.decodeBlock() }
    }

    /// A `[[String]]` (table rows) at this node.
    func decodeRows() throws -> [[String]] {
        try elements { try $0.decodeStrings() }
    }

    /// A `[String]` at this node.
    func decodeStrings() throws -> [String] {
        try elements { try $0.decode(String.self) }
    }

    /// The elements of the array at this node, each decoded by `element`.
    private func elements<Element>(_ element: (NodeDecoder) throws -> Element) throws -> [Element] {
        guard depth < CompactBinary.maximumDepth else { throw input.corrupted("nesting deeper than \(CompactBinary.maximumDepth)") }
        guard try input.tag(at: offset, limit: end) == .array else { throw mismatch("an array") }
        let (length, contents) = try input.containerLength(at: offset, limit: end)
        let limit = contents + length
        var (count, position) = try input.length(at: contents, limit: limit)
        var result: [Element] = []
        result.reserveCapacity(min(count, length))
        while count > 0 {
            let valueEnd = try input.valueEnd(at: position, limit: limit)
            result.append(try element(NodeDecoder(input: input, offset: position, end: valueEnd, depth: depth + 1)))
            position = valueEnd
            count -= 1
        }
        guard position == limit else { throw input.corrupted("an array's elements do not fill it") }
        return result
    }
}
