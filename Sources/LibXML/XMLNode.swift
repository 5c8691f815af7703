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
