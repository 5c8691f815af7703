/// "Did you mean …?": the closest known word to a mistyped one.
public enum Suggestions {
    /// The candidate nearest to `word` by edit distance (case-insensitive), when it is close enough
    /// to be a likely typo: at most 2 edits, and fewer edits than half the word's length; or a
    /// candidate that starts with the word (an abbreviation of 3 letters or more). Nil otherwise.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        guard !lowered.isEmpty else { return nil }
        let scored = candidates.map { (candidate: $0, distance: editDistance(lowered, $0.lowercased())) }
        if let best = scored.min(by: { $0.distance < $1.distance }), best.distance > 0,
           best.distance <= 2, best.distance * 2 < max(lowered.count, 2) {
            return best.candidate
        }
        if lowered.count >= 3, let prefixed = candidates.filter({ $0.lowercased().hasPrefix(lowered) }).sorted().first {
            return prefixed
        }
        return nil
    }

    /// The Damerau–Levenshtein distance (adjacent swaps count one edit) between two strings.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }
}
