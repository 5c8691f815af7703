import EvidenceModel

/// Decides where each evidence file that satisfies an item is carried inside the bag
/// (`data/evidence/<safe path>`): a safe, stable name derived from the input's relative path.
public enum EvidenceFilePlanner {
    /// Payload-relative paths (`evidence/...`) for the sources of matched document records, keyed by source path.
    public static func plan(items: [EvidenceItem], records: [Record]) -> [String: String] {
        var sourcePaths = Set<String>()
        for (_, record) in firstRecords(named: items, in: records) {
            if case .document = record.content { sourcePaths.insert(record.provenance.source) }
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
        let sources = firstRecords(named: items, in: records).mapValues(\.provenance.source)
        return items.map { item in
            var item = item
            guard item.status != .missing else { return item }
            var files: [String] = []
            for id in item.recordIDs {
                if let source = sources[id], let target = plan[source], !files.contains(target) {
                    files.append(target)
                }
            }
            item.files = files
            return item
        }
    }

    /// The first record with each id that an item found (not missing) names. Only those are kept: the
    /// benchmark's items name 2,334 of its 10,111 records, and a dictionary of every record (each
    /// copied in and hashed, twice) was most of the planner's time.
    static func firstRecords(named items: [EvidenceItem], in records: [Record]) -> [String: Record] {
        var wanted = Set<String>()
        for item in items where item.status != .missing { wanted.formUnion(item.recordIDs) }
        var found: [String: Record] = [:]
        found.reserveCapacity(wanted.count)
        for record in records where wanted.contains(record.id) && found[record.id] == nil {
            found[record.id] = record
        }
        return found
    }
}
