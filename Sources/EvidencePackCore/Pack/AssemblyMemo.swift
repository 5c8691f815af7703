import EvidenceModel
import Foundation

/// What assembly remembers for the next build over the same records: for each item, the records its
/// rule concerns (matched or nearly matched), named by origin (the import's cache key and the record
/// id, see `ExportContext.recordOrigins`), under a fingerprint of the rules.
///
/// Which records a rule concerns depends on the records and the rules, never on the reference date,
/// so a nightly build looks closely only at those and at records the memo does not know, instead of
/// checking every rule against every record again (on a large pack, a fifth of a next-day build).
/// It holds hashes, record ids and numbers, no content.
struct AssemblyMemo: Codable, Sendable {
    /// `fingerprint(of:)` of the assembler that wrote it.
    var fingerprint: String
    /// Each record's origin, in the order of that build's records.
    var recordOrigins: [String]
    /// For each item, in pack order, the indices (into `recordOrigins`) of the records its rule concerns.
    var concerned: [[Int]]

    /// The rules and everything else that decides which records they concern: the tool's version,
    /// the items' match rules and the authority. A pack edited in any of these starts afresh.
    static func fingerprint(of assembler: EvidenceAssembler) -> String {
        let text = "\(EvidencePackVersion.generator)|\(String(describing: assembler.authority))|"
            + assembler.pack.items.map { "\($0.id)=\(String(describing: $0.match))" }.joined(separator: "|")
        return FileHashing.sha256(of: Array(text.utf8))
    }

    /// What the memo says of the records `origins` name: for each item, the records its rule concerns
    /// (by index into `origins`), and the records the memo does not know (a changed or new input),
    /// which every rule must look at. Nil when the memo was written for other rules, or when a record
    /// has no origin or shares one (nothing can be carried for it).
    func recordsToConsider(origins: [String?], fingerprint: String, itemCount: Int) -> EvidenceAssembler.RecordsToConsider? {
        guard self.fingerprint == fingerprint, concerned.count == itemCount else { return nil }
        var current: [String: Int] = [:]
        current.reserveCapacity(origins.count)
        for (index, origin) in origins.enumerated() {
            guard let origin, current.updateValue(index, forKey: origin) == nil else { return nil }
        }
        let known = Set(recordOrigins)
        return EvidenceAssembler.RecordsToConsider(
            concerned: concerned.map { indices in
                indices.compactMap { $0 < recordOrigins.count ? current[recordOrigins[$0]] : nil }.sorted()
            },
            unknown: origins.indices.filter { !known.contains(origins[$0]!) })
    }
}
