import EvidenceModel
import Foundation

/// An importer that runs as a subprocess (`evidence-pack-import-<name>`), speaking
/// ``ExternalImporterProtocol``: one process per file, so a crash, a hang or garbage costs that
/// file alone, as a diagnostic.
public struct ExternalImporter: Importer {
    /// The executable (absolute path).
    public var executable: URL
    /// Its `--about` answer.
    public var about: ExternalImporterAbout
    /// Why it cannot be used (wrong protocol version), or nil when it can.
    public var problem: String?
    /// Time and output limits for one run.
    public var limits: ChildProcessLimits
    /// Whether its stderr passes through to ours (for people writing an importer); else it is discarded.
    public var passStderr: Bool

    private let patterns: [Glob]
    private let head: TextPattern?

    /// Makes an importer from an executable and its `--about` answer.
    public init(executable: URL, about: ExternalImporterAbout, problem: String? = nil,
                limits: ChildProcessLimits = ExternalImporterSettings.default.runLimits, passStderr: Bool = false) {
        self.executable = executable
        self.about = about
        self.problem = problem
        self.limits = limits
        self.passStderr = passStderr
        self.patterns = (about.filePatterns ?? []).compactMap(Glob.init)
        self.head = about.headPattern.flatMap { try? TextPattern($0) }
    }

    /// The descriptor `list-modules` shows; its origin is the executable's path.
    public var descriptor: ModuleDescriptor {
        let extensions = (about.filePatterns ?? []).compactMap { pattern -> String? in
            guard pattern.hasPrefix("*."), !pattern.dropFirst(2).contains(where: { "*?[/.".contains($0) }) else { return nil }
            return pattern.dropFirst(2).lowercased()
        }
        return ModuleDescriptor(id: about.id, version: about.version, role: .importer,
                                summary: about.description ?? "external importer", mediaTypes: about.mediaTypes ?? [],
                                fileExtensions: extensions, origin: executable.path)
    }

    /// Whether it can run (it speaks this tool's protocol version).
    public var isUsable: Bool { problem == nil }

    /// Claims files matching a file pattern (and the head pattern, when given), with its stated confidence.
    public func confidence(for probe: SourceProbe) -> Double {
        guard isUsable else { return 0 }
        let matches = patterns.contains { glob in
            glob.pattern.contains("/") ? glob.matches(probe.path) : glob.matches(probe.fileName)
        }
        guard matches else { return 0 }
        if let head, !head.matches(probe.headTextPreservingCase) { return 0 }
        return min(1, max(0.01, about.confidence ?? 0.6))
    }

    /// Runs the executable for one file and turns its output into records and diagnostics. Any broken
    /// rule of the protocol yields no records and one error diagnostic for this file.
    public func records(from source: Source, context: ImportContext) async throws -> ImportResult {
        let location = SourceLocation(path: source.path)
        func failure(_ code: String, _ message: String) -> ImportResult {
            ImportResult(diagnostics: [Diagnostic(.error, code: code, message: "external importer \(about.id): \(message)",
                                                  location: location, step: "import")])
        }
        if let problem { return failure("external.protocol-version", problem) }
        guard let file = Self.fileInside(context.inputsRoot, relativePath: source.path) else {
            return failure("external.path-outside-inputs", "refused: the file's path leads outside the inputs folder")
        }
        // The program reads the file by name: before it runs and after, the file must be the one
        // discovery fingerprinted, reached without a link out of the inputs.
        if let problem = Self.guardedCheck(source, root: context.inputsRoot) { return failure("external.input-changed", problem) }
        let request = ExternalImportRequest(
            protocolVersion: ExternalImporterProtocol.version,
            source: .init(path: source.path, absolutePath: file.path, sha256: source.sha256, size: source.size, mediaType: source.mediaType),
            inputsRoot: context.inputsRoot.standardizedFileURL.path, referenceDate: context.referenceDate.iso8601,
            options: context.options, packOptions: context.packOptions)
        let input = try EvidenceJSON.encode(request, pretty: false)
        let parser = ExternalOutputParser(sourcePath: source.path)
        let outcome: ChildProcessOutcome
        do {
            outcome = try await ChildProcess.run(executable: executable.path, arguments: [], input: input,
                                                 workingDirectory: context.inputsRoot.path, limits: limits,
                                                 passStderr: passStderr) { parser.consume($0) }
        } catch {
            return failure("external.cannot-start", "\(error)")
        }
        if outcome.timedOut {
            return failure("external.timeout", "stopped after \(Self.seconds(limits.timeoutSeconds)) (the time limit; set EVIDENCE_PACK_IMPORTER_TIMEOUT to change it)")
        }
        if outcome.outputLimitExceeded {
            return failure("external.output-limit", "stopped after writing more than \(limits.maxOutputBytes) bytes (the output limit; set EVIDENCE_PACK_IMPORTER_MAX_OUTPUT to change it)")
        }
        switch outcome.end {
        case .signalled(let signalNumber):
            return failure("external.crashed", "crashed (killed by signal \(signalNumber))\(Self.logs(outcome))")
        case .exited(let status) where status != 0:
            return failure("external.exit-status", "exited with status \(status)\(Self.logs(outcome))")
        case .exited:
            break
        }
        parser.finish()
        if let problem = parser.failure { return failure(problem.code, problem.message) }
        if let problem = Self.guardedCheck(source, root: context.inputsRoot) { return failure("external.input-changed", problem) }
        return ImportResult(records: parser.records, lineRanges: parser.lineRanges, diagnostics: parser.diagnostics)
    }

    /// Why the file may not be (or may not have been) what the program read, or nil: read through
    /// `GuardedInput` and hashed against discovery's SHA-256.
    static func guardedCheck(_ source: Source, root: URL) -> String? {
        do {
            try GuardedInput.verify(relativePath: source.path, root: root, expectedSHA256: GuardedInput.expectation(source.sha256))
            return nil
        } catch {
            return "not read: \(SourceDiscovery.describe(error))"
        }
    }

    /// The file's URL when it really lies inside the inputs folder (after resolving symbolic links).
    static func fileInside(_ root: URL, relativePath: String) -> URL? {
        let parts = relativePath.split(separator: "/")
        guard !relativePath.hasPrefix("/"), !parts.contains(".."), !parts.isEmpty else { return nil }
        let rootPath = root.resolvingSymlinksInPath().standardizedFileURL.path
        let file = root.appendingPathComponent(relativePath).resolvingSymlinksInPath().standardizedFileURL
        guard file.path.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/") else { return nil }
        return file
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? "\(Int(value)) s" : "\(value) s"
    }

    /// A pointer to the logs, never their text (they may hold children's data).
    private static func logs(_ outcome: ChildProcessOutcome) -> String {
        outcome.stderrBytes > 0 ? "; it wrote \(outcome.stderrBytes) bytes of logs to stderr (set EVIDENCE_PACK_IMPORTER_STDERR=1 to see them)" : ""
    }
}
