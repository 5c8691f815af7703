import Foundation
import LibXML

/// The address a saved page came from, when the page says so (`<base href>`, a canonical link,
/// `og:url`, a browser's "saved from url" comment) or the pack definition gives one; relative links
/// are resolved against it (RFC 3986 §5.2), else kept as written.
struct PageAddress: Equatable {
    /// The absolute address, or nil when unknown.
    let base: String?

    /// Finds the address in the page's head and leading comments; `fallback` (an importer option)
    /// is used when the page names none.
    static func find(in head: HeadInfo, fallback: String?) -> PageAddress {
        for candidate in [head.canonical, head.ogURL, head.savedFrom, fallback].compactMap({ $0 }) where isAbsolute(candidate) {
            if let base = head.baseHref {
                return PageAddress(base: resolve(base, against: candidate))
            }
            return PageAddress(base: candidate)
        }
        if let base = head.baseHref, isAbsolute(base) { return PageAddress(base: base) }
        return PageAddress(base: nil)
    }

    /// `href` resolved against the page address, or as written when there is none.
    func resolve(_ href: String) -> String {
        guard let base else { return href }
        return PageAddress.resolve(href, against: base)
    }

    /// Whether a reference has a scheme (`https:`, `mailto:`).
    static func isAbsolute(_ reference: String) -> Bool {
        guard let colon = reference.firstIndex(of: ":"), colon != reference.startIndex else { return false }
        let scheme = reference[..<colon]
        return scheme.first?.isLetter == true && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }

    /// RFC 3986 reference resolution (without percent-encoding anything: hrefs stay as written).
    static func resolve(_ reference: String, against base: String) -> String {
        if isAbsolute(reference) { return reference }
        let parts = Parts(base)
        if reference.hasPrefix("//") { return parts.scheme + ":" + reference }
        if reference.isEmpty { return parts.withoutFragment }
        if reference.hasPrefix("#") { return parts.withoutFragment + reference }
        let authority = parts.scheme + "://" + parts.authority
        if reference.hasPrefix("?") { return authority + parts.path + reference }
        var referencePath = Substring(reference)
        var tail = ""
        if let cut = reference.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            referencePath = reference[..<cut]
            tail = String(reference[cut...])
        }
        let merged: String
        if referencePath.hasPrefix("/") {
            merged = String(referencePath)
        } else if let slash = parts.path.lastIndex(of: "/") {
            merged = String(parts.path[...slash]) + referencePath
        } else {
            merged = "/" + referencePath
        }
        return authority + removeDotSegments(merged) + tail
    }

    /// Removes `.` and `..` segments from a path.
    static func removeDotSegments(_ path: String) -> String {
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if output.count > 1 { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        var result = output.joined(separator: "/")
        if !result.hasPrefix("/") { result = "/" + result }
        return result
    }

    /// The pieces of an absolute address.
    private struct Parts {
        var scheme = ""
        var authority = ""
        var path = "/"
        var withoutFragment: String

        init(_ address: String) {
            let noFragment = address.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? address
            withoutFragment = noFragment
            guard let colon = noFragment.firstIndex(of: ":") else { return }
            scheme = String(noFragment[..<colon])
            var rest = noFragment[noFragment.index(after: colon)...]
            if rest.hasPrefix("//") {
                rest = rest.dropFirst(2)
                let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
                authority = String(rest[..<end])
                rest = rest[end...]
            }
            let pathEnd = rest.firstIndex(of: "?") ?? rest.endIndex
            path = rest[..<pathEnd].isEmpty ? "/" : String(rest[..<pathEnd])
        }
    }
}

/// What the page's `<head>` (and the comments before it) say about the page.
struct HeadInfo {
    /// The `<title>` text.
    var title: String?
    /// `<base href>`.
    var baseHref: String?
    /// `<link rel="canonical">`.
    var canonical: String?
    /// `<meta property="og:url">`.
    var ogURL: String?
    /// A browser's `<!-- saved from url=(0064)https://… -->` mark.
    var savedFrom: String?

    /// Reads the head (one pass over its children) and the document's leading comments.
    init(document: HTMLDocument) {
        for node in document.topLevelNodes where node.isComment {
            if let text = node.ownText, let address = HeadInfo.savedFromAddress(text) { savedFrom = address }
        }
        guard let root = document.root else { return }
        var head: XMLNode?
        var child = root.firstChild
        while let current = child {
            if current.isComment, savedFrom == nil, let text = current.ownText { savedFrom = HeadInfo.savedFromAddress(text) }
            if current.isElement("head") { head = current; break }
            if current.isElement("body") { break }
            child = current.nextSibling
        }
        guard let head else { return }
        var element = head.firstChild
        while let node = element {
            defer { element = node.nextSibling }
            if node.isComment, savedFrom == nil, let text = node.ownText { savedFrom = HeadInfo.savedFromAddress(text) }
            guard node.isElement else { continue }
            if node.isElement("title"), title == nil {
                let text = HTMLText.normalize(node.textContent)
                title = text.isEmpty ? nil : text
            } else if node.isElement("base"), baseHref == nil {
                baseHref = node.attribute("href").map(HTMLText.normalize)
            } else if node.isElement("link"), canonical == nil,
                      node.attribute("rel")?.lowercased().split(separator: " ").contains("canonical") == true {
                canonical = node.attribute("href").map(HTMLText.normalize)
            } else if node.isElement("meta"), ogURL == nil,
                      (node.attribute("property") ?? node.attribute("name"))?.lowercased() == "og:url" {
                ogURL = node.attribute("content").map(HTMLText.normalize)
            }
        }
    }

    /// "saved from url=(0064)https://example/…" → the address.
    static func savedFromAddress(_ comment: String) -> String? {
        guard let range = comment.range(of: "saved from url=") else { return nil }
        var rest = comment[range.upperBound...]
        if rest.first == "(", let close = rest.firstIndex(of: ")") { rest = rest[rest.index(after: close)...] }
        let address = rest.prefix { !$0.isWhitespace }
        return address.isEmpty ? nil : String(address)
    }
}
