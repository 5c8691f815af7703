/// A workbook's shared strings, packed into one byte array (a million distinct identifiers cost
/// their bytes plus an offset each, not a million String objects).
struct SharedStrings: Sendable {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    /// Bytes one item keeps at most: Excel holds 32,767 characters in a cell, at most 98,301 bytes of
    /// UTF-8. An item joined from runs past that is no spreadsheet's, and is cut there (every cell
    /// that uses it copies it, so an uncut item could cost gigabytes).
    static let itemByteLimit = 128 << 10

    /// Adds text to the item being read (up to `itemByteLimit`).
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        let room = Self.itemByteLimit - (bytes.count - (ends.last ?? 0))
        guard room > 0 else { return }
        bytes.append(contentsOf: text.prefix(room))
    }

    /// Ends the current item (`</si>`).
    mutating func endItem() { ends.append(bytes.count) }

    /// Number of items.
    var count: Int { ends.count }

    /// Appends item `index`'s bytes to `output`; false when there is no such item.
    func copy(_ index: Int, into output: inout [UInt8]) -> Bool {
        guard index >= 0, index < ends.count else { return false }
        let start = index == 0 ? 0 : ends[index - 1]
        output.append(contentsOf: bytes[start..<ends[index]])
        return true
    }
}
