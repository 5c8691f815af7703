import EvidenceModel

extension AgendaItem {
    /// The decisions not repeated among the minutes (decisions under a `Decision:` label are not;
    /// resolutions are), in order. Minutes blocks are looked up by line first, so an item with
    /// thousands of minutes blocks costs one pass over each list instead of one per pair.
    var decisionsOutsideMinutes: [Block] {
        guard !decisions.isEmpty else { return [] }
        // Only minutes on a decision's line can repeat it: the others are passed over without a lookup list.
        let decisionLines = Set(decisions.map(\.line))
        var minutesByLine: [Int?: [Int]] = [:]
        for (index, block) in minutes.enumerated() where decisionLines.contains(block.line) {
            minutesByLine[block.line, default: []].append(index)
        }
        return decisions.filter { decision in
            !(minutesByLine[decision.line] ?? []).contains { minutes[$0] == decision }
        }
    }
}
