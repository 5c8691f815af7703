import EvidenceModel
import Foundation
import Testing

/// A block keeps the fields few blocks set (level, owner, rows, hasHeader, rowCount) in a shared box:
/// it must still behave as a plain value, compare and hash on every field, and code as before.
@Suite struct BlockTests {
    /// Half a million blocks sit in memory on a large build: the inline part stays small.
    @Test func aBlockTakesEightyBytes() {
        #expect(MemoryLayout<Block>.stride <= 80)
    }

    /// Changing a boxed field of a copy leaves the original as it was.
    @Test func copiesDoNotShareChanges() {
        let original = Block(.table, rows: [["Name", "Age"], ["A", "3"]], hasHeader: true, line: 4)
        var copy = original
        copy.rows = [["Name", "Age"]]
        copy.rowCount = 1
        copy.level = 2
        copy.owner = "Head of service"
        #expect(original.rows == [["Name", "Age"], ["A", "3"]])
        #expect(original.rowCount == nil && original.level == nil && original.owner == nil)
        #expect(copy.rows == [["Name", "Age"]] && copy.rowCount == 1 && copy.level == 2 && copy.owner == "Head of service")
        #expect(copy.hasHeader == true && copy.line == 4)
    }

    /// Every field takes part in equality and hashing, boxed or not; clearing the boxed fields again
    /// gives a block equal to one that never had them.
    @Test func equalityAndHashingSeeEveryField() {
        let base = Block(.listItem, text: "t", number: "1", level: 0, marker: "·", owner: "o",
                         children: [Block(.paragraph, text: "c")], rows: [["r"]], hasHeader: false, line: 3, rowCount: 2)
        let changes: [(inout Block) -> Void] = [
            { $0.kind = .paragraph }, { $0.text = "u" }, { $0.number = "2" }, { $0.level = 1 }, { $0.marker = "-" },
            { $0.owner = nil }, { $0.children = [] }, { $0.rows = [["s"]] }, { $0.hasHeader = true },
            { $0.line = 4 }, { $0.rowCount = nil },
        ]
        for (index, change) in changes.enumerated() {
            var changed = base
            change(&changed)
            #expect(changed != base, "change \(index)")
            #expect(Set([changed, base]).count == 2, "change \(index)")
        }
        var cleared = Block(.paragraph, text: "p", level: 1, owner: "o", rows: [], hasHeader: true, rowCount: 0)
        cleared.level = nil
        cleared.owner = nil
        cleared.rows = nil
        cleared.hasHeader = nil
        cleared.rowCount = nil
        #expect(cleared == Block(.paragraph, text: "p"))
        #expect(cleared.hashValue == Block(.paragraph, text: "p").hashValue)
    }

    /// The JSON form is the one the memberwise conformance wrote: the set fields only, under the
    /// fields' names, and it reads back equal.
    @Test func codesUnderTheFieldsNames() throws {
        let block = Block(.action, text: "Report back", number: "3", level: 1, marker: "ACTION", owner: "Director",
                          children: [Block(.paragraph, text: "x", line: 9)], rows: [["a"]], hasHeader: true, line: 8, rowCount: 0)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(block), as: UTF8.self)
        #expect(json == #"{"children":[{"kind":"paragraph","line":9,"text":"x"}],"hasHeader":true,"kind":"action","level":1,"# +
            #""line":8,"marker":"ACTION","number":"3","owner":"Director","rowCount":0,"rows":[["a"]],"text":"Report back"}"#)
        #expect(try JSONDecoder().decode(Block.self, from: Data(json.utf8)) == block)
        let bare = String(decoding: try encoder.encode(Block(.paragraph)), as: UTF8.self)
        #expect(bare == #"{"kind":"paragraph"}"#)
    }
}
