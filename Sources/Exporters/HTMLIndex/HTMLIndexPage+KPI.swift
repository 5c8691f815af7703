import EvidenceModel

/// The KPI section: a latest-value table LAIT-style (each KPI item's indicator, period, the authority,
/// England, the region, the neighbours' average, the rank and quartile among all authorities, the change
/// since the previous period), then one view per KPI item with data, titled with the item.
extension HTMLIndexPage {
    /// The KPI items that have a benchmark, in pack order.
    var benchmarkedItems: [(item: EvidenceItem, kpi: KPIBenchmark)] {
        bundle.items.compactMap { item in item.kpi.map { (item, $0) } }
    }

    func kpis() -> String {
        var html = "<section aria-labelledby=\"kpis\">\n<h2 id=\"kpis\">Key performance indicators</h2>\n"
        let items = benchmarkedItems
        let hasKPITables = bundle.records.contains { $0.table?.kind == .kpi }
        guard !items.isEmpty || hasKPITables else {
            return html + "<p>No KPI tables were imported.</p>\n</section>\n"
        }
        if items.isEmpty {
            html += "<p>No KPI item of the pack found its indicator for the authority in the KPI tables.</p>\n"
        } else {
            html += latestValueTable(items)
            let renderer = KPIChartRenderer()
            for (index, entry) in items.enumerated() {
                html += itemView(entry.item, entry.kpi, id: "kpi-\(index + 1)", renderer: renderer)
            }
        }
        html += itemsWithoutData()
        if chartsOtherIndicators { html += otherIndicatorCharts(excluding: Set(items.map(\.kpi.indicator))) }
        html += "</section>\n"
        return html
    }

    // MARK: latest-value table

    /// Whether any benchmark carries a council target or RAG rating (the column is left out otherwise).
    func hasTargets(_ items: [(item: EvidenceItem, kpi: KPIBenchmark)]) -> Bool {
        items.contains { $0.kpi.target != nil || $0.kpi.rating != nil }
    }

    /// The LAIT-style table: one row per KPI item with data.
    func latestValueTable(_ items: [(item: EvidenceItem, kpi: KPIBenchmark)]) -> String {
        let targets = hasTargets(items)
        var html = "<table class=\"kpi-latest\">\n<caption>Latest values beside England, the region and the statistical neighbours. "
        html += "Rank: among every local authority in the source with a number (1 is the best where the pack says which end is good, else the highest value; tied authorities share a rank). "
        html += "Suppressed values are shown as their symbol.</caption>\n<thead><tr>"
        var headings = ["Indicator", "Period", "Authority", "England", "Region", "Neighbour average", "Rank", "Quartile", "Change since previous"]
        if targets { headings.append("Target and rating") }
        for heading in headings { html += "<th scope=\"col\">\(heading)</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for (index, entry) in items.enumerated() { html += latestValueRow(entry.item, entry.kpi, id: "kpi-\(index + 1)", targets: targets) }
        return html + "</tbody>\n</table>\n"
    }

    func latestValueRow(_ item: EvidenceItem, _ kpi: KPIBenchmark, id: String, targets: Bool) -> String {
        var html = "<tr data-item=\"\(HTMLText.escape(item.id))\"><th scope=\"row\"><a href=\"#\(id)\">\(HTMLText.escape(item.title))</a>"
        html += "<span class=\"item-meta\"><code>\(HTMLText.escape(kpi.indicator))</code></span></th>"
        html += "<td>\(HTMLText.escape(kpi.period.label))</td>"
        html += valueCell(kpi.value, unit: kpi.unit, cssClass: "authority")
        html += valueCell(kpi.england?.value, unit: kpi.unit, cssClass: "england")
        html += valueCell(kpi.region?.value, unit: kpi.unit, cssClass: "region", title: kpi.region?.name)
        html += neighbourAverageCell(kpi)
        html += rankCell(kpi)
        html += quartileCell(kpi)
        html += changeCell(kpi)
        if targets { html += targetCell(kpi) }
        return html + "</tr>\n"
    }

    /// A value cell: the number in its unit, a suppression symbol as such, or a dash for no row.
    func valueCell(_ value: ObservedValue?, unit: MeasureUnit, cssClass: String, title: String? = nil) -> String {
        let titleAttribute = title.map { " title=\"\(HTMLText.escape($0))\"" } ?? ""
        switch value {
        case .number(let number)?:
            return "<td class=\"number \(cssClass)\"\(titleAttribute)>\(HTMLText.escape(HTMLText.value(number, unit: unit)))</td>"
        case .suppressed(let symbol)?:
            return "<td class=\"number suppressed \(cssClass)\" title=\"suppressed\">\(HTMLText.escape(symbol))</td>"
        case nil:
            return "<td class=\"number none \(cssClass)\">–</td>"
        }
    }

    /// The neighbours' average to one decimal, with how many and their range; a dash without numbers.
    func neighbourAverageCell(_ kpi: KPIBenchmark) -> String {
        guard let average = kpi.neighbourAverage, let count = kpi.neighbourCount else {
            let why = kpi.neighbours.isEmpty ? "no statistical neighbour in the data" : "no neighbour has a number"
            return "<td class=\"number none neighbours\" title=\"\(why)\">–</td>"
        }
        // One neighbour's figure is shown as published; an average of several to one decimal place.
        let shown = count == 1 ? HTMLText.value(average, unit: kpi.unit) : Self.decimal(average, unit: kpi.unit)
        var html = "<td class=\"number neighbours\">\(HTMLText.escape(shown))"
        var detail = "\(count) of \(kpi.neighbours.count) neighbour\(kpi.neighbours.count == 1 ? "" : "s")"
        if count > 1, let low = kpi.neighbourMinimum, let high = kpi.neighbourMaximum {
            detail += ", \(HTMLText.value(low, unit: kpi.unit)) to \(HTMLText.value(high, unit: kpi.unit))"
        }
        html += "<span class=\"item-meta\">\(HTMLText.escape(detail))</span></td>"
        return html
    }

    /// `12 of 152`; a dash when the authority's value is not a number or no ranking is known.
    func rankCell(_ kpi: KPIBenchmark) -> String {
        guard let rank = kpi.rank, let ranked = kpi.rankedAuthorities else { return "<td class=\"number none rank\">–</td>" }
        return "<td class=\"number rank\">\(rank) of \(ranked)</td>"
    }

    /// The quartile, and which end quartile 1 is.
    func quartileCell(_ kpi: KPIBenchmark) -> String {
        guard let quartile = kpi.quartile else { return "<td class=\"none quartile\">–</td>" }
        let meaning = switch kpi.better {
        case .higher?: "1 = best (higher is better)"
        case .lower?: "1 = best (lower is better)"
        case nil: "1 = highest values"
        }
        return "<td class=\"quartile\" data-quartile=\"\(quartile)\">\(quartile)<span class=\"item-meta\">\(meaning)</span></td>"
    }

    /// The change since the previous period, signed, with whether it is better or worse where the pack says.
    func changeCell(_ kpi: KPIBenchmark) -> String {
        guard let previous = kpi.previousPeriod else { return "<td class=\"none change\">no previous period</td>" }
        guard let change = kpi.change else {
            return "<td class=\"none change\">not comparable with \(HTMLText.escape(previous.label)) (a value is suppressed)</td>"
        }
        let sign = change > 0 ? "+" : change < 0 ? "−" : "±"
        let amount = kpi.unit == .percent ? HTMLText.number(abs(change)) + " points" : HTMLText.value(abs(change), unit: kpi.unit)
        var verdict = ""
        if let better = kpi.better, change != 0 {
            verdict = (change > 0) == (better == .higher) ? " (better)" : " (worse)"
        }
        return "<td class=\"change\">\(sign)\(HTMLText.escape(amount))\(verdict)<span class=\"item-meta\">since \(HTMLText.escape(previous.label))</span></td>"
    }

    /// The council's target and RAG rating, from its own KPI file.
    func targetCell(_ kpi: KPIBenchmark) -> String {
        let parts = [kpi.target.map { "target \(HTMLText.value($0, unit: kpi.unit))" }, kpi.rating].compactMap { $0 }
        guard !parts.isEmpty else { return "<td class=\"none target\">–</td>" }
        return "<td class=\"target\">\(HTMLText.escape(parts.joined(separator: ", ")))</td>"
    }

    /// A computed figure (an average) to one decimal place, in its unit.
    static func decimal(_ value: Double, unit: MeasureUnit) -> String {
        let text = HTMLText.fixed(value, decimals: 1)
        switch unit {
        case .percent: return text + "%"
        case .ratePer10000: return text + " per 10,000"
        case .money: return "£" + text
        case .days: return text + " days"
        case .months: return text + " months"
        case .count, .ratio, .other: return text
        }
    }

    // MARK: one view per KPI item

    func itemView(_ item: EvidenceItem, _ kpi: KPIBenchmark, id: String, renderer: KPIChartRenderer) -> String {
        let chart = KPIItemChartBuilder().chart(for: kpi, records: bundle.records)
        var html = "<figure class=\"kpi\" id=\"\(id)\" data-item=\"\(HTMLText.escape(item.id))\" data-indicator=\"\(HTMLText.escape(kpi.indicator))\">\n"
        html += "<h3>\(HTMLText.escape(item.title))</h3>\n"
        html += "<p class=\"source\">Indicator <code>\(HTMLText.escape(kpi.indicator))</code> from <code>\(HTMLText.escape(kpi.source))</code> · \(HTMLText.escape(HTMLText.unitName(kpi.unit)))</p>\n"
        if chart.isCount {
            html += "<p class=\"note\">A count: the chart shows the authority's own series; England's, the region's and the neighbours' figures are on another scale and are in the table.</p>\n"
        }
        if chart.hasNumbers {
            html += renderer.svg(chart, id: id, title: "\(item.title): " + chart.plotted.map(\.name).joined(separator: ", ")) + "\n"
        } else {
            html += "<p class=\"none\">Every value is suppressed or missing: nothing to draw.</p>\n"
        }
        html += legend(chart)
        html += dataTable(chart)
        return html + "</figure>\n"
    }

    /// The other items of the sections KPI items with data belong to: KPI items the inputs hold no
    /// figure of the authority for.
    func itemsWithoutData() -> String {
        let sections = Set(benchmarkedItems.map(\.item.section))
        let missing = bundle.items.filter { sections.contains($0.section) && $0.kpi == nil }
        guard !missing.isEmpty else { return "" }
        var html = "<h3 id=\"kpis-without-data\">KPI items without data</h3>\n<ul class=\"kpi-missing\">"
        for item in missing {
            html += "<li><a href=\"#\(HTMLText.anchor("item", item.id))\">\(HTMLText.escape(item.title))</a>: \(HTMLText.escape(item.reason))</li>"
        }
        return html + "</ul>\n"
    }

    /// The chart's legend (every series in the table, drawn or not) and notes.
    func legend(_ chart: KPIChartData) -> String {
        var html = "<figcaption><ul class=\"legend\">"
        let plotted = chart.plotted
        for (series, index) in KPIChartRenderer.styled(chart.series) where plotted.contains(series) {
            let style = KPIChartRenderer.style(series.role, index: index)
            html += "<li class=\"\(series.role.rawValue)\"><svg width=\"28\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" y1=\"5\" x2=\"28\" y2=\"5\" stroke=\"\(style.colour)\" stroke-width=\"3\"\(style.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/></svg> "
            html += "\(HTMLText.escape(series.name)) <span class=\"role\">(\(style.label))</span></li>"
        }
        if !chart.isCount, chart.neighbourRange.contains(where: { $0 != nil }) {
            html += "<li class=\"band\"><svg width=\"28\" height=\"10\" aria-hidden=\"true\"><rect width=\"28\" height=\"10\" fill=\"#00703c\" fill-opacity=\"0.15\"/></svg> range of the statistical neighbours</li>"
        }
        html += "</ul>"
        if chart.regionUnknown {
            html += "<p class=\"note\">The authority's region is not known from the data: set the html-index exporter's <code>region</code> option to compare with it.</p>"
        }
        html += "</figcaption>\n"
        return html
    }

    /// The values as a table, for anyone who cannot see the chart (and for exact figures): folded away
    /// on screen, and printed under the chart (a closed `<details>` does not print, hence the copy).
    func dataTable(_ chart: KPIChartData) -> String {
        let table = valuesTable(chart)
        return "<details><summary>Values</summary>\n\(table)</details>\n"
            + table.replacingOccurrences(of: "<table class=\"values\">", with: "<table class=\"values print-only\">")
    }

    /// Every series (plotted or not) by period.
    func valuesTable(_ chart: KPIChartData) -> String {
        var html = "<table class=\"values\">\n<thead><tr><th scope=\"col\">Period</th>"
        for series in chart.series { html += "<th scope=\"col\">\(HTMLText.escape(series.name))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for (index, period) in chart.periods.enumerated() {
            html += "<tr><th scope=\"row\">\(HTMLText.escape(period.label))</th>"
            for series in chart.series {
                if series.role == .neighbourAverage, let number = series.values[index]?.number {
                    html += "<td class=\"number\">\(HTMLText.escape(Self.decimal(number, unit: chart.unit)))</td>"
                } else {
                    html += valueCell(series.values[index], unit: chart.unit, cssClass: series.role.rawValue)
                }
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        return html
    }

    // MARK: other indicators (opt-in)

    /// A chart per indicator no KPI item matched (exporter option `otherIndicators: chart`).
    func otherIndicatorCharts(excluding matched: Set<String>) -> String {
        let charts = KPISeriesBuilder(authority: bundle.authority, regionHint: regionHint).charts(for: bundle.records)
            .filter { !matched.contains($0.indicator) }
        guard !charts.isEmpty else { return "" }
        var html = "<h3 id=\"kpis-other\">Other indicators in the KPI files</h3>\n"
        let renderer = KPIChartRenderer()
        for (index, chart) in charts.enumerated() {
            let id = "kpi-other-\(index + 1)"
            html += "<figure class=\"kpi other\" id=\"\(id)\" data-indicator=\"\(HTMLText.escape(chart.indicator))\">\n"
            html += "<h4>\(HTMLText.escape(chart.indicator))</h4>\n"
            if !chart.tableTitles.isEmpty {
                html += "<p class=\"source\">From \(HTMLText.escape(chart.tableTitles.joined(separator: "; "))) · \(HTMLText.escape(HTMLText.unitName(chart.unit)))</p>\n"
            }
            if chart.hasNumbers {
                html += renderer.svg(chart, id: id, title: "\(chart.indicator): " + chart.plotted.map(\.name).joined(separator: ", ")) + "\n"
            } else {
                html += "<p class=\"none\">Every value is suppressed or missing: nothing to draw.</p>\n"
            }
            html += legend(chart)
            html += dataTable(chart)
            html += "</figure>\n"
        }
        return html
    }
}
