/// The marks a register of members prints after those who did not attend, as its legend explains them
/// ("+Denotes absence and apologies accepted", "* Denotes did not attend"): a member so marked is no one present.
struct RegisterMarks: Sendable {
    /// What a mark says of the member it follows.
    enum Meaning: Sendable { case apologies, absent }

    private var meanings: [Character: Meaning] = [:]

    /// The legend's marks, from lines such as "+Denotes absence and apologies accepted" or "* Denotes did not attend".
    init(_ lines: [SourceLine]) {
        for line in lines where line.text.utf8.count <= 80 && TextScan.contains(line.text, ascii: "enotes ") {
            guard let mark = line.text.first, "+*#^".contains(mark) else { continue }
            let lower = line.text.dropFirst().trimmingSpaces().lowercased()
            guard lower.hasPrefix("denotes ") else { continue }
            if lower.contains("apolog") {
                meanings[mark] = .apologies
            } else if lower.contains("absen") || lower.contains("did not attend") || lower.contains("not present") {
                meanings[mark] = .absent
            }
        }
    }

    /// What the mark a row ends with says ("… (BO’M) +", "… Vice Chair(310818)*"); nil when it ends with none the legend gives.
    func mark(ending row: String) -> Meaning? {
        guard !meanings.isEmpty, let last = row.last else { return nil }
        return meanings[last]
    }
}
