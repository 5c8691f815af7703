import Dispatch
import EvidenceModel
import EvidencePackCore
import EvidencePackModules
import Foundation

// libFuzzer target for importers: each input is written to a scratch inputs folder and read by the
// importer named in `FUZZ_IMPORTER` (every registered importer when unset), pinned as a pack would
// pin it, and by discovery's sniffing. `FUZZ_LIST=1` prints the importer ids and exits; `FUZZ_EXTENSION`
// names the input's extension. Built only by scripts/fuzz.sh (Package.swift adds `-sanitize=fuzzer`).

/// The importers under test and their scratch folder.
enum FuzzImporter {
    static let registry = BuiltinModules.registry
    static let chosen: [String] = {
        if let id = ProcessInfo.processInfo.environment["FUZZ_IMPORTER"], !id.isEmpty { return [id] }
        return registry.importers.map(\.descriptor.id)
    }()
    static let inputs: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("evidence-pack-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()
    /// `FUZZ_EXTENSION` (`docx`, `xlsx`): the input's extension, where the importer's first would not
    /// reach the reader under test (the document importer's first is `pdf`).
    static let extensionOverride = ProcessInfo.processInfo.environment["FUZZ_EXTENSION"].flatMap { $0.isEmpty ? nil : $0 }
    static let referenceDate = CalendarDate(year: 2026, month: 11, day: 20) ?? CalendarDate(daysSinceEpoch: 0)

    static func run(_ bytes: [UInt8]) {
        for id in chosen {
            guard let importer = registry.importer(id: id) else { continue }
            let name = "input.\(extensionOverride ?? importer.descriptor.fileExtensions.first ?? "txt")"
            let url = inputs.appendingPathComponent(name)
            guard (try? Data(bytes).write(to: url)) != nil,
                  let pin = Glob("**").map({ ImporterPin(glob: $0, importerID: id) }),
                  let discovered = try? SourceDiscovery(registry: registry, pins: [pin]).discoverOne(path: name, url: url) else { continue }
            let pipeline = Pipeline(registry: registry, progress: ProgressReporter(enabled: false))
            let done = DispatchSemaphore(value: 0)
            Task {
                let (records, _) = await pipeline.importOne(discovered, inputs: inputs, referenceDate: referenceDate)
                _ = try? EvidenceJSON.encode(records)
                done.signal()
            }
            done.wait()
            _ = registry.bestImporter(for: SourceProbe(path: name, head: Array(bytes.prefix(SourceDiscovery.probeSize)), size: Int64(bytes.count)))
        }
    }
}

/// One fuzz input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImporterOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzImporter.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

/// libFuzzer's driver (SwiftPM renames an executable's `main`, so libFuzzer's own cannot be used).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

if ProcessInfo.processInfo.environment["FUZZ_LIST"] != nil {
    print(FuzzImporter.registry.importers.map(\.descriptor.id).joined(separator: "\n"))
    exit(0)
}
// The scratch folder goes when libFuzzer exits normally (after a crash it stays, with the input).
atexit { try? FileManager.default.removeItem(at: FuzzImporter.inputs) }
var argumentCount = CommandLine.argc
var arguments = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argumentCount, &arguments, fuzzImporterOneInput))
