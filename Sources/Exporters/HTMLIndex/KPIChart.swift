import EvidenceModel

/// Draws a `KPIChartData` as a small inline SVG line chart (no scripts, no external resources):
/// one line per plotted series, a dot per value with a tooltip, suppressed values left as gaps, the
/// neighbours' range as a band. Counts start the axis at zero; rates and percentages get an axis
/// fitted to their values, so a 320-against-345 gap shows.
struct KPIChartRenderer {
    var width = 640.0
    var height = 240.0
    var marginLeft = 64.0
    var marginRight = 16.0
    var marginTop = 16.0
    var marginBottom = 40.0

    /// Colours of single neighbours' lines, in order.
    static let neighbourColours = ["#00703c", "#4c2c92", "#b58840"]

    /// How each series is drawn: colour-blind safe colours, told apart by dash and marker too;
    /// `index` tells single neighbours apart.
    static func style(_ role: KPIChartData.Series.Role, index: Int = 0) -> (colour: String, dash: String?, label: String) {
        switch role {
        case .authority: ("#1d70b8", nil, "authority")
        case .england: ("#505a5f", "6 4", "England")
        case .region: ("#d4351c", "2 3", "region")
        case .neighbour: (neighbourColours[index % neighbourColours.count], "8 3 2 3", "statistical neighbour")
        case .neighbourAverage: ("#00703c", "8 3 2 3", "average of statistical neighbours")
        }
    }

    /// Each plotted series with its style index (single neighbours numbered from 0).
    static func styled(_ series: [KPIChartData.Series]) -> [(series: KPIChartData.Series, index: Int)] {
        var neighbours = 0
        return series.map { one in
            defer { if one.role == .neighbour { neighbours += 1 } }
            return (one, one.role == .neighbour ? neighbours : 0)
        }
    }

    /// The `<svg>` element; `id` makes its title and description referable.
    func svg(_ chart: KPIChartData, id: String, title: String) -> String {
        let plotted = chart.plotted
        var numbers = plotted.flatMap { $0.values.compactMap { $0?.number } }
        if !chart.isCount { numbers += chart.neighbourRange.compactMap { $0 }.flatMap { [$0.lowerBound, $0.upperBound] } }
        let scale = AxisScale(values: numbers, fromZero: chart.isCount)
        let plotWidth = width - marginLeft - marginRight
        let plotHeight = height - marginTop - marginBottom
        let count = chart.periods.count
        func x(_ index: Int) -> Double {
            count <= 1 ? marginLeft + plotWidth / 2 : marginLeft + plotWidth * Double(index) / Double(count - 1)
        }
        func y(_ value: Double) -> Double {
            marginTop + plotHeight * (1 - (value - scale.minimum) / (scale.maximum - scale.minimum))
        }

        var out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\""
        out += " width=\"\(f(width))\" height=\"\(f(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">\n"
        out += "<title id=\"\(id)-title\">\(HTMLText.escape(title))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(HTMLText.escape(description(chart)))</desc>\n"

        // Grid and y axis labels.
        for tick in scale.ticks {
            let ty = y(tick)
            out += "<line class=\"grid\" x1=\"\(f(marginLeft))\" y1=\"\(f(ty))\" x2=\"\(f(width - marginRight))\" y2=\"\(f(ty))\"/>\n"
            out += "<text class=\"axis\" x=\"\(f(marginLeft - 6))\" y=\"\(f(ty + 4))\" text-anchor=\"end\">\(HTMLText.escape(tickLabel(tick, scale: scale, unit: chart.unit)))</text>\n"
        }
        // X axis labels: about eight at most, always the last, never two crowded together.
        for index in xLabelIndices(count: count, spacing: count > 1 ? plotWidth / Double(count - 1) : plotWidth) {
            out += "<text class=\"axis\" x=\"\(f(x(index)))\" y=\"\(f(height - marginBottom + 18))\" text-anchor=\"middle\">\(HTMLText.escape(chart.periods[index].label))</text>\n"
        }
        out += "<line class=\"baseline\" x1=\"\(f(marginLeft))\" y1=\"\(f(height - marginBottom))\" x2=\"\(f(width - marginRight))\" y2=\"\(f(height - marginBottom))\"/>\n"

        out += band(chart, x: x, y: y)
        // Lines (broken at gaps), then dots with tooltips.
        for (series, styleIndex) in Self.styled(plotted).reversed() {
            let style = Self.style(series.role, index: styleIndex)
            var segments: [[(Double, Double)]] = [[]]
            for (index, value) in series.values.enumerated() {
                if let number = value?.number {
                    segments[segments.count - 1].append((x(index), y(number)))
                } else if !(segments.last?.isEmpty ?? true) {
                    segments.append([])
                }
            }
            let dash = style.dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
            let widthAttribute = series.role == .authority ? "3" : "2"
            for segment in segments where segment.count > 1 {
                let points = segment.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
                out += "<polyline class=\"line \(series.role.rawValue)\" fill=\"none\" stroke=\"\(style.colour)\" stroke-width=\"\(widthAttribute)\"\(dash) points=\"\(points)\"/>\n"
            }
            for (index, value) in series.values.enumerated() {
                guard let number = value?.number else { continue }
                let label = "\(series.name), \(chart.periods[index].label): \(HTMLText.value(number, unit: chart.unit))"
                let radius = series.role == .authority ? "4" : "3"
                out += "<circle class=\"dot \(series.role.rawValue)\" cx=\"\(f(x(index)))\" cy=\"\(f(y(number)))\" r=\"\(radius)\" fill=\"\(style.colour)\"><title>\(HTMLText.escape(label))</title></circle>\n"
            }
        }
        out += "</svg>"
        return out
    }

    /// The neighbours' range as a shaded band, broken where a period has no neighbour number.
    func band(_ chart: KPIChartData, x: (Int) -> Double, y: (Double) -> Double) -> String {
        guard !chart.isCount, chart.neighbourRange.count == chart.periods.count else { return "" }
        var out = ""
        var run: [(Int, ClosedRange<Double>)] = []
        func flush() {
            defer { run = [] }
            guard run.count > 1 else { return }
            let top = run.map { "\(f(x($0.0))),\(f(y($0.1.upperBound)))" }
            let bottom = run.reversed().map { "\(f(x($0.0))),\(f(y($0.1.lowerBound)))" }
            out += "<polygon class=\"band neighbours\" fill=\"#00703c\" fill-opacity=\"0.15\" stroke=\"none\" points=\"\((top + bottom).joined(separator: " "))\"/>\n"
        }
        for (index, range) in chart.neighbourRange.enumerated() {
            if let range { run.append((index, range)) } else { flush() }
        }
        flush()
        return out
    }

    /// A sentence describing the chart for screen readers: the latest value of each plotted series.
    func description(_ chart: KPIChartData) -> String {
        let parts = chart.plotted.map { series -> String in
            guard let index = series.values.lastIndex(where: { $0?.number != nil }), let number = series.values[index]?.number else {
                return "\(series.name): no values"
            }
            return "\(series.name) \(HTMLText.value(number, unit: chart.unit)) in \(chart.periods[index].label)"
        }
        let span = chart.periods.first.map { first in
            chart.periods.count > 1 ? "\(first.label) to \(chart.periods[chart.periods.count - 1].label)" : first.label
        } ?? "no periods"
        let scope = chart.isCount ? " A count: the authority's own series only; comparators are in the table." : ""
        return "Line chart of \(chart.indicator), \(span). Latest: " + parts.joined(separator: "; ") + "." + scope
    }

    /// Which periods get a label on the x axis.
    func xLabelIndices(count: Int, spacing: Double) -> [Int] {
        guard count > 0 else { return [] }
        let step = max(1, Int((Double(count) / 8).rounded(.up)))
        var shown = Array(Swift.stride(from: 0, to: count, by: step))
        if let last = shown.last, last != count - 1 {
            if Double(count - 1 - last) * spacing < 56, shown.count > 1 { shown.removeLast() }
            shown.append(count - 1)
        }
        return shown
    }

    private func tickLabel(_ tick: Double, scale: AxisScale, unit: MeasureUnit) -> String {
        let text = HTMLText.fixed(tick, decimals: scale.decimals)
        return unit == .percent ? text + "%" : text
    }

    /// Coordinates with at most one decimal, so output bytes never depend on float noise.
    private func f(_ value: Double) -> String {
        HTMLText.fixed(value, decimals: 1, grouping: false)
    }
}

/// A "nice" y axis with four to six round ticks: from zero (or the minimum, when negative) for
/// counts; for rates and percentages fitted to the values, with a little room above and below, so
/// differences between the authority and its comparators show.
struct AxisScale {
    var minimum: Double
    var maximum: Double
    var step: Double
    var decimals: Int

    init(values: [Double], fromZero: Bool = true) {
        // Figures a CSV can hold (±1e308) would overflow the spread below and never end the search for
        // a tick step; beyond ±1e300 a chart says nothing more, so the scale stops there.
        let values = values.filter(\.isFinite).map { min(max($0, -1e300), 1e300) }
        var low: Double
        var high: Double
        if fromZero {
            low = min(0, values.min() ?? 0)
            high = max(values.max() ?? 1, low)
        } else {
            let smallest = values.min() ?? 0, largest = values.max() ?? 1
            let room = largest > smallest ? (largest - smallest) * 0.1 : max(abs(largest) * 0.05, 1)
            low = smallest - room
            high = largest + room
            // Never below zero for a measure that cannot be negative.
            if smallest >= 0 { low = max(0, low) }
        }
        if high == low { high = low + 1 }
        let rough = (high - low) / 5
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough, magnitude > 1e-9 { magnitude /= 10 }
        let multiples = [1.0, 2.0, 2.5, 5.0, 10.0]
        let step = multiples.map { $0 * magnitude }.first { $0 >= rough } ?? magnitude * 10
        self.step = step
        self.minimum = (low / step).rounded(.down) * step
        self.maximum = (high / step).rounded(.up) * step
        if self.maximum <= self.minimum { self.maximum = self.minimum + step }
        var decimals = 0
        var probe = step
        while probe != probe.rounded(), decimals < 6 {
            probe *= 10
            decimals += 1
        }
        self.decimals = decimals
    }

    /// The tick values, bottom to top.
    var ticks: [Double] {
        let count = Int(((maximum - minimum) / step).rounded())
        return (0...max(0, count)).map { minimum + Double($0) * step }
    }
}
