import Foundation

/// Printed minutes that list a body's members and mark those who did not come with a star, explained by a legend
/// ("* Absent", "* denotes absence"): "Councillor Stephanie Archer, * Councillor Mark Durrant, …". The text's normalising
/// takes a star before a space for a bullet, so the marks are found in the text as it came. (A legend "* Apologies" is
/// left alone: the reader takes its line for the apologies' heading.)
enum StarredAbsences {
    /// The people starred, read from the raw text; nil without the legend.
    static func find(in text: String) -> [String]? {
        // (Settled on byte searches for nearly every text: no star or no word of absence, no legend.)
        guard TextScan.contains(text, ascii: "*"), TextScan.contains(text, ascii: "bsen") || TextScan.contains(text, ascii: "BSEN"),
              marksAbsence(in: text) else { return nil }
        var people: [String] = []
        for match in text.matches(of: starredPerson) {
            let name = String(match.output.1).trimmingCharacters(in: .whitespaces)
            // (The legend's own words are no one.)
            guard name.split(separator: " ").count >= 2, !["absent", "apologies", "denotes"].contains(where: { name.lowercased().hasPrefix($0) }) else { continue }
            people.append(name)
        }
        return people.isEmpty ? nil : people
    }

    /// Whether a line is the legend: a star and "Absent" (or "denotes absence").
    static func marksAbsence(in text: String) -> Bool {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where line.utf8.count <= 40 {
            var rest = line.trimmingCharacters(in: .whitespaces)
            guard rest.hasPrefix("*") else { continue }
            rest = String(rest.dropFirst()).trimmingCharacters(in: .whitespaces).lowercased()
            if ["absent", "denotes absence", "indicates absence", "absent from the meeting", "not present"].contains(rest) { return true }
        }
        return false
    }

    /// Removes the starred people from those present (matched by their names without titles).
    static func removing(_ starred: [String], from attendance: inout [String]) {
        let keys = Set(starred.map { NameList.personKey($0.replacingOccurrences(of: "*", with: "")) })
        attendance.removeAll { keys.contains(NameList.personKey($0.replacingOccurrences(of: "*", with: ""))) }
    }

    /// "* Councillor Mark Dunn", "*Dr Pete Smith": a star, then a title or a capitalised word and up to three more.
    nonisolated(unsafe) static let starredPerson =
        /\*\s?((?:(?:Councillor|Cllr\.?|Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Rev)\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){1,3})/
}
