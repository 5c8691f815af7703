import CLibXML2

/// XPath 1.0 selection over a document, returning nodes that live as long as the document.
enum XPath {
    static func select(_ expression: String, in document: xmlDocPtr, from context: XMLNode?, namespaces: [String: String] = [:]) -> [XMLNode] {
        guard let xpathContext = xmlXPathNewContext(document) else { return [] }
        defer { xmlXPathFreeContext(xpathContext) }
        for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) {
            xmlXPathRegisterNs(xpathContext, prefix, uri)
        }
        if let context { xpathContext.pointee.node = context.pointer }
        guard let result = xmlXPathEvalExpression(expression, xpathContext) else { return [] }
        defer { xmlXPathFreeObject(result) }
        let count = clibxml2_nodeset_count(result)
        var nodes: [XMLNode] = []
        nodes.reserveCapacity(Int(count))
        for index in 0..<count {
            if let node = clibxml2_nodeset_item(result, index) { nodes.append(XMLNode(node)) }
        }
        return nodes
    }
}
