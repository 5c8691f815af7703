/// A file glob over `/`-separated relative paths: `*` matches within one folder, `**` across
/// folders, `?` one character, `[abc]` a set. Case-sensitive, like the file systems it runs on.
public struct Glob: Hashable, Sendable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    private let tokens: [Token]

    private enum Token: Hashable, Sendable {
        case literal(Character)
        case anyInSegment      // *
        case anyAcrossSegments // **
        case one               // ?
        case set([Character], negated: Bool)
    }

    /// Parses a pattern; fails on an unclosed `[`.
    public init?(_ pattern: String) {
        self.pattern = pattern
        var tokens: [Token] = []
        let chars = Array(pattern)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "*":
                if i + 1 < chars.count, chars[i + 1] == "*" {
                    tokens.append(.anyAcrossSegments)
                    i += 2
                    if i < chars.count, chars[i] == "/" { i += 1 }  // `**/` also matches no folder
                    continue
                }
                tokens.append(.anyInSegment)
            case "?":
                tokens.append(.one)
            case "[":
                guard let close = chars[(i + 1)...].firstIndex(of: "]") else { return nil }
                var set = Array(chars[(i + 1)..<close])
                var negated = false
                if set.first == "!" || set.first == "^" { negated = true; set.removeFirst() }
                tokens.append(.set(set, negated: negated))
                i = close
            default:
                tokens.append(.literal(c))
            }
            i += 1
        }
        self.tokens = tokens
    }

    public var description: String { pattern }

    /// Whether a relative path matches the whole pattern.
    public func matches(_ path: String) -> Bool {
        let text = Array(path)
        var memo = [Int: Bool]()
        func match(_ t: Int, _ p: Int) -> Bool {
            let key = t * (text.count + 1) + p
            if let known = memo[key] { return known }
            let result: Bool
            if t == tokens.count {
                result = p == text.count
            } else {
                switch tokens[t] {
                case .literal(let c): result = p < text.count && text[p] == c && match(t + 1, p + 1)
                case .one: result = p < text.count && text[p] != "/" && match(t + 1, p + 1)
                case .set(let set, let negated):
                    result = p < text.count && text[p] != "/" && (set.contains(text[p]) != negated) && match(t + 1, p + 1)
                case .anyInSegment:
                    var q = p
                    var found = match(t + 1, q)
                    while !found, q < text.count, text[q] != "/" {
                        q += 1
                        found = match(t + 1, q)
                    }
                    result = found
                case .anyAcrossSegments:
                    var q = p
                    var found = match(t + 1, q)
                    while !found, q < text.count {
                        q += 1
                        found = match(t + 1, q)
                    }
                    result = found
                }
            }
            memo[key] = result
            return result
        }
        return match(0, 0)
    }
}
