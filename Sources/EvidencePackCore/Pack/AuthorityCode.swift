/// ONS codes of English local authorities with children's services: unitary authorities (E06),
/// metropolitan districts (E08), London boroughs and the City (E09) and counties (E10), each followed
/// by six digits. A code of another shape names no authority a pack could be for.
public enum AuthorityCode {
    /// The prefixes of authorities with children's services.
    public static let prefixes = ["E06", "E08", "E09", "E10"]

    /// Whether `code` has the shape of such an ONS code (`E06000047`); case matters, as ONS writes it.
    public static func isWellFormed(_ code: String) -> Bool {
        let scalars = Array(code.unicodeScalars)
        guard scalars.count == 9, prefixes.contains(String(code.prefix(3))) else { return false }
        return scalars.dropFirst(3).allSatisfy { ("0"..."9").contains($0) }
    }

    /// Whether `text` is written as a code (a letter then digits, "E0600047") rather than a name.
    public static func looksLikeCode(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("A"..."Z").contains(first), text.count > 1 else { return false }
        return text.unicodeScalars.dropFirst().allSatisfy { ("0"..."9").contains($0) }
    }
}
