/// Reads the shape of a UK postcode on a cell's bytes, without making a String: a full postcode
/// (`SW1A 1AA`), a sector (`SW1A 1`) or a district, the outward code alone (`SW1A`).
///
/// The shape is the one every UK postcode has (the BS 7666 format the Government Data Standards
/// Catalogue gives): an outward code of one or two letters, a digit and an optional letter or digit;
/// then an inward code of a digit and two letters. Upper or lower case, with or without the space
/// (a full postcode only: a sector needs the space to be told from a district). `GIR 0AA` is the one
/// exception the standard lists. Whether a postcode exists is not checked (that needs Royal Mail's
/// address file); a wrong shape is what a check can tell without guessing.
public enum AnnexAPostcode {
    /// How much of a postcode a cell holds.
    public enum Form: String, Sendable, CaseIterable, Codable {
        /// Outward and inward codes: `SW1A 1AA`.
        case full
        /// The outward code and the inward code's digit: `SW1A 1`.
        case sector
        /// The outward code alone: `SW1A`.
        case district
    }

    /// The form trimmed cell bytes are in; nil when they are not a UK postcode (or part of one).
    public static func form<C: Collection>(of bytes: C) -> Form? where C.Element == UInt8 {
        // Read the characters (at most 8 and one space) into a fixed buffer.
        var chars: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0, spaceAt = -1
        for byte in bytes {
            if byte == UInt8(ascii: " ") {
                guard spaceAt < 0, count > 0 else { return nil }
                spaceAt = count
                continue
            }
            guard count < 8 else { return nil }
            let upper = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) ? byte - 32 : byte
            withUnsafeMutableBytes(of: &chars) { $0[count] = upper }
            count += 1
        }
        return withUnsafeBytes(of: chars) { buffer in
            classify(UnsafeRawBufferPointer(rebasing: buffer[0..<count]), spaceAt: spaceAt)
        }
    }

    /// Convenience for tests and small inputs.
    public static func form(of text: String) -> Form? {
        form(of: Array(text.utf8))
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Whether `chars[0..<end]` is an outward code (A9, A99, A9A, AA9, AA99 or AA9A).
    private static func isOutward(_ chars: UnsafeRawBufferPointer, end: Int) -> Bool {
        guard (2...4).contains(end), isLetter(chars[0]) else { return false }
        let letters = isLetter(chars[1]) ? 2 : 1
        guard end > letters, isDigit(chars[letters]) else { return false }
        let rest = end - letters - 1
        if rest == 0 { return true }
        return rest == 1 && (isDigit(chars[end - 1]) || isLetter(chars[end - 1]))
    }

    private static func classify(_ chars: UnsafeRawBufferPointer, spaceAt: Int) -> Form? {
        let count = chars.count
        if count == 6, spaceAt == 3 || spaceAt < 0,
           chars.elementsEqual([UInt8(ascii: "G"), UInt8(ascii: "I"), UInt8(ascii: "R"), UInt8(ascii: "0"), UInt8(ascii: "A"), UInt8(ascii: "A")]) {
            return .full
        }
        // Full: outward + digit + two letters, the space (if any) before the inward code.
        if count >= 5, isDigit(chars[count - 3]), isLetter(chars[count - 2]), isLetter(chars[count - 1]),
           spaceAt < 0 || spaceAt == count - 3, isOutward(chars, end: count - 3) {
            return .full
        }
        // Sector: outward, a space, one digit.
        if spaceAt == count - 1, count >= 3, isDigit(chars[count - 1]), isOutward(chars, end: count - 1) {
            return .sector
        }
        // District: the outward code alone, no space.
        if spaceAt < 0, isOutward(chars, end: count) {
            return .district
        }
        return nil
    }
}
