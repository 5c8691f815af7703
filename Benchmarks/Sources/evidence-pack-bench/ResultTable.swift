import Foundation

/// One row of the printed table.
struct ResultRow {
    var what: String
    var measured: String
    var baseline: String
    var peakRSS: String
    var target: String
    /// Nil when the row could not be judged (importer missing, baseline tool missing).
    var pass: Bool?
}

/// The one markdown table the runner prints.
struct ResultTable {
    var runs: Int
    var packRuns: Int
    var quick: Bool
    var rows: [ResultRow] = []

    var markdown: String {
        var lines = [
            "| what | measured (median of \(runs); pack: \(packRuns)) | baseline in the same run | peak RSS | target on 2 cores | met |",
            "|---|---|---|---|---|---|",
        ]
        for row in rows {
            let mark = row.pass.map { $0 ? "✅ yes" : "❌ no" } ?? "—"
            lines.append("| \(row.what) | \(row.measured) | \(row.baseline) | \(row.peakRSS) | \(row.target) | \(mark) |")
        }
        if quick {
            lines.append("")
            lines.append("Quick mode: small inputs, so start-up costs weigh more; the marks only mean something at full size.")
        }
        return lines.joined(separator: "\n")
    }
}

/// Medians (the figures are noisy on a shared machine; the median ignores one bad run).
enum Stats {
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// How figures are written (MB = 10^6 bytes, as xmllint-style throughput figures usually are).
enum Format {
    static func rate(_ bytesPerSecond: Double) -> String { String(format: "%.1f MB/s", bytesPerSecond / 1e6) }
    static func megabytes(_ bytes: Int64) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
    static func rss(_ bytes: Int64) -> String { bytes > 0 ? String(format: "%.0f MB", Double(bytes) / 1e6) : "—" }
    static func seconds(_ value: Double) -> String { String(format: value < 10 ? "%.2f s" : "%.1f s", value) }
    static func ratio(_ value: Double, _ base: Double?) -> String {
        guard let base, base > 0 else { return "" }
        return String(format: " = %.2f×", value / base)
    }
    static func count(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }
}

/// The machine line printed above the table.
enum Machine {
    static var loadAverage: String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    }

    static func describe(concurrency: Int, loadBefore: String, loadAfter: String) -> String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } } ?? "unknown CPU"
        let formatter = ISO8601DateFormatter()
        return "\(formatter.string(from: Date())) · \(ProcessInfo.processInfo.activeProcessorCount) cores (\(cpu)), \(concurrency) used for the parallel row · "
            + "load average before \(loadBefore), after \(loadAfter)"
    }
}
