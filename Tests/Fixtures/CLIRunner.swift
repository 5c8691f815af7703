import Foundation

/// Runs the built `evidence-pack` executable (and outside programs), as a user would.
public enum CLIRunner {
    /// A finished run.
    public struct Result: Sendable {
        /// The exit status.
        public var status: Int32
        /// What it printed on standard output.
        public var stdout: String
        /// What it printed on standard error.
        public var stderr: String
        /// Everything it printed.
        public var printed: String { stdout + "\n" + stderr }

        public init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    /// The package folder (tests run with it as their working folder).
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The shared real samples beside the package (read in place, never copied).
    public static let samples = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/samples")

    /// The executable next to the test bundle (SwiftPM builds it because the tests depend on it).
    public static var executable: URL {
        var candidates: [URL] = []
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("evidence-pack"))
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("evidence-pack"))
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("evidence-pack"))
        candidates.append(packageRoot.appendingPathComponent(".build/debug/evidence-pack"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[candidates.count - 1]
    }

    /// Runs `evidence-pack` with the arguments.
    public static func run(_ arguments: [String], currentDirectory: URL = packageRoot, environment: [String: String] = [:]) throws -> Result {
        try runProgram(executable, arguments, currentDirectory: currentDirectory, environment: environment)
    }

    /// Runs any program, reading its output while it runs.
    public static func runProgram(_ program: URL, _ arguments: [String], currentDirectory: URL = packageRoot, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = currentDirectory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while the process runs, so a full pipe never blocks it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        process.waitUntilExit()
        group.wait()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Python 3 with a module importable, or nil (the caller skips with a message).
    public static func python(with module: String) -> URL? {
        for path in ["/usr/bin/python3", "/usr/local/bin/python3"] + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map({ "\($0)/python3" }) {
            let url = URL(fileURLWithPath: path)
            guard FileManager.default.isExecutableFile(atPath: url.path) else { continue }
            if let result = try? runProgram(url, ["-c", "import \(module)"]), result.status == 0 { return url }
        }
        return nil
    }

    /// A fresh temporary folder (the caller removes it).
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("evidence-pack-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file under a folder with its bytes, for byte-for-byte comparison.
    public static func snapshot(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            if (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
                result[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
            }
        }
        return result
    }
}
