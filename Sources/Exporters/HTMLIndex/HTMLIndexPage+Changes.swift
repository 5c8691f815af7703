import EvidenceModel

/// The index's "what changed since the previous build" section.
extension HTMLIndexPage {
    /// Items whose status changed, input files added, removed or changed, Annex A findings new and
    /// fixed, KPI figures that moved and errors new and fixed, since the pack this build replaced.
    func changesSection() -> String {
        guard let changes = bundle.changes else { return "" }
        var html = "<section aria-labelledby=\"changes\">\n<h2 id=\"changes\">Changes since the previous build</h2>\n"
        guard changes.previousPackFound else {
            return html + "<p>None to show: there is no previous pack to compare with.</p>\n</section>\n"
        }
        if let date = changes.previousReferenceDate {
            html += "<p>Compared with the pack it replaced (reference date <time datetime=\"\(date.iso8601)\">\(HTMLText.longDate(date))</time>).</p>\n"
        }
        guard !changes.isEmpty else { return html + "<p>None.</p>\n</section>\n" }
        if changes.hasNewProblems { html += "<p class=\"verdict incomplete\">Something got worse.</p>\n" }
        var entries: [String] = changes.items.map { change in
            "\(badge(change.to)) <a href=\"#\(HTMLText.anchor("item", change.id))\">\(HTMLText.escape(change.title))</a> <code>\(HTMLText.escape(change.id))</code>: "
                + "\(HTMLText.escape(change.from?.words ?? "new item")) → \(HTMLText.escape(change.to.words))\(change.worsened ? " (worse)" : "")"
        }
        entries += changes.evidence.map { change in
            "File \(change.change.rawValue): <code>\(HTMLText.escape(change.path))</code>"
        }
        entries += changes.annexA.map { "Annex A list \($0.list): \($0.new) new finding\($0.new == 1 ? "" : "s"), \($0.fixed) fixed" }
        entries += changes.kpis.map { HTMLText.escape("KPI moved: \($0.indicator), \($0.period), \($0.area): \($0.before) → \($0.after)") }
        if changes.newErrors > 0 || changes.fixedErrors > 0 { entries.append("Errors: \(changes.newErrors) new, \(changes.fixedErrors) fixed") }
        return html + limitedList(entries, cssClass: "changes") + "</section>\n"
    }
}
