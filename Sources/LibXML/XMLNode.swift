import CLibXML2

/// A node of a parsed document: element, text or other. Valid only while its document is alive;
/// not Sendable.
public struct XMLNode {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) {
        self.pointer = pointer
    }

    /// Whether this is an element.
    public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    /// Whether this is a text (or CDATA) node.
    public var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element name, lower-cased for HTML (`div`, `p`, `a`); `text` for text nodes.
    public var name: String {
        pointer.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// An attribute's value, or nil.
    public func attribute(_ name: String) -> String? {
        guard pointer.pointee.type == XML_ELEMENT_NODE, let attribute = xmlHasProp(pointer, name) else { return nil }
        // The usual case, one text child: read it in place instead of allocating a copy.
        if let child = attribute.pointee.children, child.pointee.next == nil, child.pointee.type == XML_TEXT_NODE {
            return child.pointee.content.map { String(cString: $0) } ?? ""
        }
        guard let value = xmlGetProp(pointer, name) else { return nil }
        defer { clibxml2_free(value) }
        return String(cString: value)
    }

    /// The classes in the `class` attribute.
    public var classes: [String] {
        (attribute("class") ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
    }

    /// All descendant text, entities decoded, exactly as in the document.
    public var textContent: String {
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { clibxml2_free(content) }
        return String(cString: content)
    }

    /// The child nodes, in order.
    public var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let current = child {
            result.append(XMLNode(current))
            child = current.pointee.next
        }
        return result
    }

    /// The child elements, in order.
    public var childElements: [XMLNode] { children.filter(\.isElement) }

    /// The parent node, when it is an element.
    public var parent: XMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XMLNode(parent)
    }

    /// The 1-based line where the node starts in the source (libxml2's count; 0 when unknown).
    public var line: Int { Int(xmlGetLineNo(pointer)) }
}

// Cheap navigation for single-pass tree walks: no arrays, no XPath, no copies of the tree.
extension XMLNode {
    /// The first child node.
    public var firstChild: XMLNode? { pointer.pointee.children.map(XMLNode.init) }
    /// The next sibling node.
    public var nextSibling: XMLNode? { pointer.pointee.next.map(XMLNode.init) }
    /// The first child that is an element.
    public var firstChildElement: XMLNode? {
        var child = pointer.pointee.children
        while let current = child, current.pointee.type != XML_ELEMENT_NODE { child = current.pointee.next }
        return child.map(XMLNode.init)
    }
    /// The next sibling that is an element.
    public var nextSiblingElement: XMLNode? {
        var sibling = pointer.pointee.next
        while let current = sibling, current.pointee.type != XML_ELEMENT_NODE { sibling = current.pointee.next }
        return sibling.map(XMLNode.init)
    }

    /// Whether this is a comment.
    public var isComment: Bool { pointer.pointee.type == XML_COMMENT_NODE }

    /// A text or comment node's own content (no copy of descendants); nil for elements.
    public var ownText: String? {
        guard pointer.pointee.type != XML_ELEMENT_NODE, let content = pointer.pointee.content else { return nil }
        return String(cString: content)
    }

    /// Whether this is an element with the given (lower-case) name, without building a String.
    public func isElement(_ name: StaticString) -> Bool {
        guard pointer.pointee.type == XML_ELEMENT_NODE, let own = pointer.pointee.name else { return false }
        let wanted = name.utf8Start
        let count = name.utf8CodeUnitCount
        for index in 0..<count where own[index] != wanted[index] { return false }
        return own[count] == 0
    }

    /// An element's name of up to 8 bytes packed into an integer (first byte lowest), for set lookups
    /// that compare no strings; nil for other nodes and longer names.
    public var shortNameKey: UInt64? {
        guard pointer.pointee.type == XML_ELEMENT_NODE, let own = pointer.pointee.name else { return nil }
        var key: UInt64 = 0
        for index in 0..<9 {
            let byte = own[index]
            if byte == 0 { return key }
            if index == 8 { return nil }
            key |= UInt64(byte) << (8 * UInt64(index))
        }
        return nil
    }

    /// `shortNameKey` for a name (nil when longer than 8 bytes or empty).
    public static func shortNameKey(_ name: StaticString) -> UInt64? {
        let count = name.utf8CodeUnitCount
        guard count > 0, count <= 8 else { return nil }
        var key: UInt64 = 0
        for index in 0..<count { key |= UInt64(name.utf8Start[index]) << (8 * UInt64(index)) }
        return key
    }

    /// The heading level of `h1`...`h6`, else nil.
    public var headingLevel: Int? {
        guard pointer.pointee.type == XML_ELEMENT_NODE, let own = pointer.pointee.name,
              own[0] == UInt8(ascii: "h"), own[1] >= UInt8(ascii: "1"), own[1] <= UInt8(ascii: "6"), own[2] == 0 else { return nil }
        return Int(own[1] - UInt8(ascii: "0"))
    }

    /// Whether the `class` attribute lists `name` (exact, case-sensitive, as CSS does).
    public func hasClass(_ name: String) -> Bool {
        // Every element of every page is asked this: ASCII values are matched in place, without Strings.
        var wanted = name
        let fast: Bool? = wanted.withUTF8 { wantedBytes in
            guard wantedBytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let found: Bool?? = withAttributeBytes("class") { value in
                ClassTokens.anyASCII(in: value) { token in token.elementsEqual(wantedBytes) }
            }
            return found ?? false
        }
        if let fast { return fast }
        guard let value = attribute("class") else { return false }
        return value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).contains { $0 == name }
    }

    /// Whether the `class` attribute lists a class starting with `prefix` (e.g. `mg`).
    public func hasClass(prefix: String) -> Bool {
        var wanted = prefix
        let fast: Bool? = wanted.withUTF8 { wantedBytes in
            guard wantedBytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let found: Bool?? = withAttributeBytes("class") { value in
                ClassTokens.anyASCII(in: value) { token in token.starts(with: wantedBytes) }
            }
            return found ?? false
        }
        if let fast { return fast }
        guard let value = attribute("class") else { return false }
        return value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).contains { $0.hasPrefix(prefix) }
    }

    /// Calls `body` with each name in the `class` attribute, as UTF-8 bytes in document order, when
    /// the value is plain ASCII (names split as `hasClass` splits them). Returns nil when there is no
    /// `class` attribute, false without calling `body` when the value is not ASCII (read `attribute`
    /// then), true when done.
    public func forEachASCIIClassName(_ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool? {
        withAttributeBytes("class") { value in
            ClassTokens.anyASCII(in: value) { token in
                body(token)
                return false
            } != nil
        }
    }

    /// Whether an attribute's value is exactly `value` (compared as bytes, so no String is made).
    public func attribute(_ name: String, is value: StaticString) -> Bool {
        withAttributeBytes(name) { bytes in
            bytes.count == value.utf8CodeUnitCount
                && bytes.elementsEqual(UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
        } ?? false
    }

    /// Calls `body` with the bytes (UTF-8) of an attribute's value, read in place where libxml2 holds it
    /// as one text node; nil when the element has no such attribute.
    public func withAttributeBytes<Result>(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard pointer.pointee.type == XML_ELEMENT_NODE, let attribute = xmlHasProp(pointer, name) else { return nil }
        if let child = attribute.pointee.children, child.pointee.next == nil, child.pointee.type == XML_TEXT_NODE {
            guard let content = child.pointee.content else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            return body(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
        }
        guard let value = xmlGetProp(pointer, name) else { return nil }
        defer { clibxml2_free(value) }
        return body(UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value))))
    }

    /// Appends a text node's own content, as UTF-8, to `bytes` (ill-formed sequences replaced as
    /// `String(cString:)` replaces them); returns false, appending nothing, for elements.
    @discardableResult
    public func appendOwnText(to bytes: inout [UInt8]) -> Bool {
        guard pointer.pointee.type != XML_ELEMENT_NODE, let content = pointer.pointee.content else { return false }
        let buffer = UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
        if UTF8Validation.isValid(buffer) {
            bytes.append(contentsOf: buffer)
        } else {
            bytes.append(contentsOf: String(cString: content).utf8)
        }
        return true
    }

    /// The `id` attribute.
    public var id: String? { attribute("id") }

    /// Visits this node and its descendants in document order. `visit` returns false to skip the
    /// node's children. Iterative, so deep tag soup cannot overflow the stack.
    public func walk(_ visit: (XMLNode) -> Bool) {
        let root = pointer
        var current: xmlNodePtr? = root
        while let node = current {
            if visit(XMLNode(node)), let child = node.pointee.children, node.pointee.type == XML_ELEMENT_NODE || node == root {
                current = child
                continue
            }
            // Next sibling, or climb until one exists (never above the root).
            var climb: xmlNodePtr? = node
            current = nil
            while let up = climb, up != root {
                if let next = up.pointee.next { current = next; break }
                climb = up.pointee.parent
            }
        }
    }

    /// The first descendant (or self) element for which `matches` holds, in document order.
    public func firstDescendant(where matches: (XMLNode) -> Bool) -> XMLNode? {
        var found: XMLNode?
        walk { node in
            guard found == nil else { return false }
            if node.isElement, matches(node) { found = node; return false }
            return true
        }
        return found
    }

    /// Every descendant (or self) element for which `matches` holds, in document order; matched
    /// elements' own descendants are not searched.
    public func descendants(where matches: (XMLNode) -> Bool) -> [XMLNode] {
        var found: [XMLNode] = []
        walk { node in
            if node.isElement, matches(node) { found.append(node); return false }
            return true
        }
        return found
    }

    /// Whether two values refer to the same node.
    public func isSameNode(as other: XMLNode) -> Bool { pointer == other.pointer }
}

extension XMLNode: Equatable {
    /// The same node of the same document (identity, not equal content).
    public static func == (lhs: XMLNode, rhs: XMLNode) -> Bool { lhs.pointer == rhs.pointer }
}

/// Splits a `class` value into names, the way `String.split` over Characters on space, tab, LF and
/// CR does, for values that are pure ASCII (where bytes and Characters agree, except CR LF, one
/// Character that is not a separator).
enum ClassTokens {
    /// Whether `matches` holds for a name; nil when the value is not pure ASCII (use Strings then).
    static func anyASCII(in value: UnsafeBufferPointer<UInt8>, _ matches: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool? {
        guard let base = value.baseAddress else { return false }
        let count = value.count
        for index in 0..<count where value[index] >= 0x80 { return nil }
        var start = 0
        var index = 0
        while index <= count {
            if index == count || isSeparator(value, at: index) {
                if index > start, matches(UnsafeBufferPointer(start: base + start, count: index - start)) { return true }
                start = index + 1
            }
            index += 1
        }
        return false
    }

    private static func isSeparator(_ value: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch value[index] {
        case 0x20, 0x09: return true
        case 0x0D: return !(index + 1 < value.count && value[index + 1] == 0x0A)
        case 0x0A: return !(index > 0 && value[index - 1] == 0x0D)
        default: return false
        }
    }
}
