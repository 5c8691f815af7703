import EvidenceModel
import Foundation

/// Finds external importers — executables named `evidence-pack-import-<name>` on `PATH`, and those a
/// pack definition names — asks each `--about`, and adds them to a registry.
public struct ExternalImporterDiscovery: Sendable {
    /// Limits and switches.
    public var settings: ExternalImporterSettings
    /// The search path (`PATH`'s folders, in order).
    public var searchPath: [String]

    public init(settings: ExternalImporterSettings = .fromEnvironment(),
                searchPath: [String] = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)) {
        self.settings = settings
        self.searchPath = searchPath
    }

    /// What discovery found.
    public struct Found: Sendable {
        /// The importers that answered `--about` (unusable ones, with a wrong protocol version, included).
        public var importers: [ExternalImporter]
        /// Problems: an executable that cannot be found, does not answer, or clashes with another id.
        public var diagnostics: [Diagnostic]
    }

    /// Executables named `evidence-pack-import-*` on the search path; the first of each name wins, as a shell would choose.
    public func executablesOnPath() -> [URL] {
        guard settings.searchPath else { return [] }
        var seen = Set<String>()
        var result: [URL] = []
        for folder in searchPath where !folder.isEmpty {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            for name in names where name.hasPrefix(ExternalImporterProtocol.executablePrefix) && name.count > ExternalImporterProtocol.executablePrefix.count {
                let url = URL(fileURLWithPath: folder).appendingPathComponent(name).standardizedFileURL
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
                      FileManager.default.isExecutableFile(atPath: url.path), seen.insert(name).inserted else { continue }
                result.append(url)
            }
        }
        return result
    }

    /// Resolves a pack's `externalImporters` entry: a path relative to the pack's folder, an absolute
    /// path, or a bare name looked up on the search path (with or without the `evidence-pack-import-` prefix).
    public func resolve(_ entry: String, packFolder: URL) -> URL? {
        let fm = FileManager.default
        if entry.contains("/") {
            let url = entry.hasPrefix("/") ? URL(fileURLWithPath: entry) : packFolder.appendingPathComponent(entry)
            return fm.isExecutableFile(atPath: url.path) ? url.standardizedFileURL : nil
        }
        let name = entry.hasPrefix(ExternalImporterProtocol.executablePrefix) ? entry : ExternalImporterProtocol.executablePrefix + entry
        for folder in searchPath where !folder.isEmpty {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
            if fm.isExecutableFile(atPath: url.path) { return url.standardizedFileURL }
        }
        let local = packFolder.appendingPathComponent(entry)
        return fm.isExecutableFile(atPath: local.path) ? local.standardizedFileURL : nil
    }

    /// Discovers the importers on the search path plus those a pack names, skipping ids already taken
    /// (built-in modules and earlier finds win).
    public func discover(packEntries: [String] = [], packFolder: URL? = nil, packFile: String? = nil, takenIDs: Set<String>) async -> Found {
        var diagnostics: [Diagnostic] = []
        var executables: [URL] = []
        if let packFolder {
            for entry in packEntries {
                if let url = resolve(entry, packFolder: packFolder) {
                    executables.append(url)
                } else {
                    diagnostics.append(Diagnostic(.error, code: "external.not-found",
                        message: "the pack names external importer '\(entry)', which is not an executable file (looked beside the pack and on PATH)",
                        location: packFile.map { SourceLocation(path: $0) }, step: "load pack"))
                }
            }
        }
        for url in executablesOnPath() where !executables.contains(url) { executables.append(url) }

        var importers: [ExternalImporter] = []
        var taken = takenIDs
        for url in executables {
            switch await about(url) {
            case .failure(let message):
                diagnostics.append(Diagnostic(.warning, code: "external.about-failed",
                    message: "external importer \(url.path) is not used: \(message)", step: "discover"))
            case .success(let importer):
                guard taken.insert(importer.about.id).inserted else {
                    diagnostics.append(Diagnostic(.warning, code: "external.duplicate-id",
                        message: "external importer \(url.path) is not used: its id '\(importer.about.id)' is already taken", step: "discover"))
                    continue
                }
                if let problem = importer.problem {
                    diagnostics.append(Diagnostic(.warning, code: "external.protocol-version",
                        message: "external importer \(url.path) cannot be used: \(problem)", step: "discover"))
                }
                importers.append(importer)
            }
        }
        return Found(importers: importers, diagnostics: diagnostics)
    }

    /// The registry with the discovered importers added after the built-in ones.
    public func extend(_ registry: ModuleRegistry, packEntries: [String] = [], packFolder: URL? = nil,
                       packFile: String? = nil) async -> (registry: ModuleRegistry, diagnostics: [Diagnostic]) {
        let found = await discover(packEntries: packEntries, packFolder: packFolder, packFile: packFile,
                                   takenIDs: Set(registry.importers.map(\.descriptor.id)))
        var extended = registry
        extended.importers += found.importers.map { $0 as any Importer }
        return (extended, found.diagnostics)
    }

    /// The outcome of asking an executable `--about`.
    enum AboutOutcome {
        case success(ExternalImporter)
        case failure(String)
    }

    /// Runs `executable --about` within the about limits and checks its answer.
    func about(_ executable: URL) async -> AboutOutcome {
        let collector = OutputCollector()
        let outcome: ChildProcessOutcome
        do {
            outcome = try await ChildProcess.run(executable: executable.path, arguments: ["--about"], input: Data(),
                                                 workingDirectory: nil, limits: settings.aboutLimits,
                                                 passStderr: settings.passStderr) { collector.append($0) }
        } catch {
            return .failure("\(error)")
        }
        if outcome.timedOut { return .failure("--about did not answer within \(Int(settings.aboutLimits.timeoutSeconds)) s") }
        if outcome.outputLimitExceeded { return .failure("--about printed more than \(settings.aboutLimits.maxOutputBytes) bytes") }
        switch outcome.end {
        case .signalled(let signalNumber): return .failure("--about crashed (signal \(signalNumber))")
        case .exited(let status) where status != 0: return .failure("--about exited with status \(status)")
        case .exited: break
        }
        let about: ExternalImporterAbout
        do {
            about = try JSONDecoder().decode(ExternalImporterAbout.self, from: collector.data)
        } catch {
            return .failure("--about did not print the expected JSON object (\(ExternalOutputParser.reason(error)))")
        }
        if let problem = Self.check(about) { return .failure(problem) }
        let problem = about.protocolVersion == ExternalImporterProtocol.version ? nil
            : "it speaks protocol version \(about.protocolVersion); this tool speaks version \(ExternalImporterProtocol.version)"
        return .success(ExternalImporter(executable: executable, about: about, problem: problem,
                                         limits: settings.runLimits, passStderr: settings.passStderr))
    }

    /// What is wrong with an `--about` answer, if anything.
    static func check(_ about: ExternalImporterAbout) -> String? {
        let idCharacters = about.id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        if about.id.isEmpty || !idCharacters { return "--about gave id '\(about.id)': use letters, digits, '-', '_' and '.' only" }
        if about.version.isEmpty { return "--about gave an empty version" }
        for pattern in about.filePatterns ?? [] where Glob(pattern) == nil { return "--about gave a malformed file pattern '\(pattern)'" }
        if let head = about.headPattern, (try? TextPattern(head)) == nil { return "--about gave a malformed headPattern" }
        if let confidence = about.confidence, !(0...1).contains(confidence) { return "--about gave a confidence outside 0...1" }
        return nil
    }
}

/// Bytes collected from a child's stdout (used by one thread at a time).
private final class OutputCollector: @unchecked Sendable {
    private(set) var data = Data()
    func append(_ chunk: Data) { data.append(chunk) }
}
