import Foundation

/// One object's entries, in the order written, with where a lookup last found a key. A class (and not
/// generic, so making one needs no metadata lookup) holding one table, so that handing a container
/// round costs one reference; `init(from:)` asks for the keys in the order the encoder wrote them, so
/// the next key present is nearly always the entry after the last one found (decoding a large
/// pack's 10,000 cached pages is mostly this).
final class ObjectEntries {
    /// One entry: where its key's bytes start and how many, and where its value starts and ends.
    struct Entry {
        var keyStart: Int, keyCount: Int, valueStart: Int, valueEnd: Int
    }

    let table: [Entry]
    /// The entry after the last one found. Only the decoding thread touches it.
    @exclusivity(unchecked) private var cursor = 0

    init(input: CompactBinaryInput, offset: Int, end: Int) throws {
        let (length, contents) = try input.containerLength(at: offset, limit: end)
        let limit = contents + length
        var (count, position) = try input.length(at: contents, limit: limit)
        var table: [Entry] = []
        table.reserveCapacity(count)
        while count > 0 {
            let (keyCount, keyStart) = try input.length(at: position, limit: limit)
            let valueStart = keyStart + keyCount
            let valueEnd = try input.valueEnd(at: valueStart, limit: limit)
            table.append(Entry(keyStart: keyStart, keyCount: keyCount, valueStart: valueStart, valueEnd: valueEnd))
            position = valueEnd
            count -= 1
        }
        guard position == limit else { throw input.corrupted("an object's entries do not fill it") }
        self.table = table
    }

    /// The entry whose key has the bytes `wanted`, searched from the cursor round to it, or nil.
    func find(_ wanted: UnsafeBufferPointer<UInt8>, in input: CompactBinaryInput) -> Entry? {
        let count = table.count
        var index = cursor
        for _ in 0..<count {
            if index == count { index = 0 }
            let entry = table[index]
            if entry.keyCount == wanted.count,
               wanted.count == 0 || memcmp(input.bytes.baseAddress! + entry.keyStart, wanted.baseAddress!, wanted.count) == 0 {
                cursor = index + 1
                return entry
            }
            index += 1
        }
        return nil
    }
}
