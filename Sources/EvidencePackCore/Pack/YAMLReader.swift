import EvidenceModel
import Yams

/// A YAML mapping with its node, for reading keys while keeping line numbers.
struct YAMLMap {
    let anchor: Node
    let pairs: [(key: String, keyNode: Node, value: Node)]

    func node(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }
}

/// Reads typed values out of a Yams node tree, collecting problems with their line numbers.
struct YAMLReader {
    let path: String
    var problems: [Diagnostic] = []

    init(path: String) { self.path = path }

    mutating func fail(_ node: Node?, _ message: String) {
        fail(line: node?.mark?.line, message)
    }

    mutating func fail(line: Int?, _ message: String) {
        problems.append(Diagnostic(.error, code: "pack.invalid", message: message,
                                   location: SourceLocation(path: path, line: line), step: "load pack"))
    }

    mutating func mapping(_ node: Node, _ what: String) -> YAMLMap? {
        guard let mapping = node.mapping else {
            fail(node, "\(what) must be a mapping of keys to values")
            return nil
        }
        var pairs: [(String, Node, Node)] = []
        var seen = Set<String>()
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                fail(key, "keys must be plain text")
                continue
            }
            if !seen.insert(name).inserted { fail(key, "duplicate key '\(name)'") }
            pairs.append((name, key, value))
        }
        return YAMLMap(anchor: node, pairs: pairs)
    }

    mutating func sequence(_ node: Node, _ what: String) -> [Node]? {
        guard let sequence = node.sequence else {
            fail(node, "'\(what)' must be a list")
            return nil
        }
        return Array(sequence)
    }

    mutating func allowOnly(_ map: YAMLMap, _ keys: Set<String>) {
        for pair in map.pairs where !keys.contains(pair.key) {
            fail(pair.keyNode, "unknown key '\(pair.key)' (expected one of: \(keys.sorted().joined(separator: ", ")))")
        }
    }

    mutating func string(_ map: YAMLMap, _ key: String, required: Bool = false) -> String? {
        guard let node = map.node(key) else {
            if required { fail(map.anchor, "missing required key '\(key)'") }
            return nil
        }
        guard let scalar = node.scalar else {
            fail(node, "'\(key)' must be text")
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if required && text.isEmpty {
            fail(node, "'\(key)' must not be empty")
            return nil
        }
        return text
    }

    mutating func int(_ map: YAMLMap, _ key: String, required: Bool = false) -> Int? {
        guard let node = map.node(key) else {
            if required { fail(map.anchor, "missing required key '\(key)'") }
            return nil
        }
        guard let text = node.scalar?.string, let value = Int(text) else {
            fail(node, "'\(key)' must be a whole number")
            return nil
        }
        return value
    }

    mutating func double(_ map: YAMLMap, _ key: String) -> Double? {
        guard let node = map.node(key) else { return nil }
        guard let text = node.scalar?.string, let value = Double(text), value >= 0 else {
            fail(node, "'\(key)' must be a number, zero or more")
            return nil
        }
        return value
    }

    mutating func bool(_ map: YAMLMap, _ key: String) -> Bool? {
        guard let node = map.node(key) else { return nil }
        switch node.scalar?.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            fail(node, "'\(key)' must be true or false")
            return nil
        }
    }

    /// A string or a list of strings.
    mutating func stringListWithNodes(_ map: YAMLMap, _ key: String) -> [(String, Node)] {
        guard let node = map.node(key) else { return [] }
        if let scalar = node.scalar { return [(scalar.string, node)] }
        guard let sequence = node.sequence else {
            fail(node, "'\(key)' must be text or a list of text")
            return []
        }
        var result: [(String, Node)] = []
        for element in sequence {
            if let text = element.scalar?.string { result.append((text, element)) } else { fail(element, "'\(key)' entries must be text") }
        }
        return result
    }

    mutating func stringList(_ map: YAMLMap, _ key: String) -> [String] {
        stringListWithNodes(map, key).map(\.0)
    }

    mutating func stringMap(_ map: YAMLMap, _ key: String) -> [String: String] {
        guard let node = map.node(key) else { return [:] }
        guard let inner = mapping(node, key) else { return [:] }
        var result: [String: String] = [:]
        for pair in inner.pairs {
            if let scalar = pair.value.scalar {
                result[pair.key] = scalar.string
            } else if let sequence = pair.value.sequence {
                result[pair.key] = sequence.compactMap { $0.scalar?.string }.joined(separator: ",")
            } else {
                fail(pair.value, "option '\(pair.key)' must be text or a list of text")
            }
        }
        return result
    }
}
