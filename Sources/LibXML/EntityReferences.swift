import CLibXML2

/// Removes entity reference nodes from a parsed XML tree (elements and attribute values).
enum EntityReferences {
    /// Unlinks and frees every entity reference node; returns how many there were. Iterative, so
    /// nesting depth cannot exhaust the stack.
    static func dropAll(in document: xmlDocPtr) -> Int {
        guard let root = xmlDocGetRootElement(document) else { return 0 }
        var removed = 0
        var elements: [xmlNodePtr] = [root]
        while let element = elements.popLast() {
            removed += dropReferences(amongChildrenOf: element, elements: &elements)
            var attribute = element.pointee.properties
            while let current = attribute {
                var child = current.pointee.children
                while let node = child {
                    child = node.pointee.next
                    if node.pointee.type == XML_ENTITY_REF_NODE {
                        xmlUnlinkNode(node)
                        xmlFreeNode(node)
                        removed += 1
                    }
                }
                attribute = current.pointee.next
            }
        }
        return removed
    }

    /// Drops the entity references directly under `parent`, queueing its child elements.
    private static func dropReferences(amongChildrenOf parent: xmlNodePtr, elements: inout [xmlNodePtr]) -> Int {
        var removed = 0
        var child = parent.pointee.children
        while let node = child {
            child = node.pointee.next
            if node.pointee.type == XML_ENTITY_REF_NODE {
                // The reference's children belong to the entity declaration: xmlFreeNode leaves them.
                xmlUnlinkNode(node)
                xmlFreeNode(node)
                removed += 1
            } else if node.pointee.type == XML_ELEMENT_NODE {
                elements.append(node)
            }
        }
        return removed
    }
}
