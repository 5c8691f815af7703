import EvidenceModel
import Foundation

/// Checks the pack's authority against the KPI files: a DfE file that gives the authority's ONS code
/// another authority's name (or its name another code) means the pack's name and code disagree, and
/// the pack would otherwise build with another council's figures.
public enum AuthorityCheck {
    /// One error per disagreeing name and code pair, at the first KPI source that shows it.
    public static func check(_ authority: AuthoritySpec?, records: [Record]) -> [Diagnostic] {
        guard let authority, let name = authority.name, let code = authority.code else { return [] }
        var seen = Set<String>()
        var diagnostics: [Diagnostic] = []
        for record in records {
            guard let table = record.table, table.kind == .kpi else { continue }
            for geography in Set(table.observations.map(\.geography)) where geography.level == .localAuthority {
                guard let otherCode = geography.code else { continue }
                let sameCode = otherCode.caseInsensitiveCompare(code) == .orderedSame
                let sameName = namesAgree(geography.name, name)
                guard sameCode != sameName, seen.insert("\(otherCode)|\(geography.name)").inserted else { continue }
                let message = sameCode
                    ? "the pack's authority is '\(name)' with code \(code), but this file gives \(code) to '\(geography.name)': correct the authority's name or code in the pack"
                    : "the pack's authority is '\(name)' with code \(code), but this file gives '\(geography.name)' the code \(otherCode): correct the authority's name or code in the pack"
                diagnostics.append(Diagnostic(.error, code: "pack.authority-mismatch", message: message,
                                              location: SourceLocation(path: record.provenance.source), step: "validate"))
            }
        }
        return diagnostics
    }

    /// Whether two spellings name the same authority: equal once case, punctuation and "and"/"&" are
    /// set aside, or one holding the other ("Bristol, City of" and "Bristol").
    public static func namesAgree(_ lhs: String, _ rhs: String) -> Bool {
        let a = normalised(lhs), b = normalised(rhs)
        guard !a.isEmpty, !b.isEmpty else { return false }
        return a == b || a.contains(b) || b.contains(a)
    }

    static func normalised(_ name: String) -> String {
        let words = name.lowercased().replacingOccurrences(of: "&", with: " and ")
            .components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty && $0 != "and" }
        return words.joined(separator: " ")
    }
}
