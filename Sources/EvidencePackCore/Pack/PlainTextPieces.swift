import EvidenceModel

extension Document {
    /// Whether `body` holds for any piece of the document's plain text, in order, stopping at the
    /// first that does. The pieces are what `plainText` joins with line feeds (each block's text,
    /// table rows, item titles), so a word without a line feed is in `plainText` exactly when it is
    /// in one piece: the item rules search the body text piece by piece instead of joining a copy
    /// of it for each rule.
    func containsPlainTextPiece(where body: (String) -> Bool) -> Bool {
        for block in blocks where block.containsPlainTextPiece(where: body) { return true }
        for item in items {
            if body(item.title) { return true }
            for blocks in [item.description, item.minutes, item.decisions] {
                for block in blocks where block.containsPlainTextPiece(where: body) { return true }
            }
        }
        return false
    }
}

extension Block {
    /// The pieces `plainText` joins with line feeds: the text, each row's cells joined with a space,
    /// the children's pieces; one empty piece when there is none of those (as `plainText` is then empty).
    func containsPlainTextPiece(where body: (String) -> Bool) -> Bool {
        var any = false
        if let text {
            any = true
            if body(text) { return true }
        }
        if let rows {
            for row in rows {
                any = true
                if body(row.joined(separator: " ")) { return true }
            }
        }
        if let children {
            for child in children {
                any = true
                if child.containsPlainTextPiece(where: body) { return true }
            }
        }
        return any ? false : body("")
    }
}
