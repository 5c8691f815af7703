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
        let keys = header.map(words)
        if keys.contains(where: { isIdentifier($0) || isDateOfBirth($0) }) { return true }
        return keys.contains(where: isPersonName) && keys.contains(where: isPersonalDetail)
    }

    /// The header's words: lower case, split at anything that is not a letter or digit
    /// (`Child's D.O.B.` → `child`, `s`, `d`, `o`, `b`). Every test below is on whole words, so a
    /// header is split once rather than searched with a regular expression per test (a large pack's
    /// summaries ask this of every table of 10,000 pages).
    static func words(_ header: String) -> [Substring] {
        let lowered = header.lowercased()
        // ASCII (nearly every header): the letters and digits are the alphanumerics, each byte is a
        // Character (CR LF, one Character, is two separators), so the bytes are split without Foundation.
        if lowered.utf8.allSatisfy({ $0 < 0x80 }) {
            return lowered.utf8.split(whereSeparator: { !(($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A)) })
                .map { Substring($0) }
        }
        return unicodeWords(lowered)
    }

    /// `words(_:)` for any lower-cased text, Character by Character.
    static func unicodeWords(_ lowered: String) -> [Substring] {
        lowered.split(whereSeparator: { character in
            !character.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) }
        })
    }

    /// `Child Unique ID`, `Young person ref`, `Adopter identifier`, `UPN`, `NHS number`, `Mosaic ID`.
    static func isIdentifier(_ words: [Substring]) -> Bool {
        if words.contains(where: { $0 == "upn" || $0 == "uln" }) { return true }
        if contains(words, phrase: ["unique", "pupil", "number"]) { return true }
        // Whose identifier, then within two words the identifier: `child unique id`, not `number of children`.
        for start in words.indices {
            guard let owner = ownerWords.first(where: { starts(words, at: start, with: $0) }) else { continue }
            let afterOwner = start + owner.count
            for between in 0...2 where afterOwner + between < words.count {
                let candidate = afterOwner + between
                // The words between must be plain ASCII letters or digits, as the rule was first written.
                guard words[afterOwner..<candidate].allSatisfy(isASCIIWord) else { break }
                if identifierWords.contains(String(words[candidate])) { return true }
            }
        }
        return false
    }

    /// `Date of Birth`, `DOB`, `D.O.B.`, `Birth date`.
    static func isDateOfBirth(_ words: [Substring]) -> Bool {
        dateOfBirthPhrases.contains { contains(words, phrase: $0) }
    }

    /// `Name`, `Child name`, `Forename`, `Surname`, `Full name`.
    static func isPersonName(_ words: [Substring]) -> Bool {
        // `first name`, `last name`, `full name` and `given name` all hold the word `name`.
        words.contains { nameWords.contains(String($0)) }
    }

    /// `Age`, `Gender`, `Sex`, `Ethnicity`, `Address`, `Postcode`, `Disability`, `Legal status`.
    static func isPersonalDetail(_ words: [Substring]) -> Bool {
        words.contains { personalDetailWords.contains(String($0)) }
            || contains(words, phrase: ["post", "code"]) || contains(words, phrase: ["legal", "status"])
    }

    private static let ownerWords: [[Substring]] = [
        ["young", "person"], ["child"], ["children"], ["childs"], ["pupil"], ["person"], ["client"], ["adopter"], ["carer"],
        ["family"], ["individual"], ["case"], ["student"], ["learner"], ["nhs"], ["mosaic"], ["lcs"], ["liquidlogic"], ["eclipse"],
    ]
    private static let identifierWords: Set<String> = ["id", "identifier", "ref", "reference", "number", "no", "code"]
    private static let dateOfBirthPhrases: [[Substring]] = [
        ["date", "of", "birth"], ["dob"], ["d", "o", "b"], ["birthdate"], ["birth", "date"], ["date", "birth"],
    ]
    private static let nameWords: Set<String> = ["name", "names", "forename", "forenames", "surname"]
    private static let personalDetailWords: Set<String> = [
        "age", "gender", "sex", "ethnicity", "ethnic", "address", "postcode", "disability", "religion",
    ]

    private static func isASCIIWord(_ word: Substring) -> Bool {
        word.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) }
    }

    private static func starts(_ words: [Substring], at start: Int, with phrase: [Substring]) -> Bool {
        guard start + phrase.count <= words.count else { return false }
        return zip(words[start..<(start + phrase.count)], phrase).allSatisfy { $0 == $1 }
    }

    private static func contains(_ words: [Substring], phrase: [Substring]) -> Bool {
        words.indices.contains { starts(words, at: $0, with: phrase) }
    }
}
