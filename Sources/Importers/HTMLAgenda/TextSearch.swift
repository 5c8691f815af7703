import Foundation

extension String {
    /// The last occurrence of `needle` (lower-case ASCII), ignoring case: what Foundation's
    /// `range(of:options: [.caseInsensitive, .backwards])` finds. Searched over bytes when the text is
    /// ASCII (most link titles and meeting lines are), by Foundation otherwise.
    func lastRangeIgnoringCase(of needle: StaticString) -> Range<String.Index>? {
        let utf8 = self.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return range(of: needle.description, options: [.caseInsensitive, .backwards])
        }
        let wanted = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        let bytes = Array(utf8)
        guard wanted.count > 0, bytes.count >= wanted.count else { return nil }
        var start = bytes.count - wanted.count
        while start >= 0 {
            var matched = true
            for offset in 0..<wanted.count {
                var byte = bytes[start + offset]
                if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte |= 0x20 }
                if byte != wanted[offset] { matched = false; break }
            }
            if matched {
                let lower = utf8.index(utf8.startIndex, offsetBy: start)
                return lower..<utf8.index(lower, offsetBy: wanted.count)
            }
            start -= 1
        }
        return nil
    }
}
