import EvidenceModel

/// The numbers a document's prose states ("501 contacts", "87%", "£4.2m", "seven complaints"), read
/// by the minutes reader's rules. Public so that every reader of council pages finds the same facts in
/// the same words: a page saved as HTML and its text rendering must agree.
public enum StatedFacts {
    /// Every fact in the document's blocks and its agenda items' description, minutes and decisions.
    public static func facts(of document: Document) -> [Fact] {
        FactCollector.facts(of: document)
    }
}
