import EvidenceModel

/// The Annex A analysis (ChAT-style): the links to the Annex A outputs, the cross-list figure, then a
/// section per list with each figure drawn as bars beside its data table. Every count of 1 to 4 is
/// "fewer than 5" (`SmallCount`); the figures are aggregates, never a child's identifier.
extension HTMLIndexPage {
    /// The links to the workbook, the validation report and the list CSVs; "" without the Annex A exporter.
    func annexAFileLinks() -> String {
        guard let files = annexAAnalysis?.files else { return "" }
        func link(_ path: String, _ words: String) -> String {
            "<a href=\"\(HTMLText.escape(HTMLText.href(forPayloadPath: path, prefix: linkPrefix)))\">\(HTMLText.escape(words))</a>"
        }
        var html = "<p class=\"annex-a-files\">The lists in the template's shape: \(link(files.workbook, "the Annex A workbook")) "
        html += "(\(HTMLText.escape(files.workbook))) and \(link(files.validationReport, "the validation report")); one CSV per list: "
        html += files.listCSVs.sorted { $0.key < $1.key }.map { link($0.value, "List \($0.key)") }.joined(separator: ", ")
        return html + ".</p>\n"
    }

    /// The analysis section; "" when the Annex A exporter did not run or no list has rows.
    func annexAAnalysisSection() -> String {
        guard let analysis = annexAAnalysis, analysis.lists.contains(where: { $0.rows > 0 }) else { return "" }
        var html = "<section aria-labelledby=\"annex-a-analysis\">\n<h2 id=\"annex-a-analysis\">Annex A analysis</h2>\n"
        html += "<p>Figures worked out from the validated rows of each list, in the manner of Data to Insight's ChAT tool: aggregates only; the child-level rows are in the Annex A workbook and CSVs.</p>\n"
        html += "<ul class=\"notes\">"
        for note in analysis.notes { html += "<li>\(HTMLText.escape(note))</li>" }
        html += "</ul>\n"
        if let figure = analysis.childrenByListCount {
            html += figureView(figure, id: "annex-a-lists-per-child", of: "children")
        }
        for list in analysis.lists where list.rows > 0 {
            let anchor = "annex-a-list-\(list.list)"
            html += "<section class=\"annex-a-list\" aria-labelledby=\"\(anchor)\" data-list=\"\(list.list)\">\n"
            html += "<h3 id=\"\(anchor)\">\(HTMLText.escape(list.title))</h3>\n<p class=\"list-totals\">"
            html += "Rows: <span class=\"rows\">\(HTMLText.escape(HTMLText.count(list.rows)))</span>"
            if let children = list.children { html += "; children: <span class=\"children\">\(HTMLText.escape(HTMLText.count(children)))</span>" }
            if let csv = analysis.files.listCSVs[list.list] {
                html += " · <a href=\"\(HTMLText.escape(HTMLText.href(forPayloadPath: csv, prefix: linkPrefix)))\">the list's CSV</a>"
            }
            html += "</p>\n"
            for figure in list.figures {
                let of = figure.id == "repeat" || figure.id == "other-lists" ? "children" : "rows"
                html += figureView(figure, id: "\(anchor)-\(figure.id)", of: of)
            }
            html += "</section>\n"
        }
        return html + "</section>\n"
    }

    /// One figure: its title and basis, the bar chart, and the data table with each count's share.
    func figureView(_ figure: AnnexAFigure, id: String, of unit: String) -> String {
        var html = "<figure class=\"annex-a-figure\" id=\"\(id)\" data-figure=\"\(HTMLText.escape(figure.id))\">\n"
        html += "<h4>\(HTMLText.escape(figure.title))</h4>\n<p class=\"source\">\(HTMLText.escape(figure.basis))</p>\n"
        guard !figure.bars.isEmpty else { return html + "<p class=\"none\">No rows to count.</p>\n</figure>\n" }
        html += "<div class=\"figure-body\">"
        html += AnnexABarChart().svg(figure, id: id, title: figure.title) + "\n"
        let counts = figure.bars.map(\.count), shown = SmallCount.shown(counts), total = figure.total
        html += "<table class=\"values annex-a-values\">\n<thead><tr><th scope=\"col\">Category</th><th scope=\"col\">\(unit == "children" ? "Children" : "Rows")</th><th scope=\"col\">Share</th></tr></thead>\n<tbody>\n"
        for (index, bar) in figure.bars.enumerated() {
            let hidden = shown[index] != String(bar.count)
            let share = hidden || total == 0 || SmallCount.isSuppressed(total) ? "–" : HTMLText.fixed(Double(bar.count) * 100 / Double(total), decimals: 1) + "%"
            html += "<tr><th scope=\"row\">\(HTMLText.escape(bar.label))</th><td class=\"number\(hidden ? " suppressed" : "")\">\(HTMLText.escape(hidden ? shown[index] : HTMLText.number(Double(bar.count))))</td><td class=\"number\">\(share)</td></tr>\n"
        }
        html += "</tbody>\n</table>\n</div>\n"
        return html + "</figure>\n"
    }
}
