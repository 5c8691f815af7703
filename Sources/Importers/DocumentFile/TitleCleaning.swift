/// Decides whether a title from a document's metadata says what the document is. Many do not: Word
/// fills in "Document1", PowerPoint "PowerPoint Presentation", PDF printers "Microsoft Word - SEF_v3.docx".
enum TitleCleaning {
    /// Prefixes that PDF printers put before the original file name.
    static let printerPrefixes = ["microsoft word - ", "microsoft powerpoint - ", "microsoft excel - ", "microsoft word-"]

    /// Titles that name no document.
    static let placeholders: Set<String> = [
        "untitled", "title", "no title", "document", "powerpoint presentation", "presentation", "slide 1",
        "microsoft word document", "word document", "blank", "template", "normal", "report", "draft", "pdf",
        "click here to enter text.", "insert title here", "title of document", "[title]", "doc",
    ]

    static let fileExtensions: Set<String> = ["doc", "docx", "docm", "dot", "dotx", "odt", "pdf", "rtf", "xls", "xlsx", "ppt", "pptx", "odp", "ods", "txt"]

    /// A usable title from metadata, or nil when the metadata title is a placeholder.
    static func usable(_ raw: String?) -> String? {
        guard var title = raw?.collapsingWhitespace, !title.isEmpty else { return nil }
        for prefix in printerPrefixes where title.lowercased().hasPrefix(prefix) {
            title = String(title.dropFirst(prefix.count))
        }
        // A file name (`SEF_v3.docx`, `C:\Users\...\SEF.doc`) stands in for a title: clean it as one.
        let lastComponent = title.split(whereSeparator: { $0 == "\\" || $0 == "/" }).last.map(String.init) ?? title
        if let dot = lastComponent.lastIndex(of: "."), fileExtensions.contains(lastComponent[lastComponent.index(after: dot)...].lowercased()) {
            title = FileNameReading.title(fromPath: lastComponent)
        }
        let lower = title.lowercased()
        if placeholders.contains(lower) { return nil }
        if lower.hasPrefix("document") || lower.hasPrefix("presentation"), lower.dropFirst(lower.hasPrefix("document") ? 8 : 12).allSatisfy({ $0.isNumber || $0 == " " }) {
            return nil
        }
        if lower.hasPrefix("slide "), lower.dropFirst(6).allSatisfy(\.isNumber) { return nil }
        guard title.contains(where: \.isLetter), title.count >= 3 || title.allSatisfy({ $0.isUppercase }) else { return nil }
        return title
    }

    /// Author names software fills in when nobody is named.
    static let placeholderAuthors: Set<String> = ["administrator", "admin", "user", "windows user", "microsoft office user", "owner", "author", "unknown"]

    /// The author as given, or nil when it is a placeholder.
    static func usableAuthor(_ raw: String?) -> String? {
        guard let author = raw?.collapsingWhitespace, !author.isEmpty, !placeholderAuthors.contains(author.lowercased()) else { return nil }
        return author
    }
}
