import EvidenceModel

/// Walks every text-bearing block of a document and collects the numeric facts stated in it.
enum FactCollector {
    static func facts(of document: Document) -> [Fact] {
        var facts: [Fact] = []
        collect(document.blocks, into: &facts)
        for item in document.items {
            collect(item.description, into: &facts)
            collect(item.minutes, into: &facts)
            collect(item.decisionsOutsideMinutes, into: &facts)
        }
        return facts
    }

    private static func collect(_ blocks: [Block], into facts: inout [Fact]) {
        for block in blocks {
            if block.kind != .heading, block.kind != .action, let text = block.text {
                facts.append(contentsOf: FactExtractor.facts(in: text, line: block.line))
            }
            if let rows = block.rows {
                for row in rows {
                    facts.append(contentsOf: FactExtractor.facts(in: row.joined(separator: " "), line: block.line))
                }
            }
            if let children = block.children { collect(children, into: &facts) }
        }
    }
}
