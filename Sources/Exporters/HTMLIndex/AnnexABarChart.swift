import EvidenceModel

/// Draws an Annex A figure as a small inline SVG horizontal bar chart (no scripts): one bar per
/// category, in the KPI charts' colours and type. A count the small-number rule hides ("fewer than 5",
/// "not shown") gets no bar, only its words, and the scale is set by the shown counts alone, so no
/// bar's length gives a hidden count away.
struct AnnexABarChart {
    var width = 640.0
    var labelWidth = 250.0
    var barHeight = 18.0
    var gap = 6.0
    var marginTop = 8.0
    var marginRight = 96.0

    /// The longest label drawn in full; longer ones are cut with "…" (the table has them whole).
    static let labelLimit = 38

    /// The `<svg>` element; `id` makes its title and description referable.
    func svg(_ figure: AnnexAFigure, id: String, title: String) -> String {
        let counts = figure.bars.map(\.count)
        let shown = SmallCount.shown(counts)
        let visible = counts.indices.filter { shown[$0] == String(counts[$0]) }
        let maximum = max(1, visible.map { counts[$0] }.max() ?? 1)
        let plotWidth = width - labelWidth - marginRight
        let height = marginTop * 2 + Double(figure.bars.count) * (barHeight + gap)
        var out = "<svg class=\"chart bars\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\""
        out += " width=\"\(f(width))\" height=\"\(f(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">\n"
        out += "<title id=\"\(id)-title\">\(HTMLText.escape(title))</title>\n"
        out += "<desc id=\"\(id)-desc\">Bar chart of \(figure.bars.count) categor\(figure.bars.count == 1 ? "y" : "ies"); the values are in the table beside it.</desc>\n"
        out += "<line class=\"baseline\" x1=\"\(f(labelWidth))\" y1=\"\(f(marginTop))\" x2=\"\(f(labelWidth))\" y2=\"\(f(height - marginTop))\"/>\n"
        for (index, bar) in figure.bars.enumerated() {
            let y = marginTop + Double(index) * (barHeight + gap)
            let label = bar.label.count > Self.labelLimit ? String(bar.label.prefix(Self.labelLimit - 1)) + "…" : bar.label
            out += "<text class=\"axis\" x=\"\(f(labelWidth - 6))\" y=\"\(f(y + barHeight - 5))\" text-anchor=\"end\">\(HTMLText.escape(label))</text>\n"
            let text = shown[index]
            if visible.contains(index) {
                let length = plotWidth * Double(bar.count) / Double(maximum)
                out += "<rect class=\"bar\" x=\"\(f(labelWidth))\" y=\"\(f(y))\" width=\"\(f(length))\" height=\"\(f(barHeight))\" fill=\"#1d70b8\">"
                out += "<title>\(HTMLText.escape("\(bar.label): \(text)"))</title></rect>\n"
                out += "<text class=\"axis\" x=\"\(f(labelWidth + length + 4))\" y=\"\(f(y + barHeight - 5))\">\(HTMLText.escape(HTMLText.number(Double(bar.count))))</text>\n"
            } else {
                out += "<text class=\"axis hidden-count\" x=\"\(f(labelWidth + 4))\" y=\"\(f(y + barHeight - 5))\">\(HTMLText.escape(text))</text>\n"
            }
        }
        out += "</svg>"
        return out
    }

    /// Coordinates with at most one decimal, so output bytes never depend on float noise.
    private func f(_ value: Double) -> String {
        HTMLText.fixed(value, decimals: 1, grouping: false)
    }
}
