#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        guard !needle.isEmpty, needle.count <= haystack.count, let base = haystack.baseAddress else { return false }
        let lastStart = haystack.count - needle.count
        func matches(at start: Int) -> Bool {
            var offset = 0
            while offset < needle.count, lowered(base[start + offset]) == needle[offset] { offset += 1 }
            return offset == needle.count
        }
        // A byte that is not a letter has one case, so `memchr` can jump to each place it occurs
        // (sniffers look for `<meetingid>` in the head of every page of a large tree).
        if let anchor = needle.firstIndex(where: { !($0 >= 0x61 && $0 <= 0x7A) }) {
            var from = anchor
            let end = lastStart + anchor
            while from <= end {
                guard let found = memchr(base + from, Int32(needle[anchor]), end - from + 1) else { return false }
                let position = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                if matches(at: position - anchor) { return true }
                from = position + 1
            }
            return false
        }
        for start in 0...lastStart where lowered(base[start]) == needle[0] && matches(at: start) { return true }
        return false
    }

    /// Whether the UTF-8 text holds a character whose case folding holds ASCII (the 20 of Unicode's
    /// case-folding table: `ß`/`ẞ` → `ss`, `İ`, `ı`, `ŉ`, `ſ`, `ǰ`, `ẖ`–`ẚ`, the Kelvin sign, the
    /// ligatures `ﬀ`–`ﬆ`). Without one, a case-insensitive match of an ASCII pattern is a byte
    /// search with ASCII case folding.
    static func mayFoldIntoASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let second: UInt8 = index + 1 < count ? bytes[index + 1] : 0
            let third: UInt8 = index + 2 < count ? bytes[index + 2] : 0
            switch byte {
            case 0xC3: if second == 0x9F { return true }                          // ß U+00DF
            case 0xC4: if second == 0xB0 || second == 0xB1 { return true }        // İ ı U+0130-0131
            case 0xC5: if second == 0x89 || second == 0xBF { return true }        // ŉ U+0149, ſ U+017F
            case 0xC7: if second == 0xB0 { return true }                          // ǰ U+01F0
            case 0xE1: if second == 0xBA, (0x96...0x9A).contains(third) || third == 0x9E { return true } // ẖ-ẚ, ẞ
            case 0xE2: if second == 0x84, third == 0xAA { return true }           // Kelvin sign U+212A
            case 0xEF: if second == 0xAC, (0x80...0x86).contains(third) { return true } // ﬀ-ﬆ U+FB00-FB06
            default: break
            }
            index += 1
        }
        return false
    }
}
