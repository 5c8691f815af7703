@testable import HTMLIndexExporter
import Testing

/// The y axis of a KPI chart is found by searching for a round step; it must end with a handful of
/// finite ticks for any figures a KPI file can hold.
@Suite struct AxisScaleTests {
    @Test(arguments: [[1e308, -1e308], [1e308], [-1e308, 5], [1e-320, 0], [.infinity, 3, .nan], [412, 45]])
    func anyFiguresGiveAFewFiniteTicks(values: [Double]) {
        for fromZero in [true, false] {
            let ticks = AxisScale(values: values, fromZero: fromZero).ticks
            #expect((2...12).contains(ticks.count), "\(values) \(fromZero): \(ticks.count) ticks")
            #expect(ticks.allSatisfy { $0.isFinite }, "\(values) \(fromZero)")
        }
    }

    @Test func ordinaryCountsStartAtZeroWithRoundSteps() {
        let scale = AxisScale(values: [412, 612], fromZero: true)
        #expect(scale.minimum == 0)
        #expect(scale.ticks.first == 0)
        #expect(scale.maximum >= 612)
        #expect(scale.step == 200)
    }
}
