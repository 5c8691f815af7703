import EvidenceModel

/// Decides where each evidence file that satisfies an item is carried inside the bag
/// (`data/evidence/<safe path>`): a safe, stable name derived from the input's relative path.
public enum EvidenceFilePlanner {
    /// Payload-relative paths (`evidence/...`) for the sources of matched document records, keyed by source path.
    public static func plan(items: [EvidenceItem], records: [Record]) -> [String: String] {
        let recordsByID = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var sourcePaths = Set<String>()
        for item in items where item.status != .missing {
            for id in item.recordIDs {
                guard let record = recordsByID[id], record.document != nil else { continue }
                sourcePaths.insert(record.provenance.source)
            }
        }
        var planned: [String: String] = [:]
        var used = Set<String>()
        for path in sourcePaths.sorted() {
            var candidate = "evidence/" + safePath(path)
            if used.contains(candidate.lowercased()) {
                let hashPrefix = String(FileHashing.sha256(of: Array(path.utf8)).prefix(8))
                candidate = "evidence/\(hashPrefix)-" + safePath(path)
            }
            used.insert(candidate.lowercased())
            planned[path] = candidate
        }
        return planned
    }

    /// Each folder and file name reduced to letters, digits, `.`, `-` and `_`; no leading dots, and a
    /// name starting with `-` gets a leading `_`, so no carried name can be taken for a command's option
    /// (`rm *`, `unzip`, a script's loop over the pack).
    public static func safePath(_ path: String) -> String {
        path.split(separator: "/").map { component -> String in
            var name = String(component.unicodeScalars.map { scalar -> Character in
                let allowed = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar))
                return allowed ? Character(scalar) : "_"
            })
            while name.hasPrefix(".") { name.removeFirst() }
            if name.hasPrefix("-") { name = "_" + name }
            return name.isEmpty ? "_" : name
        }.joined(separator: "/")
    }

    /// Items with `files` set from a plan.
    public static func apply(_ plan: [String: String], to items: [EvidenceItem], records: [Record]) -> [EvidenceItem] {
        let recordsByID = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return items.map { item in
            var item = item
            guard item.status != .missing else { return item }
            var files: [String] = []
            for id in item.recordIDs {
                if let source = recordsByID[id]?.provenance.source, let target = plan[source], !files.contains(target) {
                    files.append(target)
                }
            }
            item.files = files
            return item
        }
    }
}
