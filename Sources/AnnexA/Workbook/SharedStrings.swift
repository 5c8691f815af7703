/// A workbook's shared strings, packed into one byte array (a million distinct identifiers cost
/// their bytes plus an offset each, not a million String objects).
struct SharedStrings: Sendable {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    /// Adds text to the item being read.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: text) }

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
