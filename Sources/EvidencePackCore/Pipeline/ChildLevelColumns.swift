import Foundation

/// Recognises the header of a table that lists people one per row — children above all, as in Annex A
/// (`Child Unique ID`, `Date of Birth`, `UPN`), also adopters and carers — wherever the table was
/// found: a Word document, an HTML page, minutes text. Such a table's cells are child-level data.
///
/// The words are those of the Annex A template's identifying columns and LIIA's patterns for them
/// (`child … id`, `… date … birth …`), plus the identifiers councils' own extracts use (UPN, ULN,
/// NHS number, case or person id), and a person's name beside a personal detail (age, gender…).
public enum ChildLevelColumns {
    /// Whether a header row names columns that identify a person on each row.
    public static func identifyPeople(_ header: [String]) -> Bool {
        let keys = header.map(key)
        if keys.contains(where: { isIdentifier($0) || isDateOfBirth($0) }) { return true }
        return keys.contains(where: isPersonName) && keys.contains(where: isPersonalDetail)
    }

    /// Lower case, letters and digits only, single spaces: `Child's D.O.B.` → `child s d o b`.
    static func key(_ header: String) -> String {
        let spaced = header.lowercased().unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? Character($0) : " " }
        return String(spaced).split(separator: " ").joined(separator: " ")
    }

    /// `Child Unique ID`, `Young person ref`, `Adopter identifier`, `UPN`, `NHS number`, `Mosaic ID`.
    static func isIdentifier(_ key: String) -> Bool {
        let words = Set(key.split(separator: " ").map(String.init))
        if !words.isDisjoint(with: ["upn", "uln"]) { return true }
        if key.contains("unique pupil number") { return true }
        // Whose identifier, then within two words the identifier: `child unique id`, not `number of children`.
        return key.range(of: #"\b(child|children|childs|young person|pupil|person|client|adopter|carer|family|individual|case|student|learner|nhs|mosaic|lcs|liquidlogic|eclipse)( [a-z0-9]+){0,2} (id|identifier|ref|reference|number|no|code)\b"#,
                         options: .regularExpression) != nil
    }

    /// `Date of Birth`, `DOB`, `D.O.B.`, `Birth date`.
    static func isDateOfBirth(_ key: String) -> Bool {
        key.range(of: #"\b(date of birth|dob|d o b|birth ?date|date birth)\b"#, options: .regularExpression) != nil
    }

    /// `Name`, `Child name`, `Forename`, `Surname`, `Full name`.
    static func isPersonName(_ key: String) -> Bool {
        key.range(of: #"\b(name|names|forename|forenames|surname|first name|last name|full name|given name)\b"#, options: .regularExpression) != nil
    }

    /// `Age`, `Gender`, `Sex`, `Ethnicity`, `Address`, `Postcode`, `Disability`, `Legal status`.
    static func isPersonalDetail(_ key: String) -> Bool {
        key.range(of: #"\b(age|gender|sex|ethnicity|ethnic|address|postcode|post code|disability|religion|legal status)\b"#,
                  options: .regularExpression) != nil
    }
}
