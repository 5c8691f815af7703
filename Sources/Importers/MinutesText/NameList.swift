import Foundation

/// Splits lists of people as minutes print them: "M Carr (Chair), J Brunton Dobson and Z Uddin.",
/// "Councillors J Sharrocks and J Walker." The collective title ("Councillors") is dropped; a
/// name's own brackets ("(Chair)") are kept, and commas inside brackets do not split.
enum NameList {
    static let collectiveTitles = ["councillors ", "councillor ", "cllrs ", "cllrs. ", "cllr ", "cllr. ", "members ", "officers "]

    static func names(in text: String) -> [String] {
        var body = Substring(text).trimmingSpaces()
        let lowered = body.lowercased()
        if ["none", "none.", "n/a", "nil", "there were none", "there were none.", "none received", "none received."].contains(lowered)
            || lowered.hasPrefix("there were no") || lowered.hasPrefix("no apologies") {
            return []
        }
        for title in collectiveTitles where lowered.hasPrefix(title) {
            body = body.dropFirst(title.count)
            break
        }
        var parts: [String] = []
        var current = ""
        var depth = 0
        var index = body.startIndex
        while index < body.endIndex {
            let c = body[index]
            if c == "(" { depth += 1 }
            if c == ")" { depth = max(0, depth - 1) }
            if depth == 0, c == "," || c == ";" {
                parts.append(current)
                current = ""
            } else if depth == 0, c == " ", body[index...].hasPrefix(" and ") {
                parts.append(current)
                current = ""
                index = body.index(index, offsetBy: 4)
            } else if depth == 0, c == " ", body[index...].hasPrefix(" & ") {
                parts.append(current)
                current = ""
                index = body.index(index, offsetBy: 2)
            } else {
                current.append(c)
            }
            index = body.index(after: index)
        }
        parts.append(current)
        return parts.map { LinePatterns.trimTrailingPunctuation($0) }.filter { !$0.isEmpty }
    }

    /// Names in a sentence such as "Apologies for absence were received from Councillors A and B."
    static func namesAfterFrom(in sentence: String) -> [String]? {
        guard let range = sentence.range(of: " from ") else { return nil }
        var rest = sentence[range.upperBound...]
        while let last = rest.last, last == "." || last == " " { rest = rest.dropLast() }
        let names = names(in: String(rest))
        return names.isEmpty ? nil : names
    }
}
