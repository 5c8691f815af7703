import EvidenceModel
import Foundation

// evidence-pack-bench: generate large synthetic inputs and measure EvidencePack against baselines.
//   evidence-pack-bench run [--quick] [--seed N] [--scratch DIR] [--runs N] [--evidence-pack PATH] [--pack DIR]
//                           [--rows html,check,csv,minutes,pack,large-minutes,kpi] [--large-minutes-mb N]
//   evidence-pack-bench generate [--quick] [--seed N] [--scratch DIR]
//   evidence-pack-bench measure-import --importers a,b --root DIR --list FILE [--concurrency N]   (internal)

/// The usage text.
enum Usage {
    static let text = """
    usage: evidence-pack-bench run [--quick] [--seed N] [--scratch DIR] [--runs N] [--evidence-pack PATH] [--pack DIR]
                                   [--rows html,check,csv,minutes,pack,large-minutes,kpi] [--large-minutes-mb N]
           evidence-pack-bench generate [--quick] [--seed N] [--scratch DIR]
    """
}

/// Reads `--name value` pairs and `--flag`s.
struct Arguments {
    var values: [String: String] = [:]
    var flags: Set<String> = []

    init(_ arguments: ArraySlice<String>) throws {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            guard argument.hasPrefix("--") else { throw BenchError("unexpected argument '\(argument)'\n\(Usage.text)") }
            let name = String(argument.dropFirst(2))
            if ["quick", "help"].contains(name) {
                flags.insert(name)
            } else if let value = iterator.next() {
                values[name] = value
            } else {
                throw BenchError("--\(name) needs a value")
            }
        }
    }

    func runOptions() throws -> RunOptions {
        var options = RunOptions()
        if flags.contains("quick") {
            options.quick = true
            options.sizes = .quick
        }
        if let seed = values["seed"] {
            guard let value = UInt64(seed) else { throw BenchError("--seed must be a whole number") }
            options.seed = value
        }
        if let scratch = values["scratch"] { options.scratch = URL(fileURLWithPath: scratch).standardizedFileURL.path }
        if let runs = values["runs"] {
            guard let value = Int(runs), value > 0 else { throw BenchError("--runs must be a positive whole number") }
            options.sizes.runs = value
        }
        if let rows = values["rows"] { options.rows = Set(rows.split(separator: ",").map(String.init)) }
        if let megabytes = values["large-minutes-mb"] {
            guard let value = Int(megabytes), value > 0 else { throw BenchError("--large-minutes-mb must be a positive whole number") }
            options.sizes.largeMinutesMB = value
        }
        options.evidencePack = values["evidence-pack"]
        options.pack = values["pack"]
        if let concurrency = values["concurrency"], let value = Int(concurrency), value > 0 { options.concurrency = value }
        return options
    }
}

func main() async -> Int32 {
    let all = CommandLine.arguments
    guard all.count >= 2 else {
        print(Usage.text)
        return 64
    }
    do {
        let arguments = try Arguments(all.dropFirst(2))
        switch all[1] {
        case "run":
            try Runner(options: try arguments.runOptions()).run()
        case "generate":
            let options = try arguments.runOptions()
            let tree = InputTree(scratch: options.scratch, seed: options.seed, sizes: options.sizes)
            if try !tree.ensure(log: { print($0) }) { print("inputs already generated under \(tree.folder)") }
        case "measure-import":
            guard let ids = arguments.values["importers"], let root = arguments.values["root"], let list = arguments.values["list"] else {
                throw BenchError("measure-import needs --importers, --root and --list")
            }
            let date = InputTree.referenceDate
            let figures = try await ImportMeasurement.run(
                importerIDs: ids.split(separator: ",").map(String.init), root: root, listFile: list,
                concurrency: Int(arguments.values["concurrency"] ?? "1") ?? 1,
                referenceDate: CalendarDate(year: date.year, month: date.month, day: date.day) ?? CalendarDate(daysSinceEpoch: InputTree.referenceDay))
            print(figures.line)
        default:
            print(Usage.text)
            return 64
        }
        return 0
    } catch {
        FileHandle.standardError.write(Data("evidence-pack-bench: \(error)\n".utf8))
        return 1
    }
}

exit(await main())
