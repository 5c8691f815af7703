/// Byte-level text helpers for hot paths (sniffing every file, matching every name): ASCII case
/// folding and substring search on UTF-8 bytes, without Foundation.
enum ASCIIText {
    /// The byte with A–Z lowered; every other byte as it is.
    static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Whether `needle` (already lower-cased) occurs in `haystack`, ignoring ASCII case; an empty
    /// needle is never found (as Foundation's `contains` says).
    static func contains(_ needle: some Collection<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        let needle = Array(needle)
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where lowered(haystack[start]) == first {
            var offset = 1
            while offset < needle.count, lowered(haystack[start + offset]) == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }
}
